import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { graphql } from './kit/gql';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { run, startProcess } from './kit/process';
import { TestSocket } from './kit/socket';

// The server as `npm start` runs it: a process of its own, configured by its environment.

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

describe('the server process', () => {
  it('drains on SIGTERM: sockets close with 1001 and the process exits 0', async () => {
    const server = await startProcess({ DATA_DIR: mkdtempSync(join(tmpdir(), 'rt-')) });
    const { signUp } = await gqlData(server.url, ProcessSignUp, { input: { email: `term-${Date.now()}@example.test`, password: 'long enough' } });
    const socket = await TestSocket.connect(server.url.replace(/^http/, 'ws'), signUp.token);
    socket.subscribe('n', NotificationStream);
    expect((await socket.data<NotificationStreamSubscription>('n')).notifications.__typename).toBe('UnreadCount');

    server.child.kill('SIGTERM');
    expect((await socket.waitForClose(10_000)).code).toBe(1001);
    expect(await server.exited).toBe(0);
  });

  it('keeps what was committed across a restart on the same data', async () => {
    const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'rt-')) };
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
