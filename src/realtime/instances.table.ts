import { pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from '../db/columns';

/** Every running server instance and when it last said it is alive; what it records elsewhere counts only while it is. */
export const serverInstances = pgTable('server_instances', {
  id: text('id').primaryKey(),
  seenAt: timestamptz('seen_at').notNull().defaultNow(),
});
