import type { Db } from '../db/client';
import { pruneEvents } from './event-log';

/**
 * Deletes events older than the retention in the background, a few times
 * per retention period (at most once a minute). Every instance prunes; the
 * deletes are idempotent.
 */
export function schedulePruning(db: Db, retentionMs: number, onError: (error: unknown) => void): { stop(): void } {
  const everyMs = Math.min(60_000, Math.max(1_000, Math.floor(retentionMs / 4)));
  const timer = setInterval(() => {
    pruneEvents(db, new Date(Date.now() - retentionMs)).catch(onError);
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
