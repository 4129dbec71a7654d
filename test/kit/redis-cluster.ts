import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll } from 'vitest';
import { freePort, startRedis } from './redis';

const run = promisify(execFile);

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** One master of a test cluster. */
export interface ClusterNode {
  readonly port: number;
  /** Kills it (its data goes; its slots stay its own). */
  stop(): Promise<void>;
  /** Starts it again on its port with its cluster config: the same node, owning the same slots. */
  start(): Promise<void>;
}

/** A Redis Cluster of the test's own; its processes are killed after the file's tests, as startRedis's are. */
export interface TestCluster {
  readonly nodes: readonly ClusterNode[];
  /** REDIS_CLUSTER_NODES for a server on it. */
  readonly env: { REDIS_URL: string; REDIS_CLUSTER_NODES: string };
  /** The node that owns the key's (or channel's) hash slot. */
  ownerOf(key: string): Promise<ClusterNode>;
  /** The nodes up with a classic subscriber of the channel (PUBSUB NUMSUB counts a node's own clients only). */
  subscribedAt(channel: string): Promise<ClusterNode[]>;
  /** Resolves once every node says cluster_state:ok. */
  ready(): Promise<void>;
}

/** Asks the node at `port` once, on a connection of its own. */
async function ask(port: number, ...command: [string, ...(string | number)[]]): Promise<unknown> {
  const client = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    return await client.call(...command);
  } finally {
    client.disconnect();
  }
}

/**
 * `size` masters without replicas on free ports (redis-server --cluster-enabled,
 * then redis-cli --cluster create), keeping their cluster configs in a
 * temporary directory; resolves once the cluster is ready.
 */
export async function startRedisCluster(size = 3): Promise<TestCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'redis-cluster-'));
  dirs.push(dir);
  const ports = await Promise.all(Array.from({ length: size }, () => freePort()));
  const options = (port: number) => ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--dir', dir];
  const nodes = await Promise.all(
    ports.map(async (port): Promise<ClusterNode> => {
      let server = await startRedis(port, options(port));
      return {
        port,
        stop: () => server.stop(),
        start: async () => {
          server = await startRedis(port, options(port));
        },
      };
    }),
  );
  await run('redis-cli', ['--cluster', 'create', ...ports.map((port) => `127.0.0.1:${port}`), '--cluster-replicas', '0', '--cluster-yes']);
  const nodeAt = (port: number) => nodes.find((node) => node.port === port)!;
  const cluster: TestCluster = {
    nodes,
    env: { REDIS_URL: '', REDIS_CLUSTER_NODES: ports.map((port) => `127.0.0.1:${port}`).join(',') },
    async ownerOf(key) {
      const slot = (await ask(ports[0]!, 'CLUSTER', 'KEYSLOT', key)) as number;
      const ranges = (await ask(ports[0]!, 'CLUSTER', 'SLOTS')) as [number, number, [string, number]][];
      const [, , [, port]] = ranges.find(([from, to]) => from <= slot && slot <= to)!;
      return nodeAt(port);
    },
    async subscribedAt(channel) {
      // A node that is down has none.
      const counts = await Promise.all(
        ports.map((port) =>
          ask(port, 'PUBSUB', 'NUMSUB', channel).then(
            (reply) => (reply as [string, number])[1],
            () => 0,
          ),
        ),
      );
      return nodes.filter((_, i) => counts[i]! > 0);
    },
    async ready() {
      // Generous: a restarted node rejoins within a few of its heartbeats, slower on a busy machine.
      const deadline = Date.now() + 60_000;
      const ok = (port: number) =>
        ask(port, 'CLUSTER', 'INFO').then(
          (info) => String(info).includes('cluster_state:ok'),
          () => false,
        );
      while (!(await Promise.all(ports.map(ok))).every(Boolean)) {
        if (Date.now() > deadline) throw new Error('the test cluster did not become ready');
        await sleep(200);
      }
    },
  };
  await cluster.ready();
  return cluster;
}
