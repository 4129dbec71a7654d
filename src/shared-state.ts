import { once } from 'node:events';
import { openRedis, type RedisClient, type RedisTarget } from './redis';

/**
 * The Redis connection for state every instance shares (caps, rate limits).
 * Commands fail at once while Redis is away instead of queueing, so a caller
 * can answer UNAVAILABLE (or fall back) rather than hang. Commands sent in
 * one turn of the event loop (the caps of sockets connecting together) go
 * out in one write.
 */
export function openSharedState(target: RedisTarget, onError: (error: Error) => void): RedisClient {
  return openRedis(target, { enableOfflineQueue: false, maxRetriesPerRequest: 1, enableAutoPipelining: true }).on('error', onError);
}

/** Resolves once the connection is ready, waiting at most `ms` for it (at start, or while it reconnects); rejects after. */
export async function whenReady(redis: RedisClient, ms: number): Promise<void> {
  if (redis.status === 'ready') return;
  await once(redis, 'ready', { signal: AbortSignal.timeout(ms) });
}

/**
 * The name under which instances share state in Redis: their database's, so
 * the instances of one deployment (one database) share events, caps and rate
 * limits, and another deployment on the same Redis does not.
 */
export function sharedStateNamespace(databaseUrl: string | undefined): string {
  return databaseUrl ? decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || 'postgres' : 'embedded';
}
