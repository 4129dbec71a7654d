import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { type RetryOptions, retryDelay } from './backoff.js';
import { type Closed, Connection } from './connection.js';
import { resumable } from './resumable.js';
import { Stream, type StreamControl, type StreamHost } from './stream.js';
import { tokenExpiry } from './token.js';
import type { RealtimeState, RealtimeSubscription, StreamHandlers, SubscribeOptions } from './types.js';

export interface RealtimeClientOptions {
  /**
   * The API's WebSocket endpoint, such as ws://127.0.0.1:4000/graphql; with
   * several, each new attempt after a failed one goes to the next.
   */
  url: string | readonly string[] | (() => string | Promise<string>);
  /**
   * The signed-in user's token, fresh; null when nobody is signed in. Called
   * before every connection and again before the socket's token expires,
   * when a newer token is expected (get one with the refreshToken mutation).
   */
  getToken: () => string | null | Promise<string | null>;
  /** A WebSocket class where there is no global one (Node 20: the `ws` package). */
  webSocketImpl?: unknown;
  retry?: RetryOptions;
  /** How long before the token expires the socket's token is renewed, in ms; by default a quarter of its life, at most a minute, and never before half its life. */
  renewBefore?: number;
  /** Ms between pings (15,000); a socket not signed in within that, or whose pong is late by half that, is taken as lost. 0: neither. */
  keepAlive?: number;
  onState?: (state: RealtimeState) => void;
}

export interface RealtimeClient {
  readonly state: RealtimeState;
  /** Subscribes to one stream and keeps it going, resumed from its last cursor, across every reconnect. */
  subscribe<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode,
    variables: Omit<TVariables, 'after'>,
    handlers: StreamHandlers<TData>,
    options?: SubscribeOptions,
  ): RealtimeSubscription;
  /** Closes the socket and ends every stream, without calling their handlers. */
  dispose(): void;
}

const RENEW = 'mutation RenewConnectionToken($token: String!) { renewConnectionToken(token: $token) }';

/** Closes after which retrying cannot help: the client or the server is broken. */
const FATAL = new Set<number>([
  CloseCode.BadRequest,
  CloseCode.BadResponse,
  CloseCode.SubprotocolNotAcceptable,
  CloseCode.SubscriberAlreadyExists,
]);

const SIGNED_OUT: readonly GraphQLFormattedError[] = [
  { message: 'Signed out: there is no token, or the session was revoked.', extensions: { code: 'UNAUTHENTICATED' } },
];

/**
 * A graphql-ws client for this API that never loses an event: it resumes
 * every stream after its last cursor on reconnect, follows SLOW_CONSUMER and
 * CURSOR_EXPIRED, renews the socket's token in band, and reports a revoked
 * session as signed out instead of retrying it.
 */
export function createRealtimeClient(options: RealtimeClientOptions): RealtimeClient {
  return new Client(options);
}

class Client implements RealtimeClient, StreamHost {
  state: RealtimeState = 'connecting';
  private readonly streams = new Set<StreamControl>();
  private connection: Connection | undefined;
  private opening = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private renewTimer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Failed attempts in a row, for the backoff. */
  private failures = 0;
  /** The last attempt to connect failed. */
  private offline = false;
  private signedOut = false;
  /** The last socket's token was refused when it signed in: one more refusal is a sign-out. */
  private refused = false;
  private wasLive = false;
  private urlIndex = 0;

  /** A browser that comes back online need not wait out the backoff. */
  private readonly online = () => this.retryNow();

  constructor(private readonly options: RealtimeClientOptions) {
    globalThis.addEventListener?.('online', this.online);
  }

  subscribe<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode,
    variables: Omit<TVariables, 'after'>,
    handlers: StreamHandlers<TData>,
    { after = null }: SubscribeOptions = {},
  ): RealtimeSubscription {
    const stream = new Stream<TData>(this, resumable(document), variables, handlers, after);
    this.streams.add(stream);
    // Subscribing again is how an app signs back in.
    this.signedOut = false;
    clearTimeout(this.idleTimer);
    this.attach(stream);
    this.changed();
    return stream;
  }

  dispose(): void {
    // Detached first, so that graphql-ws completing them as the socket closes is not taken for the server's doing.
    for (const stream of this.streams) stream.detach();
    this.streams.clear();
    this.closeConnection();
    clearTimeout(this.retryTimer);
    globalThis.removeEventListener?.('online', this.online);
  }

  attach(stream: StreamControl): void {
    if (!this.streams.has(stream) || stream.isRunning) return;
    if (this.connection) stream.start(this.connection);
    else this.connect();
  }

  attachLater(stream: StreamControl, attempt: number): void {
    setTimeout(() => this.attach(stream), retryDelay(attempt, this.options.retry));
  }

  remove(stream: StreamControl): void {
    if (!this.streams.delete(stream)) return;
    // Unsubscribing and subscribing again in one turn (a re-render) keeps the socket.
    if (!this.streams.size) this.idleTimer = setTimeout(() => !this.streams.size && this.closeConnection(), 0);
    this.changed();
  }

  changed(): void {
    const streams = [...this.streams];
    for (const stream of streams) stream.setState(this.stateOf(stream.phase));
    const phases = streams.map((stream) => stream.phase);
    const phase = phases.includes('recovering')
      ? 'recovering'
      : phases.includes('connecting') || !this.connection?.acknowledged
        ? 'connecting'
        : 'live';
    if (phase === 'live' && streams.length) this.wasLive = true;
    const state = this.stateOf(phase === 'connecting' && this.wasLive ? 'recovering' : phase);
    if (state === this.state) return;
    this.state = state;
    this.options.onState?.(state);
  }

  private stateOf(phase: StreamControl['phase']): RealtimeState {
    if (this.signedOut) return 'signedOut';
    if (this.offline && phase !== 'live') return 'offline';
    return phase;
  }

  private async connect(): Promise<void> {
    if (this.connection || this.opening || this.retryTimer || this.signedOut) return;
    this.opening = true;
    try {
      const token = await this.options.getToken();
      if (token === null) {
        this.signOut();
        return;
      }
      const url = await this.nextUrl();
      if (!this.streams.size) return;
      const connection: Connection = new Connection({
        url,
        token,
        webSocketImpl: this.options.webSocketImpl,
        keepAlive: this.options.keepAlive ?? 15_000,
        onConnected: () => this.connected(connection),
        onClosed: (closed) => this.closed(connection, closed),
      });
      this.connection = connection;
      for (const stream of this.streams) stream.start(connection);
    } catch {
      // No token or no URL this time (the app's getToken failed): like a failed connection.
      this.retryLater();
    } finally {
      this.opening = false;
    }
  }

  private async nextUrl(): Promise<string> {
    const { url } = this.options;
    if (typeof url === 'function') return url();
    if (typeof url === 'string') return url;
    return url[this.urlIndex % url.length]!;
  }

  private connected(connection: Connection): void {
    this.offline = false;
    this.refused = false;
    this.failures = 0;
    this.scheduleRenewal(connection);
    this.changed();
  }

  private closed(connection: Connection, { code, reason }: Closed): void {
    if (connection !== this.connection) return;
    this.connection = undefined;
    clearTimeout(this.renewTimer);
    for (const stream of this.streams) stream.detach();
    // With several URLs, the next attempt goes to the next instance, as a load balancer would send it.
    this.urlIndex++;
    if (this.streams.size) this.reconnectAfter(connection, code, reason);
    this.changed();
  }

  private reconnectAfter(connection: Connection, code: number | undefined, reason: string | undefined): void {
    if (code === CloseCode.Forbidden) {
      // Refused at sign-in, the token was expired, revoked or not ours: a fresh one may do, but twice is a sign-out.
      const signedOut = reason === 'Sessions revoked' || (reason !== 'Token expired' && this.refused);
      if (signedOut) this.signOut();
      else {
        this.refused = reason !== 'Token expired';
        void this.connect();
      }
    } else if (code !== undefined && FATAL.has(code)) {
      this.endStreams([
        { message: `The server closed the socket: ${code} ${reason ?? ''}`.trim(), extensions: { code: 'CLOSED', closeCode: code } },
      ]);
    } else {
      if (!connection.acknowledged) this.offline = true;
      this.retryLater();
    }
  }

  private retryLater(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = undefined;
        void this.connect();
      },
      retryDelay(this.failures++, this.options.retry),
    );
  }

  private retryNow(): void {
    if (!this.retryTimer) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    void this.connect();
  }

  private scheduleRenewal(connection: Connection): void {
    const expiry = tokenExpiry(connection.token);
    if (expiry === undefined) return;
    const life = expiry - Date.now();
    const before = this.options.renewBefore ?? Math.min(60_000, life / 4);
    clearTimeout(this.renewTimer);
    // Never before half the token's life: a token that lives a second is not renewed back to back.
    this.renewTimer = setTimeout(() => void this.renew(connection), Math.max(life / 2, life - before));
  }

  /** Gives the socket a newer token before its own expires; if that fails, the expiry's 4403 makes the client reconnect. */
  private async renew(connection: Connection): Promise<void> {
    const token = await Promise.resolve(this.options.getToken()).catch(() => undefined);
    if (connection !== this.connection || token === undefined) return;
    if (token === null) {
      this.signOut();
      return;
    }
    if ((tokenExpiry(token) ?? 0) <= (tokenExpiry(connection.token) ?? 0)) return;
    const result = await connection.execute(RENEW, { token }).catch(() => undefined);
    if (connection !== this.connection || !result || result.errors?.length) return;
    connection.token = token;
    this.scheduleRenewal(connection);
  }

  private signOut(): void {
    this.signedOut = true;
    this.closeConnection();
    this.endStreams(SIGNED_OUT);
  }

  private endStreams(errors: readonly GraphQLFormattedError[]): void {
    const streams = [...this.streams];
    for (const stream of streams) stream.setState(this.stateOf(stream.phase));
    this.streams.clear();
    this.changed();
    for (const stream of streams) stream.fail(errors);
  }

  private closeConnection(): void {
    clearTimeout(this.renewTimer);
    this.connection?.retire();
    this.connection = undefined;
  }
}
