import type { Db, Tx } from '../db/client';
import { decodeCursor } from './cursor';
import type { Envelope, StreamReady } from './envelope';
import { appendEvent, appendEventsFrom, type Append } from './event-log';
import type { PubSub } from './pubsub';
import { HeadCheck } from './head-check';
import { ResumeReader, SnapshotReader } from './stream-starts';
import { REPLAY_PAGE, Stream, type RunningStream, type StreamDeps, type StreamItem, type StreamSpec } from './stream';
import type { EventPayload, Topic } from './topics';

/** Appends durable events inside a write transaction; see Realtime.write. */
export interface EventWriter {
  /**
   * Appends the event that `build` returns to the topic's log. `build` runs
   * after this transaction holds the topic's turn, so what it reads (the
   * dashboard's figures, say) includes every change committed before.
   */
  append<E extends EventPayload>(topic: Topic<E>, build: () => E | Promise<E>): Promise<void>;
  /** Appends the events of one statement (see AppendStatement); returns them as appendEventsFrom does. */
  appendFrom(append: Append): Promise<(Envelope | undefined)[]>;
}

const MAX_ATTEMPTS = 3;
const DEADLOCK_DETECTED = '40P01';
const SERIALIZATION_FAILURE = '40001';

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
  return code === DEADLOCK_DETECTED || code === SERIALIZATION_FAILURE;
}

/** What the core reports, for metrics and logs. */
export interface RealtimeHooks extends Pick<StreamDeps, 'onDeliver' | 'onError'> {
  onPublish(topic: Topic): void;
  onPublishError(error: unknown): void;
}

/** The real-time core: durable writes, ephemeral publishes and resumable streams. */
export class Realtime {
  // Built once: every stream holds it for as long as it runs.
  private readonly streamDeps: StreamDeps;
  // Only where the writer of an event can be another process, whose death can leave it unpublished.
  private readonly headCheck: HeadCheck | undefined;

  constructor(
    private readonly db: Db,
    private readonly pubsub: PubSub,
    private readonly hooks: RealtimeHooks,
    bufferSize: number,
  ) {
    // One reconnect listener for every stream, rather than one each: thousands of idle streams are normal.
    const running = new Set<RunningStream>();
    pubsub.onReconnect(() => {
      for (const stream of running) stream.resync();
    });
    this.streamDeps = {
      db,
      snapshots: new SnapshotReader(db),
      resumes: new ResumeReader(db, REPLAY_PAGE),
      pubsub,
      bufferSize,
      onDeliver: hooks.onDeliver,
      onError: hooks.onError,
      running,
    };
    if (pubsub.kind === 'redis') this.headCheck = new HeadCheck(db, running, () => pubsub.connected, hooks.onError);
  }

  /** Stops the background check of the topics' heads. */
  stop(): void {
    this.headCheck?.stop();
  }

  /**
   * Runs `work` in one transaction. The events it appends are stored with
   * the change they describe and fanned out only once it commits: a rolled
   * back change publishes nothing, and a committed one is never lost.
   */
  write<T>(work: (tx: Tx, events: EventWriter) => Promise<T>): Promise<T> {
    return this.retrying(async () => {
      const appended: [Topic, Envelope][] = [];
      const result = await this.db.transaction((tx) =>
        work(tx, {
          append: async (topic, build) => {
            appended.push([topic, await appendEvent(tx, topic, build)]);
          },
          appendFrom: async (append) => {
            const envelopes = await appendEventsFrom(tx, append);
            append.topics.forEach((topic, i) => {
              if (envelopes[i]) appended.push([topic, envelopes[i]]);
            });
            return envelopes;
          },
        }),
      );
      for (const [topic, envelope] of appended) void this.publish(topic, envelope);
      return result;
    });
  }

  /**
   * write for a change that one statement makes whole: no transaction
   * around it (the statement is atomic), so one round trip instead of
   * three. Returns its events as appendEventsFrom does.
   */
  writeStatement(append: Append): Promise<(Envelope | undefined)[]> {
    return this.retrying(async () => {
      const envelopes = await appendEventsFrom(this.db, append);
      append.topics.forEach((topic, i) => {
        if (envelopes[i]) void this.publish(topic, envelopes[i]);
      });
      return envelopes;
    });
  }

  /** Publishes an event that is never stored or replayed (typing, locations). */
  publishEphemeral<E extends EventPayload>(topic: Topic<E>, event: E): void {
    void this.publish(topic, { seq: null, at: new Date().toISOString(), event });
  }

  /**
   * publishEphemeral for a control event whose order matters to other
   * instances (a revocation): resolves once the broker has it, so whatever
   * is published after reaches every instance after it. It waits at most
   * `waitMs`, and not at all while the broker is away.
   */
  async announce<E extends EventPayload>(topic: Topic<E>, event: E, waitMs: number): Promise<void> {
    const published = this.publish(topic, { seq: null, at: new Date().toISOString(), event });
    if (!this.pubsub.connected) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([published, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
  }

  /**
   * Calls `onPublished` with each event published on the topic from now on,
   * on any instance: control topics such as revocations, which the server
   * itself acts on rather than streams.
   */
  watch<E extends EventPayload>(topic: Topic<E>, onPublished: (event: E) => void): Promise<() => void> {
    return this.pubsub.subscribe(topic.key, (message) => onPublished(message.event as E));
  }

  /** Whether watches hear every publish now: not while the broker is away, nor until every subscription is active again. */
  get watchesHear(): boolean {
    return this.pubsub.connected;
  }

  /** Calls `listener` when watches stop hearing (what is published meanwhile is lost to them) and when they hear again. */
  onWatchesChange(listener: () => void): void {
    this.pubsub.onDisconnect(listener);
    this.pubsub.onReconnect(listener);
  }

  /** The sequence number of a client's `after` cursor for this topic, or null without one. */
  resumePoint(topic: Topic, after: string | null | undefined): number | null {
    return after == null ? null : decodeCursor(topic, after);
  }

  /** A subscription to one topic: see Stream. */
  stream<E extends EventPayload, S extends EventPayload, C extends EventPayload = EventPayload>(
    spec: StreamSpec<E, S, C>,
  ): AsyncIterableIterator<StreamItem<E | S | StreamReady>> {
    return new Stream(this.streamDeps, spec);
  }

  // Writers that lock several topics' heads can deadlock; PostgreSQL
  // aborts one of them, which then simply runs again.
  private async retrying<T>(attempt: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        if (tries >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      }
    }
  }

  // Not awaited: the change is committed whatever the broker does, and a
  // subscriber that misses this publish reads it back from the log when
  // the next event of the topic shows the gap, or the HeadCheck does.
  private publish(topic: Topic, envelope: Envelope): Promise<void> {
    this.hooks.onPublish(topic);
    return this.pubsub.publish(topic.key, envelope).catch(this.hooks.onPublishError);
  }
}
