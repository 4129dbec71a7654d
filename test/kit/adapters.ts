import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { possibleTypes, type RealtimeClient } from '@realtime-api/client';
import { RealtimeLink } from '@realtime-api/client/apollo';
import { type RealtimeContext, realtimeExchange } from '@realtime-api/client/urql';
import { type AnyVariables, cacheExchange, Client, fetchExchange } from '@urql/core';
import { OperationTypeNode } from 'graphql';

// urql and Apollo Client set up as docs/clients.md shows, on a realtime client, and what an app sees through each.

/** urql with the realtime exchange for subscriptions, queries and mutations over HTTP. */
export function urqlClient(realtime: RealtimeClient, httpUrl: string, token: string): Client {
  return new Client({
    url: httpUrl,
    preferGetMethod: false,
    fetchOptions: { headers: { authorization: `Bearer ${token}` } },
    exchanges: [cacheExchange, realtimeExchange(realtime), fetchExchange],
  });
}

/** Apollo Client with subscriptions split to the RealtimeLink; its cache knows the package's possibleTypes unless told otherwise. */
export function apolloClient(
  realtime: RealtimeClient,
  httpUrl: string,
  token: string,
  cache = new InMemoryCache({ possibleTypes }),
): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      new RealtimeLink(realtime),
      new HttpLink({ uri: httpUrl, headers: { authorization: `Bearer ${token}` } }),
    ),
    cache,
  });
}

/** One subscription as the app sees it: each result's data, and any error that came instead. */
export interface Watched<TData> {
  results: TData[];
  errors: unknown[];
  unsubscribe(): void;
}

export function watchWithUrql<TData, TVariables extends AnyVariables>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  context: RealtimeContext = {},
): Watched<TData> {
  const results: TData[] = [];
  const errors: unknown[] = [];
  const subscription = client.subscription(document, variables, context).subscribe(({ data, error }) => {
    if (error) errors.push(error);
    else if (data) results.push(data);
  });
  return { results, errors, unsubscribe: () => subscription.unsubscribe() };
}

export function watchWithApollo<TData, TVariables extends Record<string, unknown>>(
  client: ApolloClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  context: RealtimeContext = {},
): Watched<TData> {
  const results: TData[] = [];
  const errors: unknown[] = [];
  const subscription = client.subscribe({ query: document, variables, context }).subscribe(({ data, error }) => {
    if (error) errors.push(error);
    else if (data) results.push(data as TData);
  });
  return { results, errors, unsubscribe: () => subscription.unsubscribe() };
}
