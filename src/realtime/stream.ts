import { GraphQLError } from 'graphql';
import type { Db } from '../db/client';
import { BadUserInputError, CursorExpiredError, SlowConsumerError } from '../errors';
import { unavailable } from '../unavailable';
import { encodeCursor } from './cursor';
import type { Delivered, Envelope, StreamReady } from './envelope';
import { readEvents } from './event-log';
import { Inbox, InboxOverflow } from './inbox';
import type { ResumeReader, SnapshotRead, SnapshotReader } from './stream-starts';
import type { PubSub } from './pubsub';
import type { EventPayload, Topic } from './topics';

/** Ends a stream with an error its subscriber receives as a GraphQL error. */
export class StreamFailure {
  constructor(readonly error: GraphQLError) {}
}

export type StreamItem<T extends EventPayload> = Delivered<T> | StreamFailure;

export interface StreamSpec<E extends EventPayload, S extends EventPayload, C extends EventPayload = EventPayload> {
  topic: Topic<E>;
  /** The sequence number of the client's `after` cursor, already checked; null starts from the present. */
  afterSeq: number | null;
  /**
   * The current state, read in the same database snapshot as the topic's
   * position, sent first when starting from the present. Without it the
   * stream starts with StreamReady.
   */
  snapshot?: SnapshotRead<S>;
  /**
   * Ends the stream with the error `check` returns for an event of another
   * topic (a user's access topic, say): the subscriber lost the right to read.
   */
  endWhen?: { topic: Topic<C>; check(event: C): GraphQLError | undefined };
  /**
   * Runs once the stream listens (to endWhen's topic too) and throws if the
   * subscriber may no longer read: a right lost between the service's check
   * and the start of listening is not missed.
   */
  verifyAccess?: () => Promise<void>;
  /** Runs once the stream has ended, however it ended. */
  onClose?: () => void | Promise<void>;
}

export interface StreamDeps {
  db: Db;
  /** Where a stream starting from the present reads the topic's position, and its snapshot with it. */
  snapshots: SnapshotReader;
  /** Where a resume's position is checked and its first page of missed events read. */
  resumes: ResumeReader;
  pubsub: PubSub;
  /** How many live events may wait for a slow subscriber before it gets SLOW_CONSUMER. */
  bufferSize: number;
  /** Called for every event handed to the subscriber, with the time a live event was written (null for the others). */
  onDeliver(liveSince: string | null): void;
  /** Called with an unexpected error that ended a stream. */
  onError(error: unknown): void;
  /** The streams running in this process, each from the moment it listens until it ends (see Realtime). */
  running: Set<RunningStream>;
}

/** A stream as the real-time core follows it: its topic, how far it has heard, and how to make it read what it missed. */
export interface RunningStream {
  readonly topic: Topic;
  /** The highest sequence number this stream has sent or been published. */
  readonly position: number;
  /** Reads back from the log whatever the stream has not sent yet. */
  resync(): void;
}

export const REPLAY_PAGE = 500;
const RESYNC = Symbol('resync');

// One object per live event and process: pub/sub hands every subscriber of a
// topic the same envelope, and each then gets the same delivery, so GraphQL
// can run an operation once for them all (see useSharedEventExecution).
const liveDeliveries = new WeakMap<Envelope, Delivered>();

/**
 * A subscription that never misses a committed event: it listens to the
 * topic first, then sends the snapshot (or replays from the cursor from the
 * event log), then the live events, skipping those already sent and reading
 * any gap in the sequence back from the log.
 *
 * A class rather than closures: thousands of idle streams are normal, and
 * its methods are shared by all of them.
 */
export class Stream<E extends EventPayload, S extends EventPayload, C extends EventPayload>
  implements AsyncIterableIterator<StreamItem<E | S | StreamReady>>, RunningStream
{
  // RESYNC asks the stream to read what it may have missed back from the log.
  private readonly inbox: Inbox<Envelope<E> | typeof RESYNC>;
  private readonly source: AsyncGenerator<StreamItem<E | S | StreamReady>>;
  readonly topic: Topic<E>;
  private readonly endWhen: StreamSpec<E, S, C>['endWhen'];
  private readonly onClose: StreamSpec<E, S, C>['onClose'];
  // Needed only to start, and let go of then: an idle stream keeps only what it listens with.
  private startWith: Pick<StreamSpec<E, S, C>, 'afterSeq' | 'snapshot' | 'verifyAccess'> | undefined;
  private last = 0;
  // The highest sequence number published to this stream.
  private heard = 0;

  constructor(
    private readonly deps: StreamDeps,
    { topic, endWhen, onClose, ...startWith }: StreamSpec<E, S, C>,
  ) {
    this.topic = topic;
    this.endWhen = endWhen;
    this.onClose = onClose;
    this.startWith = startWith;
    this.inbox = new Inbox(deps.bufferSize);
    this.source = this.run();
  }

  next(): Promise<IteratorResult<StreamItem<E | S | StreamReady>>> {
    return this.source.next();
  }

  // End the inbox first, so a subscriber waiting for the next event is released at once.
  return(): Promise<IteratorResult<StreamItem<E | S | StreamReady>>> {
    this.inbox.end();
    return this.source.return(undefined);
  }

  throw(error: unknown): Promise<IteratorResult<StreamItem<E | S | StreamReady>>> {
    this.inbox.end();
    return this.source.throw(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  get position(): number {
    return Math.max(this.heard, this.last);
  }

  /** What was published meanwhile (the broker was away, say) is read back from the log. */
  resync(): void {
    this.inbox.push(RESYNC);
  }

  private cursor(seq: number): string {
    return encodeCursor(this.topic, seq);
  }

  private delivery<T extends EventPayload>(event: T, seq: number | null, at: string): Delivered<T> {
    return { ...event, cursor: seq === null ? null : this.cursor(seq), at };
  }

  private deliver<T extends EventPayload>(event: T, seq: number, at: string): Delivered<T> {
    this.deps.onDeliver(null);
    return this.delivery(event, seq, at);
  }

  private deliverLive(envelope: Envelope<E>): Delivered<E> {
    this.deps.onDeliver(envelope.at);
    let delivered = liveDeliveries.get(envelope) as Delivered<E> | undefined;
    if (!delivered) {
      delivered = this.delivery(envelope.event, envelope.seq, envelope.at);
      liveDeliveries.set(envelope, delivered);
    }
    return delivered;
  }

  private async *replay(untilSeq: number): AsyncGenerator<Delivered<E>> {
    for (;;) {
      const page = await readEvents(this.deps.db, this.topic, this.last, untilSeq, REPLAY_PAGE);
      yield* this.replayed(page);
      if (page.length < REPLAY_PAGE) return;
    }
  }

  /** A page of events read back from the log, in order. */
  private *replayed(page: Envelope<E>[]): Generator<Delivered<E>> {
    for (const envelope of page) {
      this.last = envelope.seq!;
      yield this.deliver(envelope.event, this.last, envelope.at);
    }
  }

  // Its own function, so the frame holding the snapshot ends with it.
  private async *start(): AsyncGenerator<Delivered<E | S | StreamReady>> {
    const { topic } = this;
    const { afterSeq, snapshot, verifyAccess } = this.startWith!;
    this.startWith = undefined;
    await verifyAccess?.();
    if (afterSeq === null) {
      const { head, state } = await this.deps.snapshots.read(topic, snapshot);
      this.last = head;
      // A stream with a snapshot starts with it, not with StreamReady.
      if (snapshot) {
        yield this.deliver(state!, head, new Date().toISOString());
        return;
      }
    } else {
      const { standing, page } = await this.deps.resumes.read(topic, afterSeq);
      // Not a cursor this stream ever gave out (a forged one, or one of a database since wiped).
      if (standing === 'ahead')
        throw new BadUserInputError('`after` is ahead of this stream: no event has that position yet.', { argumentName: 'after' });
      if (standing === 'expired') throw new CursorExpiredError();
      this.last = afterSeq;
      yield* this.replayed(page);
      // A full page may not be all: the rest is read page by page.
      if (page.length === REPLAY_PAGE) yield* this.replay(Number.MAX_SAFE_INTEGER);
    }
    yield this.deliver({ __typename: 'StreamReady' } as const, this.last, new Date().toISOString());
  }

  /**
   * Delivers one item of the inbox; false once the inbox has ended. Its own
   * generator because a suspended one keeps its dead locals: were the loop in
   * run() to hold the last envelope while it waits, every idle subscriber
   * would keep its last event (and, through liveDeliveries and the shared
   * execution, that event's GraphQL results) until the next one, long enough
   * to be promoted to the old generation and collected only by full GCs.
   */
  private async *receive(envelope: Envelope<E> | typeof RESYNC | undefined): AsyncGenerator<Delivered<E>, boolean> {
    if (!envelope) return false;
    if (envelope === RESYNC) {
      yield* this.replay(Number.MAX_SAFE_INTEGER);
      return true;
    }
    if (envelope.seq === null) {
      yield this.deliverLive(envelope);
      return true;
    }
    if (envelope.seq <= this.last) return true;
    // Events may be published out of commit order, or lost while the broker was away.
    if (envelope.seq > this.last + 1) yield* this.replay(envelope.seq - 1);
    this.last = envelope.seq;
    yield this.deliverLive(envelope);
    return true;
  }

  private async *run(): AsyncGenerator<StreamItem<E | S | StreamReady>> {
    const { deps, inbox, endWhen } = this;
    let unsubscribe: (() => void) | undefined;
    let stopWatching: (() => void) | undefined;
    try {
      unsubscribe = await deps.pubsub.subscribe(this.topic.key, (message) => {
        if (message.seq !== null && message.seq > this.heard) this.heard = message.seq;
        inbox.push(message as Envelope<E>);
      });
      if (endWhen) {
        stopWatching = await deps.pubsub.subscribe(endWhen.topic.key, (message) => {
          const error = endWhen.check(message.event as C);
          if (error) inbox.fail(error);
        });
      }
      deps.running.add(this);
      yield* this.start();
      // Each item in a frame of its own (see receive): this one waits here between events.
      while (yield* this.receive(await inbox.take())) {}
    } catch (error) {
      if (error instanceof InboxOverflow) yield new StreamFailure(new SlowConsumerError(this.cursor(this.last)));
      else if (error instanceof GraphQLError) yield new StreamFailure(error);
      else {
        // End this subscription only: thrown on, it would close the whole socket.
        const unavailableError = unavailable(error);
        if (!unavailableError) deps.onError(error);
        yield new StreamFailure(
          unavailableError ?? new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
        );
      }
    } finally {
      unsubscribe?.();
      stopWatching?.();
      deps.running.delete(this);
      // Cleanup failing must not fail the socket the stream ran on.
      await Promise.resolve(this.onClose?.()).catch(deps.onError);
    }
  }
}
