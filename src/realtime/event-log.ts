import { and, asc, eq, gt, inArray, lte, sql, type Query, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
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
 *
 * Its time is the database's clock, read while the turn is held: within a
 * topic, times then grow with the sequence, across instances whatever their
 * clocks, which the event log's partitions by time rely on (see partitions.ts).
 */
export async function appendEvent<E extends EventPayload>(tx: Tx, topic: Topic<E>, build: () => E | Promise<E>): Promise<Envelope<E>> {
  const [head] = await tx
    .insert(topicHeads)
    .values({ topic: topic.key, seq: 1 })
    .onConflictDoUpdate({ target: topicHeads.topic, set: { seq: sql`${topicHeads.seq} + 1` } })
    .returning({ seq: topicHeads.seq });
  const event = await build();
  const [stored] = await tx
    .insert(events)
    .values({ topic: topic.key, seq: head!.seq, payload: event, createdAt: sql`clock_timestamp()` })
    .returning({ createdAt: events.createdAt });
  return { seq: head!.seq, at: stored!.createdAt.toISOString(), event };
}

const dialect = new PgDialect();

/** An event row of a raw statement, as node-postgres hands it over: bigint as a string, the time in epoch ms. */
interface EventRow {
  seq: number | string;
  payload: EventPayload;
  at: number;
}

function envelopeOf(row: EventRow): Envelope {
  return { seq: Number(row.seq), at: new Date(row.at).toISOString(), event: row.payload };
}

interface StoredRow extends EventRow {
  topic: string;
}

/**
 * A change whose events one statement can append, each to a different topic:
 * `prelude` is the statement's own data-modifying CTEs
 * (`name as (insert … returning …)`, comma-separated; PostgreSQL only runs
 * them at the top level), and `source` a query over them yielding
 * `topic text, payload jsonb`, at most one row per topic (its key). Row locks
 * the prelude takes come before the topics' turns, so other writers of those
 * topics must take them in that order too.
 *
 * Written once, with sql.placeholder for every value: its text never
 * changes, so it is built into SQL once per process, and PostgreSQL parses
 * and plans it once per connection (a prepared statement named `name`)
 * instead of once per batch of sends.
 */
export class AppendStatement {
  private readonly query: Query;

  constructor(
    private readonly name: string,
    { prelude, source }: { prelude: SQL; source: SQL },
  ) {
    // The topics' turns are taken in key order, so two such statements cannot deadlock over them.
    this.query = dialect.sqlToQuery(sql`
      with ${prelude},
      appended (topic, payload) as (${source}),
      heads as (
        insert into ${topicHeads} (topic, seq)
        select topic, 1 from appended order by topic
        on conflict (topic) do update set seq = ${topicHeads}.seq + 1
        returning topic, seq
      ),
      stored as (
        insert into ${events} (topic, seq, payload, created_at)
        select a.topic, h.seq, a.payload, clock_timestamp() from appended a join heads h using (topic)
        returning topic, seq, payload, created_at
      )
      select topic, seq, payload, (extract(epoch from created_at) * 1000)::float8 as at from stored`);
  }

  /** Runs the statement on `db` (a transaction or not) with the values of its placeholders; its rows as appendEventsFrom reads them. */
  async run(db: Db | Tx, values: Record<string, unknown>): Promise<StoredRow[]> {
    const result = await db._.session.prepareQuery(this.query, undefined, this.name, false).execute(values);
    // PostgreSQL's and PGlite's results alike carry `rows`.
    return (result as { rows: StoredRow[] }).rows;
  }
}

/** One run of an AppendStatement: the topics it may append to, and the values of its placeholders. */
export interface Append {
  statement: AppendStatement;
  topics: Topic[];
  values: Record<string, unknown>;
}

/**
 * Runs an Append: its change and its events in one statement, so one round
 * trip, atomic on its own or inside the caller's transaction. Returns the
 * events in the order of its topics, undefined for a topic the source gave
 * no row.
 */
export async function appendEventsFrom(db: Db | Tx, { statement, topics, values }: Append): Promise<(Envelope | undefined)[]> {
  const rows = await statement.run(db, values);
  const stored = new Map(rows.map((row) => [row.topic, row]));
  return topics.map((topic) => {
    const row = stored.get(topic.key);
    return row && envelopeOf(row);
  });
}

/** The last sequence number of a topic that the reader's snapshot can see; 0 before the first event. */
export async function readHead(db: Db | Tx, topic: Topic): Promise<number> {
  return (await readHeads(db, [topic])).get(topic.key) ?? 0;
}

/** The last sequence numbers of `topics` that the reader's snapshot can see, by topic key; a topic with no event yet is missing. */
export async function readHeads(db: Db | Tx, topics: Topic[]): Promise<Map<string, number>> {
  const keys = topics.map((topic) => topic.key);
  const rows = await db.select({ topic: topicHeads.topic, seq: topicHeads.seq }).from(topicHeads).where(inArray(topicHeads.topic, keys));
  return new Map(rows.map((row) => [row.topic, row.seq]));
}

// The topics of `positions` whose head is past the position given: PostgreSQL compares, so
// what comes back is only what is behind (usually nothing), however many topics are asked about.
const HEADS_AHEAD = dialect.sqlToQuery(sql`
  select h.topic, h.seq from ${jsonRows('positions', 'topic text, seq bigint')}
  join ${topicHeads} h using (topic)
  where h.seq > r.seq`);

/**
 * Of these topics and positions, those whose head is past the position, with
 * their heads: one prepared statement, whatever their number (see HeadCheck).
 */
export async function headsAhead(db: Db, positions: { topic: string; seq: number }[]): Promise<Map<string, number>> {
  const result = await db._.session
    .prepareQuery(HEADS_AHEAD, undefined, 'topic_heads_ahead', false)
    .execute({ positions: JSON.stringify(positions) });
  return new Map((result as { rows: { topic: string; seq: number | string }[] }).rows.map((row) => [row.topic, Number(row.seq)]));
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
    .where(and(eq(events.topic, topic.key), gt(events.seq, afterSeq), lte(events.seq, untilSeq)))
    .orderBy(asc(events.seq))
    .limit(limit);
  return rows.map((row) => ({ seq: row.seq, at: row.createdAt.toISOString(), event: row.payload as E }));
}

/**
 * Where a resume position stands in its topic: `ahead` of the head (a
 * position the topic never had), `expired` (the events right after it were
 * pruned by retention), or `resumable`.
 */
export type ResumeStanding = 'ahead' | 'expired' | 'resumable';

/** Where a resume position stands, and the first events after it when it is resumable. */
export interface Resume<E extends EventPayload = EventPayload> {
  standing: ResumeStanding;
  /** At most the limit's number of events after the position, up to the head, in order. */
  page: Envelope<E>[];
}

// For each position, where it stands (see ResumeStanding; behind its head, it has expired when
// retention pruned the event right after it) and, when resumable, the first events after it.
// Positions carry their index, so two of one topic stay apart.
const RESUMES = dialect.sqlToQuery(sql`
  with positions as (
    select r.i, r.topic, r.seq, coalesce(h.seq, 0) as head
    from ${jsonRows('positions', 'i int, topic text, seq bigint')}
    left join ${topicHeads} h using (topic)
  ),
  standing as (
    select p.*, case
      when p.seq > p.head then 'ahead'
      when p.seq < p.head and coalesce((select min(o.seq) from ${events} o where o.topic = p.topic) > p.seq + 1, true) then 'expired'
      else 'resumable'
    end as standing
    from positions p
  )
  select s.i, s.standing, e.seq, e.payload, (extract(epoch from e.created_at) * 1000)::float8 as at
  from standing s
  left join lateral (
    select seq, payload, created_at from ${events} e
    where s.standing = 'resumable' and e.topic = s.topic and e.seq > s.seq and e.seq <= s.head
    order by e.seq
    limit ${sql.placeholder('limit')}
  ) e on true
  order by s.i, e.seq`);

// The event's columns are null for a position without any event to replay.
type ResumeRow = { i: number; standing: ResumeStanding } & (EventRow | { seq: null });

/**
 * Where each of these positions stands in its topic and, when it is
 * resumable, the first `limit` events after it: one prepared statement,
 * whatever their number.
 */
export async function readResumes(db: Db, positions: { topic: Topic; seq: number }[], limit: number): Promise<Resume[]> {
  const input = positions.map(({ topic, seq }, i) => ({ i, topic: topic.key, seq }));
  const result = await db._.session
    .prepareQuery(RESUMES, undefined, 'event_log_resumes', false)
    .execute({ positions: JSON.stringify(input), limit });
  const resumes = positions.map((): Resume => ({ standing: 'resumable', page: [] }));
  for (const row of (result as { rows: ResumeRow[] }).rows) {
    const resume = resumes[row.i]!;
    resume.standing = row.standing;
    if (row.seq !== null) resume.page.push(envelopeOf(row));
  }
  return resumes;
}
