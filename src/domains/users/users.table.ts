import { integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../auth/roles';
import { timestamptz } from '../../db/columns';

export const roleEnum = pgEnum('role', ROLES);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-cased, so sign-in is case-insensitive and unique. */
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: roleEnum('role').notNull().default('USER'),
  firstName: text('first_name'),
  lastName: text('last_name'),
  phoneNumber: text('phone_number'),
  businessType: text('business_type'),
  /** Tokens carry the version they were issued under; revokeSessions increments it, so every earlier token fails. */
  tokenVersion: integer('token_version').notNull().default(0),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export type UserRow = typeof users.$inferSelect;
