import { Batcher, type Outcome } from '../db/batcher';
import type { Db, Tx } from '../db/client';
import { readHeads } from './event-log';
import type { Topic } from './topics';

/** A topic's position and the state `read` found, both from one database snapshot. */
export interface Snapshot<S> {
  head: number;
  state: S;
}

interface Request {
  topic: Topic;
  read(tx: Tx): Promise<unknown>;
}

// Subscriptions starting together (a reconnecting crowd, a page opening six streams)
// share a transaction of at most this many reads; two transactions run at once.
const MAX_READS = 200;
const CONCURRENCY = 2;

/**
 * Reads the snapshots that streams start from. Those asked for together share
 * one read-only, repeatable-read transaction: one statement reads all their
 * topics' heads, then each state is read, so N subscriptions cost N + 3
 * statements instead of 4N, and every state still matches its head.
 */
export class SnapshotReader {
  private readonly batcher: Batcher<Request, Snapshot<unknown>>;

  constructor(private readonly db: Db) {
    this.batcher = new Batcher((requests) => this.readAll(requests), { maxSize: MAX_READS, concurrency: CONCURRENCY });
  }

  read<S>(topic: Topic, read: (tx: Tx) => Promise<S>): Promise<Snapshot<S>> {
    return this.batcher.submit({ topic, read }) as Promise<Snapshot<S>>;
  }

  private readAll(requests: Request[]): Promise<Outcome<Snapshot<unknown>>[]> {
    return this.db.transaction(
      async (tx) => {
        const heads = await readHeads(
          tx,
          requests.map((request) => request.topic),
        );
        const outcomes: Outcome<Snapshot<unknown>>[] = [];
        // One after another: a transaction is one connection's, which runs one statement at a time.
        // A read that fails in the database aborts the transaction, and the reads after it fail with it.
        for (const { topic, read } of requests) {
          try {
            outcomes.push({ ok: true, value: { head: heads.get(topic.key) ?? 0, state: await read(tx) } });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
        return outcomes;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  }
}
