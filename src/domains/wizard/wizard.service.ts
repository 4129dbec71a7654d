import { isDeepStrictEqual } from 'node:util';
import { eq } from 'drizzle-orm';
import { requireViewer } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import type { Db, Tx } from '../../db/client';
import { BadUserInputError, NotFoundError } from '../../errors';
import { encodeCursor } from '../../realtime/cursor';
import type { Delivered } from '../../realtime/envelope';
import { readHead } from '../../realtime/event-log';
import type { StreamItem } from '../../realtime/stream';
import { checkOptionalText, checkText } from '../../validation';
import type { ServiceDeps } from '../service-deps';
import { withoutSecret, type UserView } from '../users/users.service';
import { users, type UserRow } from '../users/users.table';
import { toWizardStatus, wizardTopic, type ChannelKind, type WizardStatus } from './wizard.events';
import { wizardStates, type WizardStateRow } from './wizard.table';

/** updateProfile's input: a field left out (undefined) is kept, null or blank clears it. */
export interface ProfileInput {
  firstName?: string | null;
  lastName?: string | null;
  phoneNumber?: string | null;
  businessType?: string | null;
}

type Profile = Pick<UserRow, 'firstName' | 'lastName' | 'phoneNumber' | 'businessType'>;
type WizardAnswers = Partial<Pick<WizardStateRow, 'manualPrompt' | 'instagramHandle' | 'telegramHandle' | 'completedAt'>>;
/** The stored rows a status is computed from. */
interface StoredRecord {
  user: UserRow;
  state: WizardStateRow | null;
}

const NAME_MAX = 100;
const BUSINESS_TYPE_MAX = 100;
const PHONE_MAX = 32;
const PHONE_NUMBER = /^(?=.*\d)[\d +()-]{5,}$/;
const PROMPT_MAX = 10_000;
const HANDLE_MAX = 100;

const HANDLE_COLUMN: Record<ChannelKind, 'instagramHandle' | 'telegramHandle'> = {
  INSTAGRAM: 'instagramHandle',
  TELEGRAM: 'telegramHandle',
};

/** The viewer's onboarding wizard: its answers, its status and the stream of that status. */
export class WizardService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The viewer's status, with the cursor of the stream position it reflects. */
  async status(viewer: Viewer | null): Promise<Delivered<WizardStatus>> {
    const { id: userId } = requireViewer(viewer);
    return this.deps.db.transaction(async (tx) => withCursor(tx, userId, await readStatus(tx, userId)), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    });
  }

  async updateProfile(viewer: Viewer | null, input: ProfileInput): Promise<UserView> {
    const changes = checkProfile(input);
    const [user] = await this.write(viewer, async (tx, current) => {
      if (Object.values(changes).every((value) => value === undefined)) return current.user;
      const [updated] = await tx.update(users).set(changes).where(eq(users.id, current.user.id)).returning();
      return updated!;
    });
    return withoutSecret(user);
  }

  async saveManualPrompt(viewer: Viewer | null, text: string): Promise<Delivered<WizardStatus>> {
    const manualPrompt = checkText(text, 'text', { max: PROMPT_MAX });
    return this.writeAnswers(viewer, { manualPrompt });
  }

  /** Connects a channel, or replaces the handle of a connected one. */
  async connectChannel(viewer: Viewer | null, kind: ChannelKind, handle: string): Promise<Delivered<WizardStatus>> {
    const checked = checkText(handle, 'handle', { max: HANDLE_MAX });
    return this.writeAnswers(viewer, { [HANDLE_COLUMN[kind]]: checked });
  }

  /** Disconnecting a channel that is not connected changes nothing. */
  async disconnectChannel(viewer: Viewer | null, kind: ChannelKind): Promise<Delivered<WizardStatus>> {
    return this.writeAnswers(viewer, { [HANDLE_COLUMN[kind]]: null });
  }

  /** BAD_USER_INPUT until every field is filled; once complete, answers with the status and stays complete. */
  async complete(viewer: Viewer | null): Promise<Delivered<WizardStatus>> {
    const [, status] = await this.write(viewer, async (tx, current) => {
      const before = toWizardStatus(current);
      if (before.wizardComplete) return;
      if (!before.canComplete) {
        throw new BadUserInputError(`The wizard cannot be completed yet; missing: ${before.missingFields.join(', ')}.`);
      }
      await saveAnswers(tx, current.user.id, { completedAt: new Date() });
    });
    return status;
  }

  /**
   * The viewer's stream: the whole status first, then on every change. A
   * resume gets the current status too, since every event is the whole
   * status; its `after` must still be a cursor of this stream.
   */
  subscribe(viewer: Viewer | null, after: string | null | undefined): AsyncIterableIterator<StreamItem<WizardStatus>> {
    const { id: userId } = requireViewer(viewer);
    const topic = wizardTopic(userId);
    this.deps.realtime.resumePoint(topic, after);
    const stream = this.deps.realtime.stream({ topic, afterSeq: null, snapshot: (tx) => readStatus(tx, userId) });
    // A stream that starts from its snapshot never sends StreamReady.
    return stream as AsyncIterableIterator<StreamItem<WizardStatus>>;
  }

  private async writeAnswers(viewer: Viewer | null, answers: WizardAnswers): Promise<Delivered<WizardStatus>> {
    const [, status] = await this.write(viewer, (tx, current) => saveAnswers(tx, current.user.id, answers));
    return status;
  }

  /**
   * Runs `change` on the viewer's locked wizard and, when the status it
   * leaves differs from the one before, appends the new status to the
   * viewer's topic in the same transaction. Returns what `change` returned
   * and the status after it.
   */
  private async write<T>(
    viewer: Viewer | null,
    change: (tx: Tx, current: StoredRecord) => Promise<T>,
  ): Promise<[T, Delivered<WizardStatus>]> {
    const { id: userId } = requireViewer(viewer);
    return this.deps.realtime.write(async (tx, events) => {
      // The user's row lock takes this user's wizard writes in turn: `current` is
      // what the last event showed, and `status` is still final when appended.
      const current = await lockRecord(tx, userId);
      const result = await change(tx, current);
      const status = await readStatus(tx, userId);
      if (!isDeepStrictEqual(status, toWizardStatus(current))) await events.append(wizardTopic(userId), async () => status);
      return [result, await withCursor(tx, userId, status)];
    });
  }
}

function checkProfile(input: ProfileInput): Partial<Profile> {
  return {
    firstName: checkOptionalText(input.firstName, 'firstName', NAME_MAX),
    lastName: checkOptionalText(input.lastName, 'lastName', NAME_MAX),
    phoneNumber: checkPhoneNumber(input.phoneNumber),
    businessType: checkOptionalText(input.businessType, 'businessType', BUSINESS_TYPE_MAX),
  };
}

function checkPhoneNumber(value: string | null | undefined): string | null | undefined {
  const phone = checkOptionalText(value, 'phoneNumber', PHONE_MAX);
  if (phone && !PHONE_NUMBER.test(phone)) {
    throw new BadUserInputError('phoneNumber must be 5 to 32 digits, spaces, +, - or parentheses, with at least one digit.', {
      argumentName: 'phoneNumber',
    });
  }
  return phone;
}

/** Creates the user's wizard_states row on the first write. */
async function saveAnswers(tx: Tx, userId: string, answers: WizardAnswers): Promise<void> {
  const values = { ...answers, updatedAt: new Date() };
  await tx
    .insert(wizardStates)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: wizardStates.userId, set: values });
}

function selectRecord(db: Db | Tx, userId: string) {
  return db
    .select({ user: users, state: wizardStates })
    .from(users)
    .leftJoin(wizardStates, eq(wizardStates.userId, users.id))
    .where(eq(users.id, userId));
}

function found([record]: StoredRecord[]): StoredRecord {
  if (!record) throw new NotFoundError('User');
  return record;
}

// NO KEY UPDATE, the lock of an UPDATE that leaves the key alone: rows that reference the user can still be inserted meanwhile.
async function lockRecord(tx: Tx, userId: string): Promise<StoredRecord> {
  return found(await selectRecord(tx, userId).for('no key update', { of: users }));
}

async function readStatus(db: Db | Tx, userId: string): Promise<WizardStatus> {
  return toWizardStatus(found(await selectRecord(db, userId)));
}

/** The status with the cursor of the topic's head, as this transaction sees it. */
async function withCursor(tx: Tx, userId: string, status: WizardStatus): Promise<Delivered<WizardStatus>> {
  const topic = wizardTopic(userId);
  return { ...status, cursor: encodeCursor(topic, await readHead(tx, topic)), at: new Date().toISOString() };
}
