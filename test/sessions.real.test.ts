import { expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { codes, gql, gqlData, waitForHealth } from './kit/http';
import { freePort, startRedis } from './kit/redis';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';
import { SseStream } from './kit/sse';

const SessionsAcrossRevoke = graphql(`
  mutation SessionsAcrossRevoke($userId: ID!) {
    revokeSessions(userId: $userId)
  }
`);

const SessionsAcrossMe = graphql(`
  query SessionsAcrossMe {
    me {
      id
    }
  }
`);

const [a, b] = await Promise.all([startTestServer(), startTestServer()]);

it('revokes on one instance and closes the sockets and refuses the tokens on another', async () => {
  const user = await signUp(a, 'everywhere');
  const admin = await superAdmin(a);
  const onB = await TestSocket.connect(b.wsUrl, user.token);
  expect((await gqlData(b.httpUrl, SessionsAcrossMe, {}, user.token)).me?.id).toBe(user.id);

  await gqlData(a.httpUrl, SessionsAcrossRevoke, { userId: user.id }, admin.token);
  expect((await onB.waitForClose()).code).toBe(4403);
  expect(codes(await gql(b.httpUrl, SessionsAcrossMe, {}, user.token))).toEqual(['UNAUTHENTICATED']);
});

it("ends the revoked user's streams on every instance, SSE and WebSocket alike, and nothing published after reaches them", async () => {
  const user = await signUp(a, 'streams-everywhere');
  const admin = await superAdmin(a);
  const sockets = await Promise.all([a, b].map((server) => TestSocket.connect(server.wsUrl, user.token)));
  for (const socket of sockets) socket.subscribe('n', NotificationStream);
  const sse = await Promise.all([a, b].map((server) => SseStream.open(server.httpUrl, NotificationStream, {}, user.token)));
  for (const socket of sockets)
    expect((await socket.data<NotificationStreamSubscription>('n')).notifications.__typename).toBe('UnreadCount');
  for (const stream of sse) expect((await stream.next()).data?.notifications.__typename).toBe('UnreadCount');

  await gqlData(a.httpUrl, SessionsAcrossRevoke, { userId: user.id }, admin.token);
  // Through both instances: whichever the next write goes through, it comes after the revocation.
  for (const server of [a, b]) await notify(server.httpUrl, admin.token, user.id, 'after-revoke');

  for (const socket of sockets) {
    expect((await socket.waitForClose()).code).toBe(4403);
    expect(await socket.drain('n', 0)).toEqual([]);
  }
  for (const stream of sse) {
    expect(await stream.rest()).toEqual([
      { event: 'next', result: { errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] } },
      { event: 'complete' },
    ]);
  }
});

it('refuses a revoked token on another instance while Redis is away, though it came with every request there before', async () => {
  const redis = await startRedis(await freePort());
  const [c, d] = await Promise.all([startTestServer({ REDIS_URL: redis.url }), startTestServer({ REDIS_URL: redis.url })]);
  const user = await signUp(c!, 'unheard');
  const admin = await superAdmin(c!);
  for (let i = 0; i < 3; i++) expect((await gqlData(d!.httpUrl, SessionsAcrossMe, {}, user.token)).me?.id).toBe(user.id);

  await redis.stop();
  await waitForHealth(d!.url, 503);
  // The revocation is committed, but its publish cannot reach the other instance.
  await gqlData(c!.httpUrl, SessionsAcrossRevoke, { userId: user.id }, admin.token);
  expect(codes(await gql(d!.httpUrl, SessionsAcrossMe, {}, user.token))).toEqual(['UNAUTHENTICATED']);
  await Promise.all([c!.stop(), d!.stop()]);
}, 60_000);

it('ends on another instance the streams of a user revoked while Redis was away, once Redis is back', async () => {
  const port = await freePort();
  let redis = await startRedis(port);
  const [c, d] = await Promise.all([startTestServer({ REDIS_URL: redis.url }), startTestServer({ REDIS_URL: redis.url })]);
  const user = await signUp(c!, 'revoked-unheard');
  const admin = await superAdmin(c!);
  const socket = await TestSocket.connect(d!.wsUrl, user.token);
  socket.subscribe('n', NotificationStream);
  expect((await socket.data<NotificationStreamSubscription>('n')).notifications.__typename).toBe('UnreadCount');
  const stream = await SseStream.open<NotificationStreamSubscription, object>(d!.httpUrl, NotificationStream, {}, user.token);
  expect((await stream.next()).data?.notifications.__typename).toBe('UnreadCount');

  await redis.stop();
  await waitForHealth(d!.url, 503);
  await gqlData(c!.httpUrl, SessionsAcrossRevoke, { userId: user.id }, admin.token);
  // The revoking instance stops before Redis is back: its unsent publish of the revocation goes with it.
  await c!.stop();
  redis = await startRedis(port);

  expect((await socket.waitForClose(10_000)).code).toBe(4403);
  expect(await stream.rest(10_000)).toEqual([
    { event: 'next', result: { errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] } },
    { event: 'complete' },
  ]);
  await d!.stop();
  await redis.stop();
}, 60_000);
