import { and, asc, eq, gt, lt, lte, min, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { jsonRows } from '../db/json-rows';
import type { Envelope } from './envelope';
import { events, topicHeads } from './event-log.table';
import type { EventPayload, Topic } from './topics';

/**
 * Appends a durable event inside the caller's transaction. The topic's head
 * row stays locked until that transaction ends, so concurrent writers to one
 * topic take turns: sequence numbers grow in commit order, and `build` sees
 * every change committed before its own event.
 */
export async function appendEvent<E extends EventPayload>(
  tx: Tx,
  topic: Topic<E>,
  build: () => E | Promise<E>,
): Promise<Envelope<E>> {
  const [head] = await tx
    .insert(topicHeads)
    .values({ topic: topic.key, seq: 1 })
    .onConflictDoUpdate({ target: topicHeads.topic, set: { seq: sql`${topicHeads.seq} + 1` } })
    .returning({ seq: topicHeads.seq });
  const event = await build();
  const at = new Date();
  await tx.insert(events).values({ topic: topic.key, seq: head!.seq, payload: event, createdAt: at });
  return { seq: head!.seq, at: at.toISOString(), event };
}

/**
 * appendEvent for many topics at once, each a different topic: one statement
 * takes every topic's turn (in key order, so two batches cannot deadlock),
 * then `build` returns the events in the order of `topics`, and one statement
 * stores them.
 */
export async function appendEvents<E extends EventPayload>(
  tx: Tx,
  topics: Topic<E>[],
  build: () => Promise<E[]>,
): Promise<Envelope<E>[]> {
  if (topics.length === 0) return [];
  const heads = await tx
    .insert(topicHeads)
    .select(sql`select r.topic, 1 from ${jsonRows(topics.map((topic) => ({ topic: topic.key })), 'topic text')} order by r.topic`)
    .onConflictDoUpdate({ target: topicHeads.topic, set: { seq: sql`${topicHeads.seq} + 1` } })
    .returning({ topic: topicHeads.topic, seq: topicHeads.seq });
  const seqOf = new Map(heads.map((head) => [head.topic, head.seq]));
  const built = await build();
  const at = new Date().toISOString();
  const rows = topics.map((topic, i) => ({ topic: topic.key, seq: seqOf.get(topic.key)!, payload: built[i]! }));
  await tx
    .insert(events)
    .select(sql`select r.topic, r.seq, r.payload, ${at}::timestamptz from ${jsonRows(rows, 'topic text, seq bigint, payload jsonb')}`);
  return rows.map((row) => ({ seq: row.seq, at, event: row.payload }));
}

/** The last sequence number of a topic that the reader's snapshot can see; 0 before the first event. */
export async function readHead(db: Db | Tx, topic: Topic): Promise<number> {
  const [head] = await db.select({ seq: topicHeads.seq }).from(topicHeads).where(eq(topicHeads.topic, topic.key));
  return head?.seq ?? 0;
}

/** At most `limit` durable events of a topic after `afterSeq` and up to `untilSeq`, in order. */
export async function readEvents<E extends EventPayload>(
  db: Db,
  topic: Topic<E>,
  afterSeq: number,
  untilSeq: number,
  limit: number,
): Promise<Envelope<E>[]> {
  const rows = await db
    .select()
    .from(events)
    .where(
      and(
        eq(events.topic, topic.key),
        gt(events.seq, afterSeq),
        lte(events.seq, untilSeq),
      ),
    )
    .orderBy(asc(events.seq))
    .limit(limit);
  return rows.map((row) => ({ seq: row.seq, at: row.createdAt.toISOString(), event: row.payload as E }));
}

/**
 * True when the events right after `afterSeq` are no longer kept (pruned by
 * retention) or the position is one this topic never reached.
 */
export async function isExpired(db: Db, topic: Topic, afterSeq: number): Promise<boolean> {
  const head = await readHead(db, topic);
  if (afterSeq > head) return true;
  if (afterSeq === head) return false;
  const [oldest] = await db.select({ seq: min(events.seq) }).from(events).where(eq(events.topic, topic.key));
  return oldest?.seq == null || oldest.seq > afterSeq + 1;
}

/** Deletes the events written before `before`; returns how many. */
export async function pruneEvents(db: Db, before: Date): Promise<number> {
  const deleted = await db.delete(events).where(lt(events.createdAt, before)).returning({ seq: events.seq });
  return deleted.length;
}
