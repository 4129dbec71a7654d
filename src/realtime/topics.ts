import { createHash } from 'node:crypto';

/** What every streamed event carries: the GraphQL type it is shown as. */
export interface EventPayload {
  readonly __typename: string;
}

/**
 * The topic registry: each topic's name, with the events it carries. It is
 * empty here because each domain adds its own topics, next to their events,
 * by declaration merging; the core never imports a domain:
 *
 * ```ts
 * declare module '../../realtime/topics' {
 *   interface TopicEvents {
 *     // A user's notifications, by user id.
 *     notifications: NotificationEvent;
 *   }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: only an interface can be merged into, and the domains fill it in.
export interface TopicEvents {}

/** The name of a topic some domain declared in TopicEvents. */
export type TopicName = keyof TopicEvents;

/**
 * One stream of events of type E: a pub/sub channel and a sequence in the
 * event log. Topics are per viewer or per resource, so a subscriber only
 * ever receives its own events.
 */
export interface Topic<E extends EventPayload = EventPayload> {
  /** The channel and event-log key, `<name>:<id>`. */
  readonly key: string;
  /** The topic's name: what kind of stream this is, for metrics. */
  readonly domain: string;
  /** A short digest of the key, written into cursors so one stream's cursor is refused by another. */
  readonly tag: string;
  /** Only carries E for the type checker. */
  readonly events?: E;
}

// The compiler merges two declarations of one name when their events are the same type; defining it twice is refused here instead.
const defined = new Set<string>();

/**
 * The topics of a declared name, one per id: `defineTopic('notifications')(userId)`
 * is keyed `notifications:<userId>` and carries what TopicEvents says. Each
 * name is defined once, by the domain that declared it; this is the only
 * code that makes channel names.
 */
export function defineTopic<N extends TopicName>(name: N): (id: string) => Topic<TopicEvents[N]> {
  if (defined.has(name)) throw new Error(`The topic name ${name} is defined twice.`);
  defined.add(name);
  return (id) => {
    const key = `${name}:${id}`;
    return { key, domain: name, tag: createHash('sha256').update(key).digest('base64url').slice(0, 8) };
  };
}
