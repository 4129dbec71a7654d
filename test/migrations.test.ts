import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { MarkNotificationRead, UnreadNotificationCount } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import { gqlData } from './kit/http';
import { mode } from './kit/mode';
import { servicesEnv, startTestServer } from './kit/server';

// An upgrade keeps what users had: a database with data, migrated to the
// newest schema by a server starting on it, answers as it did before.

const journal = JSON.parse(readFileSync(new URL('../drizzle/meta/_journal.json', import.meta.url), 'utf8')) as {
  entries: { tag: string; when: number }[];
};

// Embedded: PGlite on disk, so a second server can open what the first left.
const dataDir = mode === 'embedded' ? mkdtempSync(join(tmpdir(), 'migrations-')) : undefined;
afterAll(() => dataDir && rmSync(dataDir, { recursive: true, force: true }));
const env: Record<string, string> = dataDir ? { DATA_DIR: dataDir } : {};

/** Takes the database back to before `tag`, keeping its data: that migration's tables go, and it counts as not applied. */
async function undoMigration(tag: string, drop: string): Promise<void> {
  const database = await openDatabase({ url: (await servicesEnv())['DATABASE_URL'], dataDir: dataDir ?? '' });
  try {
    const { when } = journal.entries.find((entry) => entry.tag === tag)!;
    await database.db.execute(sql.raw(`drop table ${drop}`));
    await database.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at >= ${when}`);
  } finally {
    await database.close();
  }
}

it('counts the unread notifications that existed before unread counts were kept', async () => {
  const before = await startTestServer(env);
  const admin = await superAdmin(before);
  const user = await signUp(before, 'upgraded');
  const sent = [];
  for (const title of ['one', 'two', 'three']) sent.push(await notify(before.httpUrl, admin.token, user.id, title));
  await gqlData(before.httpUrl, MarkNotificationRead, { id: sent[0]!.id }, user.token);
  await before.stop();

  await undoMigration('0003_unread_counts', 'notification_unread_counts');
  const after = await startTestServer(env);
  expect((await gqlData(after.httpUrl, UnreadNotificationCount, {}, user.token)).unreadNotificationCount).toBe(2);
  // And it goes on counting from there.
  await notify(after.httpUrl, admin.token, user.id, 'four');
  await gqlData(after.httpUrl, MarkNotificationRead, { id: sent[1]!.id }, user.token);
  expect((await gqlData(after.httpUrl, UnreadNotificationCount, {}, user.token)).unreadNotificationCount).toBe(2);
  // Closed before afterAll removes its directory.
  await after.stop();
});
