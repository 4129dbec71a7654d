import { randomBytes } from 'node:crypto';
import { UnavailableError } from '../errors';
import type { RedisClient } from '../redis';
import { whenReady } from '../shared-state';

/** A place under a cap, counted until released. */
export interface Lease {
  /** Gives the place back; once, however often it is called. */
  release(): void;
}

/** Counts what is open (sockets, SSE streams) under per-key caps. */
export interface Caps {
  /** A place under `key`'s cap of `limit`; undefined when `limit` places are taken. UnavailableError when Redis does not answer. */
  acquire(key: string, limit: number): Promise<Lease | undefined>;
  /** Stops renewing (RedisCaps); what is held is released by its owners. */
  stop(): void;
}

/** Caps of this process alone: the embedded default, where there is no other instance. */
export class LocalCaps implements Caps {
  private readonly counts = new Map<string, number>();

  async acquire(key: string, limit: number): Promise<Lease | undefined> {
    const count = this.counts.get(key) ?? 0;
    if (count >= limit) return undefined;
    this.counts.set(key, count + 1);
    return new LocalLease(this, key);
  }

  /** A lease of `key` was released. */
  free(key: string): void {
    const left = (this.counts.get(key) ?? 1) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
  }

  stop(): void {}
}

// Leases are classes, not closures: every open socket holds one.
class LocalLease implements Lease {
  private held = true;

  constructor(
    private readonly caps: LocalCaps,
    private readonly key: string,
  ) {}

  release(): void {
    if (!this.held) return;
    this.held = false;
    this.caps.free(this.key);
  }
}

// A lease lives this long in Redis unless its instance renews it, so an instance that dies
// without releasing its places gives them back within a minute.
const LEASE_MS = 60_000;
const RENEW_EVERY_MS = LEASE_MS / 3;
// Leases are renewed a group at a time, one group each RENEW_EVERY_MS / RENEW_GROUPS, not all at once.
const RENEW_GROUPS = 20;
// A call made while Redis is away waits this long for it before failing.
const READY_WAIT_MS = 2_000;

// Milliseconds on Redis's own clock, so the instances' clocks need not agree.
const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;
// KEYS[1] the cap's sorted set of leases (score: expiry); ARGV member, limit, lease ms. 1 when granted.
const ACQUIRE = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`;
// KEYS[1] a cap's set; ARGV lease ms, then the members this instance holds there. Adds them
// back if they are gone, as they are after Redis restarted without its data.
const RENEW = `${NOW}
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 0`;

type CapsRedis = RedisClient & {
  capAcquire(key: string, member: string, limit: number, leaseMs: number): Promise<number>;
  capRenew(key: string, leaseMs: number, ...members: string[]): Promise<number>;
};

/**
 * Caps shared by every instance on one Redis: each place is a lease in the
 * cap's sorted set, taken atomically under the limit, renewed by its
 * instance while it is held and dropped by Redis a minute after an instance
 * stops renewing (it died).
 */
export class RedisCaps implements Caps {
  private readonly redis: CapsRedis;
  // What this instance holds, for renewal.
  private readonly held = new Set<RedisLease>();
  // Members are this and a number: short, for every open socket holds one.
  private readonly instance = randomBytes(6).toString('base64url');
  private next = 0;
  private tick = 0;
  private readonly renewal: NodeJS.Timeout;

  constructor(
    redis: RedisClient,
    private readonly namespace: string,
    private readonly onError: (error: unknown) => void,
  ) {
    redis.defineCommand('capAcquire', { numberOfKeys: 1, lua: ACQUIRE });
    redis.defineCommand('capRenew', { numberOfKeys: 1, lua: RENEW });
    this.redis = redis as CapsRedis;
    this.renewal = setInterval(() => this.renew(this.tick++ % RENEW_GROUPS), RENEW_EVERY_MS / RENEW_GROUPS).unref();
  }

  async acquire(key: string, limit: number): Promise<Lease | undefined> {
    const number = this.next++;
    // The braces put a deployment's caps in one hash slot: a renewal's pipeline spans caps, and on a
    // Redis Cluster ioredis refuses a pipeline whose keys live on different nodes.
    const lease = new RedisLease(this, `caps:{${this.namespace}}:${key}`, `${this.instance}:${number}`, number % RENEW_GROUPS);
    let granted: number;
    try {
      await whenReady(this.redis, READY_WAIT_MS);
      granted = await this.redis.capAcquire(lease.key, lease.member, limit, LEASE_MS);
    } catch {
      throw new UnavailableError('Redis');
    }
    if (!granted) return undefined;
    this.held.add(lease);
    return lease;
  }

  /** A lease was released. Not awaited: a release that Redis misses expires with its lease. */
  free(lease: RedisLease): void {
    if (this.held.delete(lease)) this.redis.zrem(lease.key, lease.member).catch(this.onError);
  }

  stop(): void {
    clearInterval(this.renewal);
  }

  private renew(group: number): void {
    const byKey = new Map<string, string[]>();
    for (const lease of this.held) {
      if (lease.group !== group) continue;
      const { key, member } = lease;
      const members = byKey.get(key);
      if (members) members.push(member);
      else byKey.set(key, [member]);
    }
    if (byKey.size === 0 || this.redis.status !== 'ready') return;
    const pipeline = this.redis.pipeline();
    for (const [key, members] of byKey) (pipeline as unknown as CapsRedis).capRenew(key, LEASE_MS, ...members);
    pipeline.exec().catch(this.onError);
  }
}

class RedisLease implements Lease {
  constructor(
    private readonly caps: RedisCaps,
    /** The cap's sorted set. */
    readonly key: string,
    /** This lease in it. */
    readonly member: string,
    /** Which of the renewal groups it is renewed with. */
    readonly group: number,
  ) {}

  release(): void {
    this.caps.free(this);
  }
}
