import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from '../../db/columns';
import { users } from '../users/users.table';

/** The onboarding answers that are not part of the user's profile (names, phone and business type live on users). */
export const wizardStates = pgTable('wizard_states', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  manualPrompt: text('manual_prompt'),
  instagramHandle: text('instagram_handle'),
  telegramHandle: text('telegram_handle'),
  completedAt: timestamptz('completed_at'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export type WizardStateRow = typeof wizardStates.$inferSelect;
