import { Cluster, Redis, type RedisOptions } from 'ioredis';

/** A node of a Redis Cluster, as REDIS_CLUSTER_NODES names it. */
export interface RedisNode {
  host: string;
  port: number;
}

/** Where Redis is: one server (REDIS_URL), or a Redis Cluster through some of its nodes (REDIS_CLUSTER_NODES). */
export type RedisTarget = { url: string } | { clusterNodes: readonly RedisNode[] };

/** A client of either kind: what runs on one server runs on a cluster too (one key per command or script, or keys of one slot). */
export type RedisClient = Redis | Cluster;

/**
 * A client of the target. For a cluster, ioredis's Cluster client: it finds
 * the other nodes and sends each command to the node that owns its key's
 * slot. `options` are each node's; the queueing ones also the cluster's.
 */
export function openRedis(target: RedisTarget, options: RedisOptions): RedisClient {
  if ('url' in target) return new Redis(target.url, options);
  const { enableOfflineQueue, enableAutoPipelining } = options;
  return new Cluster([...target.clusterNodes], { enableOfflineQueue, enableAutoPipelining, redisOptions: options });
}

/**
 * A connection for classic SUBSCRIBE to the target. On a cluster every node
 * hears every PUBLISH, so one connection to any node hears them all: it starts
 * at a node picked at random (instances spread over the nodes) and, each time
 * it reconnects, moves to the next node that `client`, the target's Cluster client, knows, so a node that is
 * gone is left. (ioredis's Cluster client subscribes the same way, through a
 * connection it keeps private and replaces without a word; the resync after an
 * outage needs to hear the loss and the return.)
 */
export function openSubscriber<T extends Redis>(target: RedisTarget, client: RedisClient, connect: (url: string) => T): T {
  if ('url' in target) return connect(target.url);
  const { host, port } = target.clusterNodes[Math.floor(Math.random() * target.clusterNodes.length)]!;
  const subscriber = connect(`redis://${host}:${port}`);
  subscriber.on('reconnecting', () => {
    // Redis.options is what its connector reads at each attempt.
    const nodes = client instanceof Cluster ? client.nodes('all').map((node) => node.options) : [];
    if (nodes.length === 0) return;
    const at = nodes.findIndex((node) => node.host === subscriber.options.host && node.port === subscriber.options.port);
    const next = nodes[(at + 1) % nodes.length]!;
    subscriber.options.host = next.host;
    subscriber.options.port = next.port;
  });
  return subscriber;
}
