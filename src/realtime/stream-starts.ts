import { Batcher, type Outcome } from '../db/batcher';
import type { Db, Tx } from '../db/client';
import { readHeads, readResumes, type Resume } from './event-log';
import type { EventPayload, Topic } from './topics';

// Streams that start together (a page opening six streams, the clients of an instance that died
// coming back to this one) share one read of at most this many streams; two such reads run at once.
const BATCHES = { maxSize: 200, concurrency: 2 };

/** A topic's position and the state read in the same database snapshot, when one was asked for. */
export interface Snapshot<S> {
  head: number;
  state: S | undefined;
}

interface SnapshotRequest {
  topic: Topic;
  read: ((tx: Tx) => Promise<unknown>) | undefined;
}

/**
 * Reads where streams starting from the present start. Those asked for
 * together share one read-only, repeatable-read transaction: one statement
 * reads all their topics' heads, then each state is read, so N subscriptions
 * cost N + 3 statements instead of 4N, and every state still matches its head.
 */
export class SnapshotReader {
  private readonly batcher: Batcher<SnapshotRequest, Snapshot<unknown>>;

  constructor(private readonly db: Db) {
    this.batcher = new Batcher((requests) => this.readAll(requests), BATCHES);
  }

  /** The topic's head and, with `read`, the state it reads in the same snapshot. */
  read<S>(topic: Topic, read?: (tx: Tx) => Promise<S>): Promise<Snapshot<S>> {
    return this.batcher.submit({ topic, read }) as Promise<Snapshot<S>>;
  }

  private readAll(requests: SnapshotRequest[]): Promise<Outcome<Snapshot<unknown>>[]> {
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
            outcomes.push({ ok: true, value: { head: heads.get(topic.key) ?? 0, state: read && (await read(tx)) } });
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

interface ResumeRequest {
  topic: Topic;
  seq: number;
}

/**
 * Reads where resuming streams stand, with the first page of what each
 * missed. Those asked for together share one statement, so a crowd of N
 * reconnecting clients costs the database a few statements instead of two or
 * three each, and the writes going on meanwhile are not queued behind them.
 */
export class ResumeReader {
  private readonly batcher: Batcher<ResumeRequest, Resume>;

  constructor(db: Db, pageSize: number) {
    this.batcher = new Batcher(
      async (requests): Promise<Outcome<Resume>[]> =>
        (await readResumes(db, requests, pageSize)).map((resume) => ({ ok: true, value: resume })),
      BATCHES,
    );
  }

  /** Where `seq` stands in `topic`, and the first page of events after it when it is resumable. */
  read<E extends EventPayload>(topic: Topic<E>, seq: number): Promise<Resume<E>> {
    return this.batcher.submit({ topic, seq }) as Promise<Resume<E>>;
  }
}
