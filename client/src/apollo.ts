import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApolloLink } from '@apollo/client/link';
import { Observable } from 'rxjs';
import type { RealtimeClient } from './client.js';
import { forward, type RealtimeContext } from './forward.js';

export type { RealtimeContext } from './forward.js';

/**
 * A terminating link, in place of GraphQLWsLink (split subscriptions to
 * it): every subscription runs on the realtime client and resumes after its
 * last cursor across reconnects, so each durable event arrives exactly once,
 * in order. A refused stream errors with CombinedGraphQLErrors, as
 * GraphQLWsLink's does. An operation's `context` may carry `onReset` and
 * `onState` (RealtimeContext). Give InMemoryCache the package's
 * `possibleTypes` (from `@realtime-api/client`), or it drops `cursor` and `at`.
 */
export class RealtimeLink extends ApolloLink {
  constructor(readonly client: RealtimeClient) {
    super();
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    return new Observable((observer) => {
      const subscription = forward(this.client, operation.query, operation.variables, operation.getContext() as RealtimeContext, {
        next: (result) => observer.next(result as ApolloLink.Result),
        error: (error) => observer.error(error instanceof Error ? error : new CombinedGraphQLErrors({ errors: error })),
        complete: () => observer.complete(),
      });
      return () => subscription?.unsubscribe();
    });
  }
}
