import { type Exchange, type ExecutionResult, subscriptionExchange } from '@urql/core';
import type { DocumentNode } from 'graphql';
import type { RealtimeClient } from './client.js';
import { forward, type RealtimeContext } from './forward.js';

export type { RealtimeContext } from './forward.js';

/**
 * urql's subscriptionExchange on the realtime client: every subscription
 * resumes after its last cursor across reconnects, so its results carry each
 * durable event exactly once, in order. Queries and mutations go on to the
 * next exchange (fetchExchange). A subscription's `context` may carry
 * `onReset` and `onState` (RealtimeContext). A refused stream ends with a
 * CombinedError holding the server's GraphQL errors.
 */
export function realtimeExchange(client: RealtimeClient): Exchange {
  return subscriptionExchange({
    forwardSubscription: (_request, operation) => ({
      subscribe(sink) {
        // The operation's own DocumentNode, not the printed request: the client keeps its resumable form per document.
        const variables = operation.variables as Record<string, unknown> | undefined;
        const subscription = forward(client, operation.query as DocumentNode, variables, operation.context as RealtimeContext, {
          next: (result) => sink.next(result as ExecutionResult),
          error: (error) => sink.error(error),
          complete: () => sink.complete(),
        });
        return { unsubscribe: () => subscription?.unsubscribe() };
      },
    }),
  });
}
