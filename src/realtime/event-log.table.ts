import { bigint, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from '../db/columns';

/**
 * The last sequence number handed out per topic. Its row lock, held until the
 * writing transaction commits, is what makes a topic's sequence grow in commit order.
 */
export const topicHeads = pgTable('topic_heads', {
  topic: text('topic').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
});

/**
 * Durable events, replayed to subscribers that resume with `after`.
 * Partitioned by `created_at` (drizzle/0004_event_partitions.sql; see
 * partitions.ts), which is why the primary key holds it: PostgreSQL requires
 * the partition key in every unique index. `(topic, seq)` alone is unique
 * because topicHeads hands out each topic's numbers, each once.
 */
export const events = pgTable(
  'events',
  {
    topic: text('topic').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.topic, t.seq, t.createdAt] })],
);
