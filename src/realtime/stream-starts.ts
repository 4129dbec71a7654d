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

/**
 * A state that many streams read, each by its own key (a user's unread
 * count, say), with one statement for any number of keys: the streams
 * starting together read theirs at once.
 */
export class KeyedSnapshot<K, S> {
  /** `readMany` gives the state of each key, in the keys' order (a key may come twice). */
  constructor(readonly readMany: (tx: Tx, keys: K[]) => Promise<S[]>) {}

  /** The state of `key`, as a stream's snapshot. */
  of(key: K): SnapshotOfKey<S> {
    return { keyed: this, key };
  }
}

export interface SnapshotOfKey<S> {
  // Any KeyedSnapshot: the key's type is between it and of().
  keyed: KeyedSnapshot<never, S>;
  key: unknown;
}

/** How a stream's state is read: by a read of its own, or by key (see KeyedSnapshot). */
export type SnapshotRead<S> = ((tx: Tx) => Promise<S>) | SnapshotOfKey<S>;

interface SnapshotRequest {
  topic: Topic;
  read: SnapshotRead<unknown> | undefined;
}

/**
 * Reads where streams starting from the present start. Those asked for
 * together share one read-only, repeatable-read transaction: one statement
 * reads all their topics' heads, then the states, one statement for all
 * those of a KeyedSnapshot and one for each other. N subscriptions by key
 * cost a few statements instead of 4N, and every state still matches its head.
 */
export class SnapshotReader {
  private readonly batcher: Batcher<SnapshotRequest, Snapshot<unknown>>;

  constructor(private readonly db: Db) {
    this.batcher = new Batcher((requests) => this.readAll(requests), BATCHES);
  }

  /** The topic's head and, with `read`, the state it reads in the same snapshot. */
  read<S>(topic: Topic, read?: SnapshotRead<S>): Promise<Snapshot<S>> {
    return this.batcher.submit({ topic, read }) as Promise<Snapshot<S>>;
  }

  private readAll(requests: SnapshotRequest[]): Promise<Outcome<Snapshot<unknown>>[]> {
    return this.db.transaction(
      async (tx) => {
        const heads = await readHeads(
          tx,
          requests.map((request) => request.topic),
        );
        const keyedStates = await readKeyed(tx, requests);
        const outcomes: Outcome<Snapshot<unknown>>[] = [];
        // One after another: a transaction is one connection's, which runs one statement at a time.
        // A read that fails in the database aborts the transaction, and the reads after it fail with it.
        for (const [index, { topic, read }] of requests.entries()) {
          const head = heads.get(topic.key) ?? 0;
          const keyed = keyedStates.get(index);
          if (keyed && !keyed.ok) {
            outcomes.push(keyed);
            continue;
          }
          try {
            const state = typeof read === 'function' ? await read(tx) : keyed?.value;
            outcomes.push({ ok: true, value: { head, state } });
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

/** The states of the requests read by key, by the request's index: one statement for each KeyedSnapshot. */
async function readKeyed(tx: Tx, requests: SnapshotRequest[]): Promise<Map<number, Outcome<unknown>>> {
  const byKeyed = new Map<KeyedSnapshot<never, unknown>, { indexes: number[]; keys: unknown[] }>();
  for (const [index, { read }] of requests.entries()) {
    if (!read || typeof read === 'function') continue;
    const group = byKeyed.get(read.keyed) ?? { indexes: [], keys: [] };
    byKeyed.set(read.keyed, group);
    group.indexes.push(index);
    group.keys.push(read.key);
  }
  const states = new Map<number, Outcome<unknown>>();
  for (const [keyed, { indexes, keys }] of byKeyed) {
    try {
      // Each key came from of() on this same KeyedSnapshot.
      const all = await keyed.readMany(tx, keys as never[]);
      for (const [i, index] of indexes.entries()) states.set(index, { ok: true, value: all[i] });
    } catch (error) {
      for (const index of indexes) states.set(index, { ok: false, error });
    }
  }
  return states;
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
