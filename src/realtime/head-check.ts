import type { Db } from '../db/client';
import { unavailable } from '../unavailable';
import { headsAhead } from './event-log';
import type { RunningStream } from './stream';

/** How often the heads are read; a missed event reaches its subscribers within about two of these. */
export const HEAD_CHECK_MS = 1_000;

/**
 * The backstop for an event committed but never published: its writer died
 * between commit and publish, or the broker dropped it. Every HEAD_CHECK_MS
 * it asks, in one query, which topics this process's streams follow have a
 * head past everything their streams heard. One still behind one check later
 * has lost a publish: its streams read the rest back from the log (in order,
 * and never twice: a stream skips what it has sent). One check's grace spares
 * the log a read for the events whose publish is merely on its way.
 *
 * It costs nothing per event; per topic followed, one row of the query's
 * input each check.
 */
export class HeadCheck {
  // Topic key -> the head it was behind at the last check.
  private behind = new Map<string, number>();
  private checking = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly streams: ReadonlySet<RunningStream>,
    /** False while the broker is away: its reconnection resyncs every stream anyway. */
    private readonly listening: () => boolean,
    private readonly onError: (error: unknown) => void,
  ) {
    this.timer = setInterval(() => void this.check(), HEAD_CHECK_MS).unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async check(): Promise<void> {
    if (this.checking || !this.listening()) return;
    this.checking = true;
    try {
      const followed = this.byTopic();
      const positions = Array.from(followed, ([topic, { position }]) => ({ topic, seq: position }));
      const ahead = positions.length > 0 ? await headsAhead(this.db, positions) : new Map<string, number>();
      const behind = new Map<string, number>();
      for (const [key, head] of ahead) {
        const { position, streams } = followed.get(key)!;
        const before = this.behind.get(key);
        if (before !== undefined && position < before) for (const stream of streams) stream.resync();
        else behind.set(key, head);
      }
      this.behind = behind;
    } catch (error) {
      // A database that is away is said by /health and every request; the next check tries again.
      if (!unavailable(error)) this.onError(error);
    } finally {
      this.checking = false;
    }
  }

  /** The streams of each topic, and the furthest any of them has heard. */
  private byTopic(): Map<string, { position: number; streams: RunningStream[] }> {
    const followed = new Map<string, { position: number; streams: RunningStream[] }>();
    for (const stream of this.streams) {
      const topic = followed.get(stream.topic.key);
      if (!topic) followed.set(stream.topic.key, { position: stream.position, streams: [stream] });
      else {
        topic.position = Math.max(topic.position, stream.position);
        topic.streams.push(stream);
      }
    }
    return followed;
  }
}
