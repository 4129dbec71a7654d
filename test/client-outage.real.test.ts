import { expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import { waitForHealth } from './kit/http';
import { notificationLines, recordedClient, refusals, sleep, startInstance, watch } from './kit/realtime-client';
import { freePort, startRedis } from './kit/redis';

// Redis away under the client: the server closes new sockets with 1013 and
// refuses new subscriptions on open ones with UNAVAILABLE. The client tries
// both again with backoff, and once Redis is back every stream is live and
// has every notification.

const port = await freePort();
let redis = await startRedis(port);
const server = await startInstance({ REDIS_URL: redis.url });
const origin = new URL(server.url).origin;

it('retries a 1013 close and an UNAVAILABLE refusal until Redis is back; then every stream is live and has everything', async () => {
  const [user, admin] = await Promise.all([signUp(server, 'outage'), superAdmin(server)]);
  const first = recordedClient({ url: server.wsUrl, getToken: () => user.token });
  const before = watch(first.client, NotificationStream, {});
  await expect.poll(() => first.client.state).toBe('live');

  await redis.stop();
  await waitForHealth(origin, 503);
  // A new stream on the open socket, and a new client.
  const during = watch(first.client, NotificationStream, {});
  const second = recordedClient({ url: server.wsUrl, getToken: () => user.token });
  const fresh = watch(second.client, NotificationStream, {});
  // Tried again at least once each: every attempt waits up to 2 s for Redis on the server, so on a busy machine few fit in.
  await expect.poll(() => refusals(first.sockets[0]!).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  await expect.poll(() => second.sockets.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  expect(second.client.state).toBe('offline');
  // Writes still commit: the streams read them from the log once Redis is back.
  const whileAway = (await notify(server.httpUrl, admin.token, user.id, 'while away')).id;
  await sleep(500);

  redis = await startRedis(port);
  await expect.poll(() => [first.client.state, second.client.state], { timeout: 15_000 }).toEqual(['live', 'live']);
  const back = (await notify(server.httpUrl, admin.token, user.id, 'back')).id;
  await expect
    .poll(() => [before, during, fresh].map((stream) => stream.events.at(-1)?.notifications.__typename))
    .toEqual(['NotificationCreated', 'NotificationCreated', 'NotificationCreated']);
  await sleep(300);

  expect(notificationLines(before)).toEqual(['UnreadCount 0', whileAway, back]);
  expect(notificationLines(during)).toEqual(['UnreadCount 1', back]);
  expect(notificationLines(fresh)).toEqual(['UnreadCount 1', back]);
  for (const stream of [before, during, fresh]) expect(stream.errors).toEqual([]);
  // The first client kept its socket, its new stream refused (and tried again) until Redis was back.
  expect(
    first.sockets.map((socket) => socket.closed && `${socket.closed.code} ${socket.closed.reason}`),
    'how each socket of the first client closed',
  ).toEqual([undefined]);
  expect(new Set(refusals(first.sockets[0]!).flat())).toEqual(new Set(['UNAVAILABLE']));
  // The second client's sockets were closed with 1013 until one was signed in.
  const [signedIn, ...refused] = second.sockets.toReversed();
  expect(refused.map((socket) => socket.closed?.code)).toEqual(refused.map(() => 1013));
  expect(signedIn!.closed).toBeUndefined();
  expect(second.states).toEqual(['offline', 'connecting', 'live']);
  await redis.stop();
}, 60_000);
