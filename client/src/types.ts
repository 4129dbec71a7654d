import type { GraphQLFormattedError } from 'graphql';

/**
 * Where a client, or one of its streams, stands:
 * - `connecting`: not yet live for the first time;
 * - `live`: caught up, and every event arrives as it happens;
 * - `recovering`: was live, lost the socket or fell behind, and is getting back what it missed;
 * - `offline`: the last attempt to reach the server failed; retrying with backoff;
 * - `signedOut`: the session was revoked or there is no token; nothing is retried.
 */
export type RealtimeState = 'connecting' | 'live' | 'recovering' | 'offline' | 'signedOut';

export interface StreamHandlers<TData> {
  /**
   * Each event's data, such as `{ notifications: { __typename, ... } }`. Every
   * durable event (one with a cursor) arrives exactly once and in order, across
   * any number of reconnects; ephemeral events pass through as they come.
   * StreamReady arrives when the stream first goes live, not on each recovery.
   */
  next: (data: TData) => void;
  /**
   * The stream is over and will not be retried: the server refused it
   * (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, ...), or the user is signed out
   * (UNAUTHENTICATED).
   */
  error?: (errors: readonly GraphQLFormattedError[]) => void;
  /** The server ended the stream. */
  complete?: () => void;
  /**
   * What the app shows is out of date beyond repair by replay: the stream's
   * cursor is older than the server keeps (CURSOR_EXPIRED). Refetch; the
   * stream then starts again with its snapshot.
   */
  onReset?: () => void;
  onState?: (state: RealtimeState) => void;
}

export interface SubscribeOptions {
  /** Resume from this cursor (one the app kept, say across a page load) instead of starting with the snapshot. */
  after?: string | null;
}

export interface RealtimeSubscription {
  readonly state: RealtimeState;
  /** The cursor of the last durable event delivered: what the stream resumes after. */
  readonly cursor: string | null;
  unsubscribe(): void;
}
