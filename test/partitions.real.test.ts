import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { createPartitionsAhead, dropExpiredPartitions, partitions } from '../src/realtime/partitions';
import { createTestDatabase } from './kit/database';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { capturedLog } from './kit/log';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Every instance creates the event log's partitions ahead and drops the old
// ones: two at once must neither fail nor make a partition twice.

const test = await createTestDatabase();
const [one, two] = await Promise.all([openDatabase({ url: test.url, dataDir: '' }), openDatabase({ url: test.url, dataDir: '' })]);
await Promise.all([one.migrate(), two.migrate()]);
afterAll(async () => {
  await Promise.all([one.close(), two.close()]);
  await test.drop();
});

it('creates and drops partitions from two instances at once without an error, each partition once', async () => {
  const period = 300;
  for (let round = 0; round < 5; round++) {
    const runs = [one, two, one, two].map(async ({ db }) => {
      const created = await createPartitionsAhead(db, period);
      await dropExpiredPartitions(db, 4 * period);
      return created;
    });
    const created = (await Promise.all(runs)).flat();
    expect(new Set(created).size).toBe(created.length);
    await new Promise((resolve) => setTimeout(resolve, period / 2));
  }
  // One after the other, with no gap: covered from the oldest kept to three periods past now. The migration's
  // events_legacy (from MINVALUE to the migration) is left out: the period it ends in may have passed before
  // the first run, which makes partitions from the present on; a write in that gap went to the default partition.
  const kept = (await partitions(one.db)).filter((partition) => partition.from !== null).sort((a, b) => a.from! - b.from!);
  for (let i = 1; i < kept.length; i++) expect(kept[i]!.from).toBe(kept[i - 1]!.to);
  expect(kept.at(-1)!.to).toBeGreaterThan(Date.now() + period);
});

it('serves two instances started together on one database, partitions kept by both without a warning', async () => {
  const logs = [capturedLog(), capturedLog()];
  // Half-second partitions: both instances create and drop them twice a second.
  const [a, b] = await Promise.all(logs.map(({ logger }) => startTestServer({ EVENT_RETENTION: '2s' }, {}, logger)));
  const admin = await superAdmin(a!);
  const user = await signUp(b!, 'two-instances');
  const socket = await TestSocket.connect(b!.wsUrl, user.token);
  socket.subscribe('n', NotificationStream);
  await socket.data<NotificationStreamSubscription>('n');
  const titles = Array.from({ length: 20 }, (_, i) => `from both ${i}`);
  for (const [i, title] of titles.entries()) {
    await notify((i % 2 === 0 ? a : b)!.httpUrl, admin.token, user.id, title);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const received = [];
  for (const _ of titles) received.push((await socket.data<NotificationStreamSubscription>('n')).notifications);
  expect(received.map((event) => (event.__typename === 'NotificationCreated' ? event.notification.title : event.__typename))).toEqual(
    titles,
  );
  socket.close();
  const warnings = logs.flatMap(({ lines }) => lines.filter((line) => line.includes('partitions failed')));
  expect(warnings).toEqual([]);
});
