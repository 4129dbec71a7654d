import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { MarkNotificationRead, NotificationStream, UnreadNotificationCount } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { mode } from './kit/mode';
import { servicesEnv, startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// An upgrade keeps what users had: a database with data, migrated to the
// newest schema by a server starting on it, answers as it did before.

const journal = JSON.parse(readFileSync(new URL('../drizzle/meta/_journal.json', import.meta.url), 'utf8')) as {
  entries: { tag: string; when: number }[];
};

// Embedded: PGlite on disk, so a second server can open what the first left.
const dataDir = mode === 'embedded' ? mkdtempSync(join(tmpdir(), 'migrations-')) : undefined;
afterAll(() => dataDir && rmSync(dataDir, { recursive: true, force: true }));
const env: Record<string, string> = dataDir ? { DATA_DIR: dataDir } : {};

/**
 * Takes the database back to before `tag`, keeping its data: `undo` reverses
 * that migration and every later one, which then count as not applied.
 */
async function undoMigrations(tag: string, undo: string[]): Promise<void> {
  const database = await openDatabase({ url: (await servicesEnv())['DATABASE_URL'], dataDir: dataDir ?? '' });
  try {
    const { when } = journal.entries.find((entry) => entry.tag === tag)!;
    for (const statement of undo) await database.db.execute(sql.raw(statement));
    await database.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at >= ${when}`);
  } finally {
    await database.close();
  }
}

// The event log as it was before 0004_event_partitions, holding the same rows.
const UNDO_PARTITIONS = [
  `create table events_plain (topic text not null, seq bigint not null, payload jsonb not null,
     created_at timestamp (3) with time zone default now() not null, constraint events_topic_seq_pk primary key (topic, seq))`,
  'insert into events_plain select topic, seq, payload, created_at from events',
  'drop table events',
  'alter table events_plain rename to events',
  'create index events_created_at_idx on events (created_at)',
];

it('counts the unread notifications that existed before unread counts were kept', async () => {
  const before = await startTestServer(env);
  const admin = await superAdmin(before);
  const user = await signUp(before, 'upgraded');
  const sent = [];
  for (const title of ['one', 'two', 'three']) sent.push(await notify(before.httpUrl, admin.token, user.id, title));
  await gqlData(before.httpUrl, MarkNotificationRead, { id: sent[0]!.id }, user.token);
  await before.stop();

  await undoMigrations('0003_unread_counts', [...UNDO_PARTITIONS, 'drop table notification_unread_counts']);
  const after = await startTestServer(env);
  expect((await gqlData(after.httpUrl, UnreadNotificationCount, {}, user.token)).unreadNotificationCount).toBe(2);
  // And it goes on counting from there.
  await notify(after.httpUrl, admin.token, user.id, 'four');
  await gqlData(after.httpUrl, MarkNotificationRead, { id: sent[1]!.id }, user.token);
  expect((await gqlData(after.httpUrl, UnreadNotificationCount, {}, user.token)).unreadNotificationCount).toBe(2);
  // Closed before afterAll removes its directory.
  await after.stop();
});

it('keeps the event log, and every cursor into it, when the log becomes partitioned', async () => {
  const before = await startTestServer(env);
  const admin = await superAdmin(before);
  const user = await signUp(before, 'partitioned');
  const socket = await TestSocket.connect(before.wsUrl, user.token);
  socket.subscribe('n', NotificationStream);
  const next = async () => (await socket.data<NotificationStreamSubscription>('n')).notifications;
  const start = (await next()).cursor;
  const written = [];
  for (const title of ['old one', 'old two', 'old three']) {
    await notify(before.httpUrl, admin.token, user.id, title);
    written.push(await next());
  }
  socket.close();
  await before.stop();

  await undoMigrations('0004_event_partitions', UNDO_PARTITIONS);
  const after = await startTestServer(env);
  const resumed = await TestSocket.connect(after.wsUrl, user.token);
  resumed.subscribe('n', NotificationStream, { after: start });
  const replayed = [];
  for (let i = 0; i < written.length; i++) replayed.push((await resumed.data<NotificationStreamSubscription>('n')).notifications);
  // The same events at the same positions, to the millisecond.
  expect(replayed).toEqual(written);
  expect((await resumed.data<NotificationStreamSubscription>('n')).notifications.__typename).toBe('StreamReady');
  // And the topic goes on from where it was.
  await notify(after.httpUrl, admin.token, user.id, 'new one');
  const live = (await resumed.data<NotificationStreamSubscription>('n')).notifications;
  expect(live.cursor).toBe(`${Number(written.at(-1)!.cursor!.split('.')[0]) + 1}.${live.cursor!.split('.')[1]}`);
  resumed.close();
  await after.stop();
});
