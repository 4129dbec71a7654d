import { describe, expect, it } from 'vitest';
import { notificationsTopic } from '../src/domains/notifications/notifications.events';
import { namespacedChannel } from '../src/realtime/namespaced-pubsub';
import { RedisCaps } from '../src/server/caps';
import { openSharedState, sharedStateNamespace } from '../src/shared-state';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin, type TestUser } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { waitForHealth } from './kit/http';
import { startProcess, type ServerProcess } from './kit/process';
import { startRedisCluster, type ClusterNode } from './kit/redis-cluster';
import { ADMIN, servicesEnv } from './kit/server';
import { TestSocket } from './kit/socket';

// Pub/sub and shared state on a Redis Cluster of the test's own (three
// masters, REDIS_CLUSTER_NODES), under two `node src/main.ts` processes on
// the real PostgreSQL: a subscriber on instance A, the writes through B, so
// every event crosses the cluster.

type StreamEvent = NotificationStreamSubscription['notifications'];

const cluster = await startRedisCluster(3);
// Started together on an empty database: the migration lock lets exactly one migrate.
const [a, b] = (await Promise.all(
  [1, 2].map(() =>
    startProcess({
      ...cluster.env,
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      MAX_SOCKETS_PER_USER: '2',
    }),
  ),
)) as [ServerProcess, ServerProcess];
const api = (server: ServerProcess) => ({ httpUrl: server.url });
const base = (server: ServerProcess) => server.url.replace(/\/graphql$/, '');
const admin = await superAdmin(api(b));
const namespace = sharedStateNamespace((await servicesEnv())['DATABASE_URL']);

/** The broker channel of a user's notifications. */
const channelOf = (user: TestUser) => namespacedChannel(namespace, notificationsTopic(user.id).key);

/** Users signed up on A until, for each node, one's notifications channel hashes to a slot of that node. */
async function oneUserPerNode(): Promise<Map<ClusterNode, TestUser>> {
  const users = new Map<ClusterNode, TestUser>();
  for (let tries = 0; users.size < cluster.nodes.length; tries++) {
    if (tries === 100) throw new Error('no user whose channel is on every node');
    const user = await signUp(api(a), 'spread');
    const node = await cluster.ownerOf(channelOf(user));
    if (!users.has(node)) users.set(node, user);
  }
  return users;
}

/** The user's notifications subscribed on the server, past the snapshot. */
async function subscribe(server: ServerProcess, user: TestUser): Promise<TestSocket> {
  const socket = await TestSocket.connect(server.url.replace(/^http/, 'ws'), user.token);
  socket.subscribe('n', NotificationStream);
  expect((await socket.data<NotificationStreamSubscription>('n', 20_000)).notifications.__typename).toBe('UnreadCount');
  return socket;
}

async function next(socket: TestSocket): Promise<StreamEvent> {
  return (await socket.data<NotificationStreamSubscription>('n', 20_000)).notifications;
}

const titleOf = (event: StreamEvent) => (event.__typename === 'NotificationCreated' ? event.notification.title : event.__typename);
const seqOf = (event: StreamEvent) => Number(/^(\d+)\./.exec(event.cursor ?? '')?.[1]);

describe('pub/sub on a three-node Redis Cluster', () => {
  it('delivers across instances on channels of every node, each viewer only its own', async () => {
    const users = await oneUserPerNode();
    expect(new Set(await Promise.all([...users.values()].map((user) => cluster.ownerOf(channelOf(user))))).size).toBe(3);
    const sockets = await Promise.all([...users.values()].map((user) => subscribe(a, user)));
    await Promise.all([...users.values()].map((user) => notify(b.url, admin.token, user.id, `for ${user.email}`)));

    for (const [i, user] of [...users.values()].entries()) {
      expect(titleOf(await next(sockets[i]!))).toBe(`for ${user.email}`);
      // Nothing meant for another viewer, and nothing twice.
      expect(await sockets[i]!.drain('n', 500)).toEqual([]);
      sockets[i]!.close();
    }
  });

  it('delivers many concurrent events on one topic to subscribers on both instances, each once and in order', async () => {
    const user = await signUp(api(a), 'ordered');
    const sockets = await Promise.all([subscribe(a, user), subscribe(b, user)]);
    const titles = Array.from({ length: 40 }, (_, i) => `event ${i}`);
    // Half through each instance, all at once: the event log decides the order.
    await Promise.all(titles.map((title, i) => notify((i % 2 ? a : b).url, admin.token, user.id, title)));

    const heard = [];
    for (const socket of sockets) {
      const events = [];
      for (let i = 0; i < titles.length; i++) events.push(await next(socket));
      const seqs = events.map(seqOf);
      expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
      expect(events.map(titleOf).toSorted()).toEqual(titles.toSorted());
      expect(await socket.drain('n', 500)).toEqual([]);
      heard.push(events.map(titleOf));
      socket.close();
    }
    expect(heard[0]).toEqual(heard[1]);
  });

  it("resyncs from the event log when the node of a subscribed channel and of A's subscriber goes away and comes back", async () => {
    const users = await oneUserPerNode();
    const sockets = new Map(await Promise.all([...users].map(async ([node, user]) => [node, await subscribe(a, user)] as const)));
    // Classic pub/sub: A hears every channel through one connection, to one node. That node goes.
    const [node, ...others] = await cluster.subscribedAt(channelOf([...users.values()][0]!));
    expect(others).toEqual([]);
    const user = users.get(node!)!;
    const socket = sockets.get(node!)!;

    await node!.stop();
    // Committed meanwhile, published (or not) while A's subscriber moves to another node.
    for (const title of ['during 1', 'during 2', 'during 3']) await notify(b.url, admin.token, user.id, title);
    await expect.poll(() => cluster.subscribedAt(channelOf(user)), { timeout: 20_000 }).toEqual([expect.anything()]);
    expect((await cluster.subscribedAt(channelOf(user)))[0]).not.toBe(node);
    await node!.start();
    await cluster.ready();

    const during = [];
    for (let i = 0; i < 3; i++) during.push(await next(socket));
    expect(during.map(titleOf)).toEqual(['during 1', 'during 2', 'during 3']);
    expect(new Set(during.map((event) => event.cursor)).size).toBe(3);
    await notify(b.url, admin.token, user.id, 'after');
    expect(titleOf(await next(socket))).toBe('after');
    expect(await socket.drain('n', 500)).toEqual([]);
    for (const open of sockets.values()) open.close();
  }, 90_000);

  it("holds a user's socket cap across both instances", async () => {
    const user = await signUp(api(a), 'capped');
    const sockets = [await subscribe(a, user), await subscribe(b, user)];
    const third = await TestSocket.open(b.url.replace(/^http/, 'ws'));
    await expect(third.init(user.token)).rejects.toThrow(/closed with 4429/);
    for (const socket of sockets) socket.close();
  });

  it("renews leases of many caps in one pipeline: a deployment's caps share one hash slot", async () => {
    const errors: unknown[] = [];
    const redis = openSharedState({ clusterNodes: cluster.nodes.map(({ port }) => ({ host: '127.0.0.1', port })) }, (error) =>
      errors.push(error),
    );
    const caps = new RedisCaps(redis, 'renewals', (error) => errors.push(error));
    // Three caps a lease at a time: each renewal group (a lease number modulo 20) holds leases of all three.
    for (let i = 0; i < 60; i++) await caps.acquire(`cap ${i % 3}`, 100);
    const expiry = () => redis.zrange('caps:{renewals}:cap 0', 0, 0, 'WITHSCORES').then(([, score]) => Number(score));
    const acquired = await expiry();
    await expect.poll(expiry, { timeout: 20_000 }).toBeGreaterThan(acquired);
    expect(errors).toEqual([]);
    caps.stop();
    await redis.quit();
  });

  it('closes new sockets with 1013 while the whole cluster is away, then delivers what was committed meanwhile', async () => {
    const user = await signUp(api(a), 'outage');
    const socket = await subscribe(a, user);

    await Promise.all(cluster.nodes.map((node) => node.stop()));
    await Promise.all([a, b].map((server) => waitForHealth(base(server), 503, 30_000)));
    const refused = await TestSocket.open(a.url.replace(/^http/, 'ws'));
    expect((await refused.waitForClose(10_000)).code).toBe(1013);
    await notify(b.url, admin.token, user.id, 'while away');

    await Promise.all(cluster.nodes.map((node) => node.start()));
    await cluster.ready();
    await Promise.all([a, b].map((server) => waitForHealth(base(server), 200, 30_000)));
    expect(titleOf(await next(socket))).toBe('while away');
    await notify(b.url, admin.token, user.id, 'back');
    expect(titleOf(await next(socket))).toBe('back');
    expect(await socket.drain('n', 500)).toEqual([]);
    socket.close();
  }, 120_000);
});
