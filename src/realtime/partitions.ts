import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';

/**
 * The event log's partitions (drizzle/0004_event_partitions.sql made `events`
 * a table partitioned by range of `created_at`). The server creates them
 * ahead of time and drops those wholly older than the retention; every
 * instance does both, one at a time.
 *
 * Why time, and why the database's clock: retention is by age, so a
 * partition by time is dropped whole. And `created_at` is the database's
 * clock_timestamp() taken while the event's transaction holds its topic's
 * turn (see appendEvent), so within a topic it grows with the sequence:
 * whatever is dropped, each topic loses a prefix of its sequence, never a
 * hole, and the oldest sequence number left still says which cursors expired
 * (readResumes).
 */

/** A range of times in epoch milliseconds, from inclusive, to exclusive; null for an open end. */
export interface Range {
  from: number | null;
  to: number | null;
}

export interface Partition extends Range {
  name: string;
}

/** The partition rows go to when no other covers their time; made by the migration, normally empty. */
const DEFAULT_PARTITION = 'events_default';
// Any fixed number other than the migrations' lock: instances take turns at changing the partitions.
const PARTITIONS_LOCK = 727_102;
// How many partitions exist beyond the current one: the next write always has its partition,
// even when a few runs of the maintenance fail.
const AHEAD = 2;

/**
 * How long one partition covers: a quarter of the retention, so an event is
 * kept at most a quarter longer than the retention and the log has about
 * seven partitions, whatever the retention (at least 250 ms, for tests).
 */
export function partitionPeriodMs(retentionMs: number): number {
  return Math.max(250, Math.floor(retentionMs / 4));
}

/** The parts of `wanted` that no range of `covered` holds, in order. */
export function uncovered(covered: Range[], wanted: { from: number; to: number }): { from: number; to: number }[] {
  const sorted = [...covered].sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
  const gaps: { from: number; to: number }[] = [];
  let from = wanted.from;
  for (const range of sorted) {
    if (from >= wanted.to) break;
    const start = range.from ?? -Infinity;
    const end = range.to ?? Infinity;
    if (end <= from || start >= wanted.to) continue;
    if (start > from) gaps.push({ from, to: start });
    from = Math.max(from, end);
  }
  if (from < wanted.to) gaps.push({ from, to: wanted.to });
  return gaps;
}

/** The time literal of a bound: built from a number, so safe to put in DDL (which takes no parameters). */
const literal = (ms: number) => `'${new Date(ms).toISOString()}'::timestamptz`;

/** The partition's name: events_ and its start in UTC, `events_20270101t000000000z`. */
const partitionName = (from: number) =>
  `events_${new Date(from)
    .toISOString()
    .replace(/[^\dTZ]/g, '')
    .toLowerCase()}`;

// The range of every partition but the default, from PostgreSQL's own text of its bounds.
const BOUNDS = sql.raw(String.raw`
  select c.relname as name,
    (extract(epoch from b[1]::timestamptz) * 1000)::float8 as "from",
    (extract(epoch from b[2]::timestamptz) * 1000)::float8 as "to"
  from pg_inherits i
  join pg_class c on c.oid = i.inhrelid
  cross join lateral regexp_match(pg_get_expr(c.relpartbound, c.oid),
    $re$^FOR VALUES FROM \((?:'([^']*)'|MINVALUE)\) TO \((?:'([^']*)'|MAXVALUE)\)$$re$) b
  where i.inhparent = 'events'::regclass and b is not null`);

/** The rows of a statement; PostgreSQL's and PGlite's results alike carry `rows`. */
async function rows<T>(db: Db | Tx, statement: SQL): Promise<T[]> {
  return ((await db.execute(statement)) as { rows: T[] }).rows;
}

/** Every partition but the default, with its range. */
export function partitions(db: Db | Tx): Promise<Partition[]> {
  return rows<Partition>(db, BOUNDS);
}

/** The database's time in epoch milliseconds: the clock events are stamped with. */
async function databaseNow(tx: Tx): Promise<number> {
  const [row] = await rows<{ now: number }>(tx, sql`select (extract(epoch from clock_timestamp()) * 1000)::float8 as now`);
  return row!.now;
}

/**
 * Schema changes wait at most this long for a lock: dropping a partition
 * needs the whole table to itself, and while it waits, writers queue behind
 * it. Better to give up and try again at the next run.
 */
const LOCK_TIMEOUT = sql.raw(`set local lock_timeout = '1s'`);

/**
 * Makes sure partitions cover the current period and the AHEAD after it.
 * Each is made empty and then attached, which leaves writers and readers of
 * the other partitions alone (creating it as a partition would wait for
 * them all). A time the default partition already holds rows of gets no
 * partition (PostgreSQL would refuse it): those rows and their period stay
 * in the default, whose old rows retention deletes.
 */
export async function createPartitionsAhead(db: Db, periodMs: number): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.execute(LOCK_TIMEOUT);
    // Instances take turns, and each sees what the one before created.
    await tx.execute(sql`select pg_advisory_xact_lock(${PARTITIONS_LOCK})`);
    const now = await databaseNow(tx);
    const current = Math.floor(now / periodMs) * periodMs;
    const existing = await partitions(tx);
    const created: string[] = [];
    // Period by period, so that each partition can be dropped as soon as its period is old enough.
    for (let start = current; start <= current + AHEAD * periodMs; start += periodMs) {
      for (const gap of uncovered(existing, { from: start, to: start + periodMs })) {
        if (await defaultHoldsRows(tx, gap.from, gap.to)) continue;
        const name = partitionName(gap.from);
        await tx.execute(sql.raw(`create table "${name}" (like events including defaults)`));
        await tx.execute(
          sql.raw(`alter table events attach partition "${name}" for values from (${literal(gap.from)}) to (${literal(gap.to)})`),
        );
        created.push(name);
      }
    }
    return created;
  });
}

async function defaultHoldsRows(tx: Tx, from: number, to: number): Promise<boolean> {
  const [row] = await rows<{ held: boolean }>(
    tx,
    sql.raw(
      `select exists (select from ${DEFAULT_PARTITION} where created_at >= ${literal(from)} and created_at < ${literal(to)}) as held`,
    ),
  );
  return row!.held;
}

/**
 * Drops the partitions whose every event is older than `retentionMs` by the
 * database's clock, and deletes the default partition's rows that are: all in one
 * transaction, so a reader sees each topic lose a prefix of its sequence at
 * once, never a hole on the way.
 */
export async function dropExpiredPartitions(db: Db, retentionMs: number): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.execute(LOCK_TIMEOUT);
    await tx.execute(sql`select pg_advisory_xact_lock(${PARTITIONS_LOCK})`);
    const before = (await databaseNow(tx)) - retentionMs;
    await tx.execute(sql.raw(`delete from ${DEFAULT_PARTITION} where created_at < ${literal(before)}`));
    const expired = (await partitions(tx)).filter((p) => p.to !== null && p.to <= before).map((p) => p.name);
    for (const name of expired) await tx.execute(sql.raw(`drop table "${name}"`));
    return expired;
  });
}
