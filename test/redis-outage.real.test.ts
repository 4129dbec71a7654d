import { expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { waitForHealth } from './kit/http';
import { freePort, startRedis } from './kit/redis';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

it('delivers every event committed while Redis was down once it is back, without a restart', async () => {
  const port = await freePort();
  let redis = await startRedis(port);
  // Mutations on one instance, the subscriber on another, so events must cross Redis.
  const [writer, reader, doomed] = await Promise.all([1, 2, 3].map(() => startTestServer({ REDIS_URL: redis.url })));
  const user = await signUp(writer!, 'outage');
  const admin = await superAdmin(writer!);
  const send = (title: string, through = writer!) => notify(through.httpUrl, admin.token, user.id, title);

  const socket = await TestSocket.connect(reader!.wsUrl, user.token);
  socket.subscribe('n', NotificationStream);
  const next = async () => (await socket.data<NotificationStreamSubscription>('n', 20_000)).notifications;
  expect((await next()).__typename).toBe('UnreadCount');
  await send('before');
  expect(await next()).toMatchObject({ notification: { title: 'before' } });

  await redis.stop();
  await waitForHealth(writer!.url, 503);

  // Mutations keep committing while the broker is away. This instance stops
  // before Redis is back, so its unsent publishes are gone: only the event log has them.
  for (const title of ['during 1', 'during 2', 'during 3']) await send(title, doomed);
  await doomed!.stop();

  redis = await startRedis(port);
  await Promise.all([waitForHealth(writer!.url, 200), waitForHealth(reader!.url, 200)]);

  const titles = [];
  const cursors = [];
  for (let i = 0; i < 3; i++) {
    const event = await next();
    titles.push(event.__typename === 'NotificationCreated' ? event.notification.title : event.__typename);
    cursors.push(event.cursor);
  }
  expect(titles).toEqual(['during 1', 'during 2', 'during 3']);
  expect(new Set(cursors).size).toBe(3);

  await send('after');
  expect(await next()).toMatchObject({ notification: { title: 'after' } });
  // Nothing twice.
  expect(await socket.drain('n', 500)).toEqual([]);
  await redis.stop();
}, 60_000);
