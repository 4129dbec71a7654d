import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

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
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.topic, t.seq] }), index('events_created_at_idx').on(t.createdAt)],
);
