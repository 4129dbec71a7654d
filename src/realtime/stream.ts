import { GraphQLError } from 'graphql';
import type { Db, Tx } from '../db/client';
import { CursorExpiredError, SlowConsumerError } from '../errors';
import { encodeCursor } from './cursor';
import type { Delivered, Envelope, StreamReady } from './envelope';
import { isExpired, readEvents, readHead } from './event-log';
import { Inbox, InboxOverflow } from './inbox';
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
  snapshot?: (tx: Tx) => Promise<S>;
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
  pubsub: PubSub;
  /** How many live events may wait for a slow subscriber before it gets SLOW_CONSUMER. */
  bufferSize: number;
  /** Called for every event handed to the subscriber, with the time a live event was written (null for the others). */
  onDeliver(liveSince: string | null): void;
  /** Called with an unexpected error that ended a stream. */
  onError(error: unknown): void;
}

const REPLAY_PAGE = 500;
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
 */
export function openStream<E extends EventPayload, S extends EventPayload, C extends EventPayload>(
  deps: StreamDeps,
  spec: StreamSpec<E, S, C>,
): AsyncIterableIterator<StreamItem<E | S | StreamReady>> {
  // RESYNC asks the stream to read what it may have missed back from the log.
  const inbox = new Inbox<Envelope<E> | typeof RESYNC>(deps.bufferSize);
  const cursor = (seq: number) => encodeCursor(spec.topic, seq);
  let last = 0;

  function deliver<T extends EventPayload>(event: T, seq: number | null, at: string): Delivered<T> {
    deps.onDeliver(null);
    return { ...event, cursor: seq === null ? null : cursor(seq), at };
  }

  function deliverLive(envelope: Envelope<E>): Delivered<E> {
    deps.onDeliver(envelope.at);
    let delivered = liveDeliveries.get(envelope) as Delivered<E> | undefined;
    if (!delivered) {
      delivered = { ...envelope.event, cursor: envelope.seq === null ? null : cursor(envelope.seq), at: envelope.at };
      liveDeliveries.set(envelope, delivered);
    }
    return delivered;
  }

  async function* replay(untilSeq: number): AsyncGenerator<Delivered<E>> {
    for (;;) {
      const page = await readEvents(deps.db, spec.topic, last, untilSeq, REPLAY_PAGE);
      for (const envelope of page) {
        last = envelope.seq!;
        yield deliver(envelope.event, last, envelope.at);
      }
      if (page.length < REPLAY_PAGE) return;
    }
  }

  async function* start(): AsyncGenerator<Delivered<E | S | StreamReady>> {
    if (spec.afterSeq === null && spec.snapshot) {
      const { head, state } = await deps.db.transaction(
        async (tx) => ({ head: await readHead(tx, spec.topic), state: await spec.snapshot!(tx) }),
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
      last = head;
      yield deliver(state, head, new Date().toISOString());
      return;
    }
    if (spec.afterSeq === null) {
      last = await readHead(deps.db, spec.topic);
    } else {
      if (await isExpired(deps.db, spec.topic, spec.afterSeq)) throw new CursorExpiredError();
      last = spec.afterSeq;
      yield* replay(Number.MAX_SAFE_INTEGER);
    }
    yield deliver({ __typename: 'StreamReady' } as const, last, new Date().toISOString());
  }

  async function* run(): AsyncGenerator<StreamItem<E | S | StreamReady>> {
    const unsubscribe = await deps.pubsub.subscribe(spec.topic.key, (message) => inbox.push(message as Envelope<E>));
    const { endWhen } = spec;
    const stopWatching = endWhen
      ? await deps.pubsub.subscribe(endWhen.topic.key, (message) => {
          const error = endWhen.check(message.event as C);
          if (error) inbox.fail(error);
        })
      : undefined;
    const stopResyncing = deps.pubsub.onReconnect(() => inbox.push(RESYNC));
    try {
      await spec.verifyAccess?.();
      yield* start();
      for (;;) {
        const envelope = await inbox.take();
        if (!envelope) return;
        if (envelope === RESYNC) {
          yield* replay(Number.MAX_SAFE_INTEGER);
          continue;
        }
        if (envelope.seq === null) {
          yield deliverLive(envelope);
          continue;
        }
        if (envelope.seq <= last) continue;
        // Events may be published out of commit order, or lost while the broker was away.
        if (envelope.seq > last + 1) yield* replay(envelope.seq - 1);
        last = envelope.seq;
        yield deliverLive(envelope);
      }
    } catch (error) {
      if (error instanceof InboxOverflow) yield new StreamFailure(new SlowConsumerError(cursor(last)));
      else if (error instanceof GraphQLError) yield new StreamFailure(error);
      else {
        // End this subscription only: thrown on, it would close the whole socket.
        deps.onError(error);
        yield new StreamFailure(new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }));
      }
    } finally {
      unsubscribe();
      stopWatching?.();
      stopResyncing();
      // Cleanup failing must not fail the socket the stream ran on.
      await Promise.resolve(spec.onClose?.()).catch(deps.onError);
    }
  }

  const source = run();
  return {
    next: () => source.next(),
    // End the inbox first, so a subscriber waiting for the next event is released at once.
    return: () => {
      inbox.end();
      return source.return(undefined);
    },
    throw: (error) => {
      inbox.end();
      return source.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
