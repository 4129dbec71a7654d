import { Batcher, type Outcome } from '../db/batcher';
import type { Db } from '../db/client';
import { readResumes, type Resume } from './event-log';
import type { EventPayload, Topic } from './topics';

interface Request {
  topic: Topic;
  seq: number;
}

// Resumes asked for together (the clients of an instance that died, coming back to this one)
// share a statement of at most this many positions; two statements run at once.
const MAX_RESUMES = 200;
const CONCURRENCY = 2;

/**
 * Reads where resuming streams stand, with the first page of what each
 * missed. Those asked for together share one statement, so a crowd of N
 * reconnecting clients costs the database a few statements instead of two or
 * three each, and the writes going on meanwhile are not queued behind them.
 */
export class ResumeReader {
  private readonly batcher: Batcher<Request, Resume>;

  constructor(db: Db, pageSize: number) {
    this.batcher = new Batcher(
      async (requests): Promise<Outcome<Resume>[]> =>
        (await readResumes(db, requests, pageSize)).map((resume) => ({ ok: true, value: resume })),
      { maxSize: MAX_RESUMES, concurrency: CONCURRENCY },
    );
  }

  /** Where `seq` stands in `topic`, and the first page of events after it when it is resumable. */
  read<E extends EventPayload>(topic: Topic<E>, seq: number): Promise<Resume<E>> {
    return this.batcher.submit({ topic, seq }) as Promise<Resume<E>>;
  }
}
