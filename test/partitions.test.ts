import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { notificationsTopic } from '../src/domains/notifications/notifications.events';
import { createPubSub } from '../src/realtime/pubsub';
import { Realtime } from '../src/realtime/realtime';
import { createPartitionsAhead, partitionPeriodMs, partitions } from '../src/realtime/partitions';
import { createTestDatabase } from './kit/database';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { codes } from './kit/http';
import { mode } from './kit/mode';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// The event log is partitioned by time (src/realtime/partitions.ts): events
// written across a partition's end, resumes that cross it, and cursors into a
// partition retention dropped.

type Event = NotificationStreamSubscription['notifications'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seqOf = (event: Event) => Number(event.cursor!.split('.')[0]);

/** Waits until `before` ms ahead of the next multiple of `periodMs` (a partition's start); returns that start. */
async function nearNextBoundary(periodMs: number, before: number): Promise<number> {
  let boundary = Math.ceil(Date.now() / periodMs) * periodMs;
  if (boundary - Date.now() < before) boundary += periodMs;
  await sleep(boundary - before - Date.now());
  return boundary;
}

it('delivers events written across a partition boundary live and on resume, in order, each once', async () => {
  // Two-second partitions; nothing expires during the test.
  const retention = 8_000;
  const server = await startTestServer({ EVENT_RETENTION: '8s' });
  const admin = await superAdmin(server);
  const user = await signUp(server, 'rollover');
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe('live', NotificationStream);
  const next = async (id: string) => (await socket.data<NotificationStreamSubscription>(id)).notifications;
  const start = (await next('live')).cursor;

  const boundary = await nearNextBoundary(partitionPeriodMs(retention), 500);
  const live: Event[] = [];
  // Writing goes on past the boundary, whatever the pace of the machine.
  for (let i = 0; Date.now() < boundary + 500; i++) {
    await notify(server.httpUrl, admin.token, user.id, `rollover ${i}`);
    live.push(await next('live'));
  }
  const times = live.map((event) => Date.parse(event.at!));
  expect(times.some((at) => at < boundary)).toBe(true);
  expect(times.some((at) => at >= boundary)).toBe(true);
  expect(live.map((event) => (event.__typename === 'NotificationCreated' ? event.notification.title : event.__typename))).toEqual(
    live.map((_, i) => `rollover ${i}`),
  );
  expect(live.map(seqOf)).toEqual(live.map((_, i) => seqOf(live[0]!) + i));

  // From the start: every event again, the same, then ready.
  socket.subscribe('all', NotificationStream, { after: start });
  for (const event of live) expect(await next('all')).toEqual(event);
  expect((await next('all')).__typename).toBe('StreamReady');

  // From the last event before the boundary: exactly those after it.
  const lastBefore = times.findLastIndex((at) => at < boundary);
  socket.subscribe('rest', NotificationStream, { after: live[lastBefore]!.cursor });
  for (const event of live.slice(lastBefore + 1)) expect(await next('rest')).toEqual(event);
  expect((await next('rest')).__typename).toBe('StreamReady');
  expect(await socket.drain('all', 300)).toEqual([]);
  socket.close();
});

it('refuses a cursor into a dropped partition with CURSOR_EXPIRED, and resumes one whose next event is in a kept partition', async () => {
  // One-second partitions, dropped four seconds after their end.
  const period = partitionPeriodMs(4_000);
  const server = await startTestServer({ EVENT_RETENTION: '4s' });
  const admin = await superAdmin(server);
  const user = await signUp(server, 'dropped');
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe('live', NotificationStream);
  const next = async (id: string) => (await socket.data<NotificationStreamSubscription>(id)).notifications;
  const start = (await next('live')).cursor;
  await notify(server.httpUrl, admin.token, user.id, 'in the dropped partition');
  const dropped = await next('live');
  // Two partitions later: the second event's partition outlives the first's by two seconds at least.
  await sleep(Math.ceil(Date.parse(dropped.at!) / period) * period + 2 * period + 100 - Date.now());
  await notify(server.httpUrl, admin.token, user.id, 'in a kept partition');
  const kept = await next('live');
  socket.complete('live');

  // Resumes from before the first event, until its partition is gone.
  let expired = false;
  for (let attempt = 0; !expired && attempt < 40; attempt++) {
    socket.subscribe(`stale ${attempt}`, NotificationStream, { after: start });
    const first = await socket.next<NotificationStreamSubscription>(`stale ${attempt}`);
    expired = codes(first).includes('CURSOR_EXPIRED');
    if (!expired) {
      expect(first.data?.notifications).toEqual(dropped);
      socket.complete(`stale ${attempt}`);
      await sleep(250);
    }
  }
  expect(expired).toBe(true);

  // The first event's own cursor needs nothing dropped.
  socket.subscribe('after dropped', NotificationStream, { after: dropped.cursor });
  expect(await next('after dropped')).toEqual(kept);
  expect((await next('after dropped')).__typename).toBe('StreamReady');
  socket.close();
});

// The database itself, to see where events are stored.
const test = mode === 'real' ? await createTestDatabase() : undefined;
const database = await openDatabase({ url: test?.url, dataDir: 'memory://' });
await database.migrate();
afterAll(async () => {
  await database.close();
  await test?.drop();
});

it('creates the partitions of the present and the next two periods ahead, once, and events go to the partition of their time', async () => {
  const period = 500;
  const realtime = new Realtime(
    database.db,
    createPubSub(undefined, () => {}),
    { onPublish() {}, onPublishError() {}, onDeliver() {}, onError() {} },
    100,
  );
  const boundary = await nearNextBoundary(period, 200);
  const created = await createPartitionsAhead(database.db, period);
  expect(created).toHaveLength(3);
  const ahead = (await partitions(database.db)).filter((p) => created.includes(p.name)).sort((a, b) => a.from! - b.from!);
  // Ending at the next three boundaries, one after the other (the first may start where an older partition ends).
  expect(ahead.map((p) => p.to)).toEqual([0, 1, 2].map((i) => boundary + i * period));
  expect(ahead.slice(1).map((p) => p.from)).toEqual([boundary, boundary + period]);
  expect(await createPartitionsAhead(database.db, period)).toEqual([]);

  const topic = notificationsTopic(randomUUID());
  while (Date.now() < boundary + 200) {
    await realtime.write((_tx, events) => events.append(topic, () => ({ __typename: 'Probe' }) as never));
  }
  const stored = (
    (await database.db.execute(
      sql`select tableoid::regclass::text as partition, (extract(epoch from created_at) * 1000)::float8 as at
          from events where topic = ${topic.key} order by seq`,
    )) as unknown as { rows: { partition: string; at: number }[] }
  ).rows;
  // Each in the partition whose range holds its time, none in the default; some on each side of the boundary.
  for (const { partition, at } of stored) {
    const holder = ahead.find((p) => p.name === partition);
    expect(holder && holder.from! <= at && at < holder.to!, `${at} in ${partition}`).toBe(true);
  }
  expect(new Set(stored.map((row) => row.partition)).size).toBe(2);
});
