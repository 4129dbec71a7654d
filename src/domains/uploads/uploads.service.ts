import { and, desc, eq } from 'drizzle-orm';
import type { Role } from '../../auth/roles';
import { ADMINS, isAdmin, requireRole, requireViewer } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import type { Db, Tx } from '../../db/client';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors';
import type { EventWriter } from '../../realtime/realtime';
import { checkId, checkInt, checkOptionalText, checkText } from '../../validation';
import type { NewNotification } from '../notifications/notifications.service';
import type { ServiceDeps } from '../service-deps';
import { users, type UserRow } from '../users/users.table';
import { withoutSecret } from '../users/users.service';
import { ownerUploadsTopic, toUploadView, uploadTopic, type UploadEvent, type UploadSnapshot, type UploadView } from './uploads.events';
import { UPLOAD_STEPS, uploads, type UploadRow, type UploadState, type UploadStep } from './uploads.table';

/** The longest text each argument may have. */
export const TEXT_LIMITS = { transactionId: 200, message: 500, resultPath: 1024, error: 2000 };
/** How many uploads one `uploads` query returns. */
export const LIST_SIZE = { default: 50, max: 200 };

/** Who runs uploads: the worker's service account, or an admin by hand. */
const RUNNERS: Role[] = ['SERVICE', ...ADMINS];
const LAST_STEP = UPLOAD_STEPS[UPLOAD_STEPS.length - 1]!;

type UploadChange = Partial<Pick<UploadRow, 'state' | 'step' | 'stepNumber' | 'message' | 'resultPath' | 'error'>>;
type Notice = Omit<NewNotification, 'userId'>;

/** Long-running uploads: their owners start them, a worker reports each step, owners and admins watch them live. */
export class UploadsService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Any signed-in user queues an upload of their own. */
  async start(viewer: Viewer | null, transactionId: string): Promise<UploadView> {
    const { id: ownerId } = requireViewer(viewer);
    const checkedTransactionId = checkText(transactionId, 'transactionId', { max: TEXT_LIMITS.transactionId });
    return this.deps.realtime.write(async (tx, events) => {
      const now = new Date();
      const [row] = await tx
        .insert(uploads)
        .values({ transactionId: checkedTransactionId, ownerId, createdAt: now, updatedAt: now })
        .returning({ id: uploads.id });
      const upload = await loadUpload(tx, row!.id);
      await announce(events, 'UploadStarted', upload);
      return upload;
    });
  }

  /** The worker reports the next step; the first report moves the upload from QUEUED to PROCESSING. */
  async reportProgress(viewer: Viewer | null, uploadId: string, step: UploadStep, message: string | null | undefined): Promise<UploadView> {
    requireRole(viewer, ...RUNNERS);
    const id = checkId(uploadId, 'uploadId');
    const stepMessage = checkOptionalText(message, 'message', TEXT_LIMITS.message) ?? null;
    return this.transition(id, 'UploadProgressed', (row) => {
      checkNextStep(row, step);
      return { state: 'PROCESSING', step, stepNumber: row.stepNumber + 1, message: stepMessage };
    });
  }

  /** The worker finishes an upload whose last step was reported; the owner is notified. */
  async complete(viewer: Viewer | null, uploadId: string, resultPath: string | null | undefined): Promise<UploadView> {
    requireRole(viewer, ...RUNNERS);
    const id = checkId(uploadId, 'uploadId');
    const path = checkOptionalText(resultPath, 'resultPath', TEXT_LIMITS.resultPath) ?? null;
    return this.transition(
      id,
      'UploadCompleted',
      (row) => {
        checkLastStepReported(row);
        return { state: 'COMPLETED', resultPath: path };
      },
      (upload) => ({
        kind: 'upload.completed',
        title: 'Upload completed',
        message: `Upload ${upload.transactionId} completed.${path ? ` Result: ${path}` : ''}`,
      }),
    );
  }

  /** The worker gives up on an upload that has not ended; the owner is notified. */
  async fail(viewer: Viewer | null, uploadId: string, error: string): Promise<UploadView> {
    requireRole(viewer, ...RUNNERS);
    const id = checkId(uploadId, 'uploadId');
    const reason = checkText(error, 'error', { max: TEXT_LIMITS.error });
    return this.transition(
      id,
      'UploadFailed',
      (row) => {
        checkNotEnded(row);
        return { state: 'FAILED', error: reason };
      },
      (upload) => ({ kind: 'upload.failed', title: 'Upload failed', message: `Upload ${upload.transactionId} failed: ${reason}` }),
    );
  }

  /** One upload, for its owner, admins and service accounts. */
  async get(viewer: Viewer | null, id: string): Promise<UploadView> {
    const reader = requireViewer(viewer);
    const upload = await loadUpload(this.deps.db, checkId(id, 'id'));
    if (!mayRead(reader, upload)) throw new ForbiddenError('Only its owner, admins and service accounts may read this upload.');
    return upload;
  }

  /** Newest first: the viewer's own uploads, or every upload for admins and service accounts (how a worker finds the QUEUED ones). */
  async list(viewer: Viewer | null, args: { state?: UploadState | null; first: number }): Promise<UploadView[]> {
    const reader = requireViewer(viewer);
    const first = checkInt(args.first, 'first', 1, LIST_SIZE.max);
    const seesAll = isAdmin(reader) || reader.role === 'SERVICE';
    const rows = await selectUploads(this.deps.db)
      .where(and(seesAll ? undefined : eq(uploads.ownerId, reader.id), args.state ? eq(uploads.state, args.state) : undefined))
      .orderBy(desc(uploads.createdAt), desc(uploads.id))
      .limit(first);
    return rows.map(toView);
  }

  /**
   * One upload's events (its owner and admins), starting with its snapshot;
   * without uploadId, every upload of the viewer's, starting with StreamReady.
   */
  async subscribe(viewer: Viewer | null, uploadId: string | null | undefined, after: string | null | undefined) {
    const watcher = requireViewer(viewer);
    const { realtime } = this.deps;
    if (uploadId == null) {
      const topic = ownerUploadsTopic(watcher.id);
      return realtime.stream<UploadEvent, UploadSnapshot>({ topic, afterSeq: realtime.resumePoint(topic, after) });
    }
    const id = checkId(uploadId, 'uploadId');
    if (!mayWatch(watcher, await loadUpload(this.deps.db, id)))
      throw new ForbiddenError('Only its owner and admins may watch this upload.');
    const topic = uploadTopic(id);
    return realtime.stream<UploadEvent, UploadSnapshot>({
      topic,
      afterSeq: realtime.resumePoint(topic, after),
      snapshot: async (tx) => ({ __typename: 'UploadSnapshot', upload: await loadUpload(tx, id) }),
    });
  }

  /** Locks the upload, applies the change `decide` allows, announces it, and notifies the owner when `notice` says so. */
  private transition(
    id: string,
    event: Exclude<UploadEvent['__typename'], 'UploadStarted'>,
    decide: (row: UploadRow) => UploadChange,
    notice?: (upload: UploadView) => Notice,
  ): Promise<UploadView> {
    return this.deps.realtime.write(async (tx, events) => {
      // The row lock makes concurrent reports take turns, so each sees the step the other wrote.
      const [current] = await tx.select().from(uploads).where(eq(uploads.id, id)).for('update');
      if (!current) throw new NotFoundError('Upload');
      await tx
        .update(uploads)
        .set({ ...decide(current), updatedAt: new Date() })
        .where(eq(uploads.id, id));
      const upload = await loadUpload(tx, id);
      await announce(events, event, upload);
      if (notice) await this.deps.notifications.create(events, { userId: upload.owner.id, ...notice(upload) });
      return upload;
    });
  }
}

/** Owners and admins may watch an upload live. */
function mayWatch(viewer: Viewer, upload: UploadView): boolean {
  return viewer.id === upload.owner.id || isAdmin(viewer);
}

/** Service accounts may also read one, to run it. */
function mayRead(viewer: Viewer, upload: UploadView): boolean {
  return mayWatch(viewer, upload) || viewer.role === 'SERVICE';
}

function checkNotEnded(row: UploadRow): void {
  if (row.state === 'COMPLETED' || row.state === 'FAILED') {
    throw new BadUserInputError(`This upload has already ended: it is ${row.state}.`, { argumentName: 'uploadId' });
  }
}

/** Steps come one at a time, in UPLOAD_STEPS order: a repeated or skipped step is refused. */
function checkNextStep(row: UploadRow, step: UploadStep): void {
  checkNotEnded(row);
  const expected = UPLOAD_STEPS[row.stepNumber];
  if (!expected) throw new BadUserInputError('Every step was reported: complete or fail the upload.', { argumentName: 'step' });
  if (step !== expected) throw new BadUserInputError(`The next step is ${expected}, not ${step}.`, { argumentName: 'step' });
}

function checkLastStepReported(row: UploadRow): void {
  checkNotEnded(row);
  if (row.step !== LAST_STEP) {
    throw new BadUserInputError(`Report every step up to ${LAST_STEP} before completing the upload.`, { argumentName: 'uploadId' });
  }
}

/**
 * Both topics get the event: the upload's own, and its owner's. The event is
 * read before its turn on the topics, which is safe here: the upload's row
 * lock (or its fresh insert) already keeps its other writers waiting.
 */
async function announce(events: EventWriter, typename: UploadEvent['__typename'], upload: UploadView): Promise<void> {
  const event: UploadEvent = { __typename: typename, upload };
  await events.append(uploadTopic(upload.id), () => event);
  await events.append(ownerUploadsTopic(upload.owner.id), () => event);
}

function selectUploads(db: Db | Tx) {
  return db.select({ upload: uploads, owner: users }).from(uploads).innerJoin(users, eq(users.id, uploads.ownerId));
}

function toView({ upload, owner }: { upload: UploadRow; owner: UserRow }): UploadView {
  return toUploadView(upload, withoutSecret(owner));
}

/** The upload with its owner; NOT_FOUND when there is none. */
async function loadUpload(db: Db | Tx, id: string): Promise<UploadView> {
  const [found] = await selectUploads(db).where(eq(uploads.id, id));
  if (!found) throw new NotFoundError('Upload');
  return toView(found);
}
