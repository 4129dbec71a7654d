import type { Delivered, StreamReady } from '../realtime/envelope';
import { StreamFailure, type StreamItem } from '../realtime/stream';
import type { EventPayload } from '../realtime/topics';
import { builder } from './builder';

// The shared shapes of every stream: the RealtimeEvent interface, StreamReady and PageInfo.

export const RealtimeEvent = builder.interfaceRef<Delivered>('RealtimeEvent').implement({
  description: 'Anything streamed by a subscription.',
  resolveType: (event) => event.__typename,
  fields: (t) => ({
    cursor: t.exposeString('cursor', {
      nullable: true,
      description: "Position in the viewer's stream; null for ephemeral events that are never replayed.",
    }),
    at: t.field({ type: 'DateTime', resolve: (event) => event.at }),
  }),
});

type AnyEventRef = ReturnType<typeof builder.objectRef<Delivered>>;

/** An event type of a stream: an object type implementing RealtimeEvent; add its own fields with builder.objectFields. */
export function eventType<T extends EventPayload = EventPayload>(name: T['__typename'], description?: string) {
  const ref = builder.objectRef<Delivered<T>>(name);
  // Every Delivered<T> is a Delivered; the checker cannot see that through the generic.
  builder.objectType(ref as unknown as AnyEventRef, { description, interfaces: [RealtimeEvent], fields: () => ({}) });
  return ref;
}

export const StreamReadyType = eventType<StreamReady>('StreamReady', 'The subscription is live; see the conventions above.');

export const PageInfo = builder
  .objectRef<{ hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }>('PageInfo')
  .implement({
    fields: (t) => ({
      hasNextPage: t.exposeBoolean('hasNextPage'),
      hasPreviousPage: t.exposeBoolean('hasPreviousPage'),
      startCursor: t.exposeString('startCursor', { nullable: true }),
      endCursor: t.exposeString('endCursor', { nullable: true }),
    }),
  });

/** The union of a stream's event types, resolved by each event's __typename. */
export function eventUnion(name: string, types: ReturnType<typeof eventType>[]) {
  return builder.unionType(name, { types: types as AnyEventRef[], resolveType: (event) => event.__typename });
}

/**
 * A subscription field's resolve: passes events through, and turns the
 * failure that ends a stream (SLOW_CONSUMER, say) into the field's error.
 */
export function streamed<T extends EventPayload>(item: StreamItem<T>): Delivered<T> {
  if (item instanceof StreamFailure) throw item.error;
  return item;
}
