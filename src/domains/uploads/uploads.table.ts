import { index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from '../../db/columns';
import { users } from '../users/users.table';

export const UPLOAD_STEPS = ['PREPARING_DATA', 'UPLOAD_TO_UCM', 'INTERFACE_LOADER', 'JOURNAL_IMPORT', 'AUTO_POST'] as const;
export type UploadStep = (typeof UPLOAD_STEPS)[number];
export const uploadStepEnum = pgEnum('upload_step', UPLOAD_STEPS);

export const UPLOAD_STATES = ['QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED'] as const;
export type UploadState = (typeof UPLOAD_STATES)[number];
export const uploadStateEnum = pgEnum('upload_state', UPLOAD_STATES);

export const uploads = pgTable(
  'uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    transactionId: text('transaction_id').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    state: uploadStateEnum('state').notNull().default('QUEUED'),
    step: uploadStepEnum('step'),
    stepNumber: integer('step_number').notNull().default(0),
    message: text('message'),
    resultPath: text('result_path'),
    error: text('error'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('uploads_owner_idx').on(t.ownerId), index('uploads_state_idx').on(t.state)],
);

export type UploadRow = typeof uploads.$inferSelect;
