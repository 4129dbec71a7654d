import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AnyVariables } from '@urql/core';
import { useMemo } from 'react';
import { useClient } from 'urql';

export interface Api {
  query<TData, TVariables extends AnyVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData>;
  mutate<TData, TVariables extends AnyVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData>;
}

/** Queries and mutations as promises of their data; an error is thrown with the API's message, for the form that sent it to show. */
export function useApi(): Api {
  const client = useClient();
  return useMemo(
    () => ({
      async query(document, variables) {
        const { data, error } = await client.query(document, variables).toPromise();
        if (error || !data) throw new Error(messageOf(error));
        return data;
      },
      async mutate(document, variables) {
        const { data, error } = await client.mutation(document, variables).toPromise();
        if (error || !data) throw new Error(messageOf(error));
        return data;
      },
    }),
    [client],
  );
}

/** The API's own words, without urql's "[GraphQL]" prefix. */
function messageOf(error: { graphQLErrors: { message: string }[]; message: string } | undefined): string {
  return error?.graphQLErrors[0]?.message ?? error?.message ?? 'No answer from the API';
}
