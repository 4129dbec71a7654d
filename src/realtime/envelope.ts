import type { EventPayload } from './topics';

/** An event as published on a topic's channel. */
export interface Envelope<E extends EventPayload = EventPayload> {
  /** Position in the topic's sequence; null for ephemeral events. */
  readonly seq: number | null;
  /** When the event was written, ISO-8601. */
  readonly at: string;
  readonly event: E;
}

/** An event as a subscriber receives it: the payload plus the RealtimeEvent fields. */
export type Delivered<E extends EventPayload = EventPayload> = E & {
  readonly cursor: string | null;
  readonly at: string;
};

/** The event that says a stream has caught up and is live. */
export interface StreamReady extends EventPayload {
  readonly __typename: 'StreamReady';
}
