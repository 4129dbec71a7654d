import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { uniqueEmail } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { ROOT, run, startProcess, type Launch, type ServerProcess } from './kit/process';
import { TestSocket } from './kit/socket';
import { SseStream } from './kit/sse';

// The server as `npm start` and the image run it: a process of its own, configured by its environment.

const ProcessSignUp = graphql(`
  mutation ProcessSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);

const ProcessLogin = graphql(`
  mutation ProcessLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        email
      }
    }
  }
`);

const dataDir = () => mkdtempSync(join(tmpdir(), 'rt-'));

/**
 * Opens three graphql-ws subscriptions and an SSE stream, then sends the
 * process SIGTERM: every socket must be closed with 1001, the stream ended,
 * and the process must exit with 0.
 */
async function expectDrainOnSigterm(server: ServerProcess): Promise<void> {
  const { signUp } = await gqlData(server.url, ProcessSignUp, { input: { email: uniqueEmail('term'), password: 'long enough' } });
  const sockets = await Promise.all([1, 2, 3].map(() => TestSocket.connect(server.url.replace(/^http/, 'ws'), signUp.token)));
  for (const socket of sockets) {
    socket.subscribe('n', NotificationStream);
    expect((await socket.data<NotificationStreamSubscription>('n')).notifications.__typename).toBe('UnreadCount');
  }
  const sse = await SseStream.open<NotificationStreamSubscription, object>(server.url, NotificationStream, {}, signUp.token);
  expect((await sse.next()).data?.notifications.__typename).toBe('UnreadCount');

  server.child.kill('SIGTERM');
  for (const socket of sockets) expect((await socket.waitForClose(10_000)).code).toBe(1001);
  // Cut once the drain's time is up: nothing more arrives, and it ends.
  expect(await sse.rest(10_000)).toEqual([]);
  expect(await server.exited).toBe(0);
}

/** The command of the image: the Dockerfile's last CMD, in exec form. */
function imageCommand(): string[] {
  const lines = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').split('\n');
  const cmd = lines.filter((line) => line.startsWith('CMD ')).at(-1);
  if (!cmd) throw new Error('the Dockerfile has no CMD');
  return JSON.parse(cmd.slice('CMD '.length)) as string[];
}

/**
 * A directory laid out like the image: `npm run build`'s output (written
 * here instead of dist/ in the checkout, which another test run may be
 * reading), package.json, drizzle/ and node_modules, and no sources.
 */
function imageDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rt-image-'));
  execFileSync('npm', ['run', 'build', '--', `--outfile=${join(dir, 'dist', 'main.js')}`], { cwd: ROOT, stdio: 'pipe' });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  cpSync(join(ROOT, 'drizzle'), join(dir, 'drizzle'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('the server process', () => {
  it('drains on SIGTERM: sockets close with 1001, streams end and the process exits 0', async () => {
    await expectDrainOnSigterm(await startProcess({ DATA_DIR: dataDir() }));
  });

  it('drains on SIGTERM sent to `npm start`, which exits 0', async () => {
    const npmStart: Launch = { command: ['npm', 'start'], cwd: ROOT };
    await expectDrainOnSigterm(await startProcess({ DATA_DIR: dataDir() }, npmStart));
  });

  it('keeps what was committed across a restart on the same data', async () => {
    const env = { DATA_DIR: dataDir() };
    const email = `kept-${Date.now()}@example.test`;
    const first = await startProcess(env);
    await gqlData(first.url, ProcessSignUp, { input: { email, password: 'long enough' } });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await startProcess(env);
    const { login } = await gqlData(second.url, ProcessLogin, { email, password: 'long enough' });
    expect(login.user.email).toBe(email);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses to start on an invalid environment, naming every problem, with exit code 1', async () => {
    const { output, exited } = run({ PORT: 'eighty', JWT_TTL: 'soon', NODE_ENV: 'production' });
    expect(await exited).toBe(1);
    for (const name of ['PORT', 'JWT_TTL', 'JWT_SECRET', 'MESSAGE_ENCRYPTION_KEY']) expect(output()).toContain(name);
  });
});

describe('the image', () => {
  it("runs node on the build's output, which applies the migrations, serves, and drains on SIGTERM", async () => {
    const command = imageCommand();
    // node itself, so that `docker stop`'s SIGTERM reaches the server (npm or a shell in between would not pass it on).
    expect(command[0]).toBe('node');
    await expectDrainOnSigterm(await startProcess({ DATA_DIR: dataDir() }, { command, cwd: imageDirectory() }));
  });
});
