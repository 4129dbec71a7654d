import { bigint, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from '../db/columns';

/**
 * The last sequence number handed out per topic. Its row lock, held until the
 * writing transaction commits, is what makes a topic's sequence grow in commit order.
 */
export const topicHeads = pgTable('topic_heads', {
  topic: text('topic').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
});

/** Durable events, replayed to subscribers that resume with `after`. */
export const events = pgTable(
  'events',
  {
    topic: text('topic').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.topic, t.seq] }), index('events_created_at_idx').on(t.createdAt)],
);
