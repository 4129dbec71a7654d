import { createHash } from 'node:crypto';
import type { NotificationEvent } from '../domains/notifications/notifications.events';

/** What every streamed event carries: the GraphQL type it is shown as. */
export interface EventPayload {
  readonly __typename: string;
}

/**
 * One stream of events of type E: a pub/sub channel and a sequence in the
 * event log. Topics are per viewer or per resource, so a subscriber only
 * ever receives its own events.
 */
export interface Topic<E extends EventPayload = EventPayload> {
  /** The channel and event-log key, `<domain>:<id>`. */
  readonly key: string;
  /** What kind of stream this is, for metrics. */
  readonly domain: string;
  /** A short digest of the key, written into cursors so one stream's cursor is refused by another. */
  readonly tag: string;
  /** Only carries E for the type checker. */
  readonly events?: E;
}

function defineTopic<E extends EventPayload>(domain: string): (id: string) => Topic<E> {
  return (id) => {
    const key = `${domain}:${id}`;
    return { key, domain, tag: createHash('sha256').update(key).digest('base64url').slice(0, 8) };
  };
}

/** The registry of every topic; no code builds a channel name by hand. */
export const topics = {
  /** A user's notifications. */
  notifications: defineTopic<NotificationEvent>('notifications'),
};
