export type { RetryOptions } from './backoff.js';
export { createRealtimeClient, type RealtimeClient, type RealtimeClientOptions } from './client.js';
export { tokenExpiry } from './token.js';
export type { RealtimeState, RealtimeSubscription, StreamHandlers, SubscribeOptions } from './types.js';

import introspection from './possible-types.js';

/** For Apollo Client's InMemoryCache: without it the cache drops the fields an event has through RealtimeEvent, cursor and at among them. */
export const possibleTypes = introspection.possibleTypes;
