import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, expect, it } from 'vitest';
import { signUp } from './kit/fixtures';
import { gqlData } from './kit/http';
import { FROM_SOURCES, ROOT, startProcess, type ServerProcess } from './kit/process';
import { TestSocket } from './kit/socket';

// docs/adding-a-stream.md, followed on a copy of the project: the fixture domain test/fixtures/pings becomes
// src/domains/pings, with its one line in src/domains/services.ts and its one import in src/graphql/index.ts.
// Nothing else of the copy changes (it has no table, so db/schema.ts stays as it is): if the copy type-checks
// and serves the new stream, the recipe is whole. The fixture type-checks only there, so tsconfig.json leaves it out.

type PingEvent = { __typename: 'StreamReady'; cursor: string | null } | { __typename: 'Pinged'; cursor: string | null; message: string };

// Plain documents: the pings fields are in the copy's schema only, not in schema.graphql that codegen reads.
const Pings: TypedDocumentNode<{ pings: PingEvent }, { after?: string | null }> = parse(`
  subscription Pings($after: String) {
    pings(after: $after) {
      __typename
      ... on RealtimeEvent { cursor }
      ... on Pinged { message }
    }
  }
`);
const Ping: TypedDocumentNode<{ ping: boolean }, { message: string }> = parse(`
  mutation Ping($message: String!) { ping(message: $message) }
`);

/** Inserts `line` after the last line of the file that `after` matches; fails when none does, as the recipe then no longer fits the code. */
function insertLine(file: string, after: RegExp, line: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findLastIndex((text) => after.test(text));
  if (at < 0) throw new Error(`${file} has no line matching ${after}: update docs/adding-a-stream.md and this test`);
  lines.splice(at + 1, 0, line);
  writeFileSync(file, lines.join('\n'));
}

/** A copy of the project (its sources, migrations and settings; node_modules linked) with the recipe followed for the pings domain. */
function projectWithPings(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rt-seventh-'));
  for (const part of ['src', 'drizzle', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: join(ROOT, 'tsconfig.json'), include: ['src'], exclude: [] }));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));

  // 1. The domain's folder.
  cpSync(join(ROOT, 'test', 'fixtures', 'pings'), join(dir, 'src', 'domains', 'pings'), { recursive: true });
  // 2. Its service: one line in createServices, and its import.
  const services = join(dir, 'src', 'domains', 'services.ts');
  insertLine(services, /^import /, "import { PingsService } from './pings/pings.service';");
  insertLine(services, /^ {2}const services = \{$/, '    pings: new PingsService(deps),');
  // 3. Its GraphQL types and fields: one import.
  insertLine(join(dir, 'src', 'graphql', 'index.ts'), /^import '\.\.\/domains\//, "import '../domains/pings/pings.graphql';");
  return dir;
}

const project = projectWithPings();
let server: ServerProcess | undefined;

afterAll(async () => {
  server?.child.kill('SIGKILL');
  await server?.exited;
  // The link first, so that removing the copy cannot reach the project's node_modules.
  unlinkSync(join(project, 'node_modules'));
  rmSync(project, { recursive: true, force: true });
});

it('type-checks with nothing but the recipe followed', async () => {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const checked = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', project]).catch((error: { stdout: string }) => error);
  expect(checked.stdout).toBe('');
}, 180_000);

it("streams the new domain's events to their subscriber alone, and replays them from a cursor", async () => {
  server = await startProcess({ DATA_DIR: 'memory://' }, { ...FROM_SOURCES, cwd: project });
  const ada = await signUp({ httpUrl: server.url }, 'ada');
  const bob = await signUp({ httpUrl: server.url }, 'bob');
  const wsUrl = server.url.replace(/^http/, 'ws');
  const [adaSocket, bobSocket] = await Promise.all([TestSocket.connect(wsUrl, ada.token), TestSocket.connect(wsUrl, bob.token)]);
  adaSocket.subscribe('pings', Pings, {});
  bobSocket.subscribe('pings', Pings, {});
  expect((await adaSocket.data<{ pings: PingEvent }>('pings')).pings.__typename).toBe('StreamReady');
  expect((await bobSocket.data<{ pings: PingEvent }>('pings')).pings.__typename).toBe('StreamReady');

  await gqlData(server.url, Ping, { message: 'first' }, ada.token);
  const first = (await adaSocket.data<{ pings: PingEvent }>('pings')).pings;
  expect(first).toMatchObject({ __typename: 'Pinged', message: 'first', cursor: expect.any(String) });
  expect(await bobSocket.drain('pings', 300)).toEqual([]);

  adaSocket.complete('pings');
  await gqlData(server.url, Ping, { message: 'missed' }, ada.token);
  adaSocket.subscribe('resumed', Pings, { after: first.cursor });
  expect((await adaSocket.data<{ pings: PingEvent }>('resumed')).pings).toMatchObject({ __typename: 'Pinged', message: 'missed' });
  expect((await adaSocket.data<{ pings: PingEvent }>('resumed')).pings.__typename).toBe('StreamReady');
}, 60_000);
