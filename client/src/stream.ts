import type { GraphQLFormattedError } from 'graphql';
import type { FormattedExecutionResult } from 'graphql-ws';
import type { Connection } from './connection.js';
import introspection from './possible-types.js';
import type { ResumableOperation } from './resumable.js';
import type { RealtimeState, RealtimeSubscription, StreamHandlers } from './types.js';

/** What the client sees of a stream, whatever its data. */
export interface StreamControl {
  readonly phase: 'connecting' | 'live' | 'recovering';
  readonly isRunning: boolean;
  start(connection: Connection): void;
  detach(): void;
  setState(state: RealtimeState): void;
  fail(errors: readonly GraphQLFormattedError[]): void;
}

/** What a stream asks of the client it runs on. */
export interface StreamHost {
  /** Runs the stream on the current socket, or on the next one. */
  attach(stream: StreamControl): void;
  /** The same after a backoff: the server said a dependency is away (UNAVAILABLE). */
  attachLater(stream: StreamControl, attempt: number): void;
  /** The stream is over. */
  remove(stream: StreamControl): void;
  /** A stream's phase changed: states are to be worked out again. */
  changed(): void;
}

/**
 * The event types a replay sends before StreamReady: every member of a
 * stream's union that has StreamReady. (RealtimeEvent is the interface all
 * events share, not a stream.) Any other type, such as WizardStatus, is the
 * whole state, so the stream is live once it arrives.
 */
const REPLAYED = new Set<string>(
  Object.entries(introspection.possibleTypes)
    .filter(([type, members]) => type !== 'RealtimeEvent' && members.includes('StreamReady'))
    .flatMap(([, members]) => members),
);

interface Event {
  __typename?: string;
  cursor?: string | null;
}

/**
 * One subscription of the app's, kept going across sockets: it remembers the
 * cursor of the last durable event it delivered and starts again after it.
 */
export class Stream<TData> implements RealtimeSubscription, StreamControl {
  cursor: string | null;
  /** How far the stream itself got; `state` adds what the client knows (offline, signed out). */
  phase: 'connecting' | 'live' | 'recovering' = 'connecting';
  state: RealtimeState = 'connecting';
  private running: { unsubscribe?: () => void } | undefined;
  private delivered = false;
  private unavailable = 0;

  constructor(
    private readonly host: StreamHost,
    private readonly operation: ResumableOperation,
    private readonly variables: Record<string, unknown>,
    private readonly handlers: StreamHandlers<TData>,
    after: string | null,
  ) {
    this.cursor = after;
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  start(connection: Connection): void {
    const after = this.cursor;
    const run: { unsubscribe?: () => void } = {};
    this.running = run;
    const current = () => this.running === run;
    run.unsubscribe = connection.subscribe(
      { query: this.operation.query, variables: { ...this.variables, [this.operation.afterVariable]: after } },
      {
        next: (result) => current() && this.received(result, after),
        // A close (not an array of errors) is the client's to handle, for every stream at once.
        error: (error) => current() && Array.isArray(error) && this.refused(error),
        complete: () => current() && this.completed(),
      },
    );
  }

  /** The socket under the stream is gone; the client starts it again on the next one. */
  detach(): void {
    this.running = undefined;
    if (this.phase === 'live') this.phase = 'recovering';
  }

  setState(state: RealtimeState): void {
    if (state === this.state) return;
    this.state = state;
    this.handlers.onState?.(state);
  }

  unsubscribe(): void {
    this.stop();
    this.host.remove(this);
  }

  /** Ends the stream with errors, such as being signed out. */
  fail(errors: readonly GraphQLFormattedError[]): void {
    this.stop();
    this.handlers.error?.(errors);
  }

  private received(result: FormattedExecutionResult, after: string | null): void {
    if (result.errors?.length) {
      this.refused(result.errors);
      return;
    }
    const data = result.data as TData & Record<string, Event | null | undefined>;
    const event = data?.[this.operation.responseKey];
    const resumed = after !== null;
    if (event?.__typename === 'StreamReady') {
      if (event.cursor) this.cursor = event.cursor;
      // Only a stream's first StreamReady is news to the app; later ones end a recovery.
      if (!resumed || !this.delivered) this.deliver(data);
      this.live();
      return;
    }
    if (event?.cursor != null) {
      if (event.cursor === this.cursor) return;
      this.cursor = event.cursor;
    }
    this.deliver(data);
    if (!resumed || !REPLAYED.has(event?.__typename ?? '')) this.live();
  }

  private refused(errors: readonly GraphQLFormattedError[]): void {
    this.stop();
    const [first] = errors;
    switch (first?.extensions?.['code']) {
      case 'SLOW_CONSUMER': {
        const resumeAfter = first.extensions?.['resumeAfter'];
        if (typeof resumeAfter === 'string') this.cursor = resumeAfter;
        this.recover();
        break;
      }
      case 'CURSOR_EXPIRED':
        this.cursor = null;
        this.handlers.onReset?.();
        this.recover();
        break;
      case 'UNAVAILABLE':
        this.fellBack();
        this.host.attachLater(this, this.unavailable++);
        break;
      default:
        this.host.remove(this);
        this.handlers.error?.(errors);
    }
  }

  private completed(): void {
    this.running = undefined;
    this.host.remove(this);
    this.handlers.complete?.();
  }

  private recover(): void {
    this.fellBack();
    this.host.attach(this);
  }

  private fellBack(): void {
    if (this.phase === 'live') this.phase = 'recovering';
    this.host.changed();
  }

  private live(): void {
    if (this.phase === 'live') return;
    this.phase = 'live';
    this.unavailable = 0;
    this.host.changed();
  }

  private deliver(data: TData): void {
    this.delivered = true;
    this.handlers.next(data);
  }

  private stop(): void {
    const run = this.running;
    this.running = undefined;
    run?.unsubscribe?.();
  }
}
