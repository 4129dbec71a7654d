import type { Db } from '../db/client';
import { createPartitionsAhead, dropExpiredPartitions, partitionPeriodMs } from './partitions';

/** Keeps the event log's partitions: see maintainEventLog. */
export interface EventLogMaintenance {
  /** Creates the partitions ahead and drops the expired ones, once (waiting for a run under way). */
  run(): Promise<void>;
  stop(): void;
}

/**
 * Creates the event log's partitions ahead and drops those older than the
 * retention (see partitions.ts), twice per partition's period (at most once a
 * minute), so the next partition is there well before its time. Every
 * instance does it; they take turns, and what one did the next finds done.
 */
export function maintainEventLog(db: Db, retentionMs: number, onError: (error: unknown) => void): EventLogMaintenance {
  const periodMs = partitionPeriodMs(retentionMs);
  let running: Promise<void> | undefined;
  const run = () => {
    // One run at a time: a run waiting for a lock must not pile up others behind it.
    running ??= (async () => {
      try {
        await createPartitionsAhead(db, periodMs);
        await dropExpiredPartitions(db, retentionMs);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const timer = setInterval(() => run().catch(onError), Math.min(60_000, periodMs / 2));
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
}
