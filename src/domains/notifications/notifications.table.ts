import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from '../../db/columns';
import { users } from '../users/users.table';

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    message: text('message').notNull(),
    readAt: timestamptz('read_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    // Newest-first pages and unread counts, per user.
    index('notifications_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    index('notifications_user_unread_idx').on(t.userId).where(sql`read_at is null`),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * Each user's number of unread notifications, changed in the same statement
 * or transaction as the notifications it counts. Its row lock orders the
 * counts the way a topic's head orders events (writers lock it first, then
 * the head), and reading it costs one row however many notifications there are.
 */
export const unreadCounts = pgTable('notification_unread_counts', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  unread: integer('unread').notNull(),
});
