import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type FormattedExecutionResult, print } from 'graphql';

/** The API, on the origin that served the app. */
export const GRAPHQL_PATH = '/graphql';

/** A GraphQL error the API answered with, keeping its extensions.code (UNAUTHENTICATED, BAD_USER_INPUT, ...). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * One operation over HTTP, outside urql: for signing in and for renewing the
 * token, which urql's own requests wait on. Resolves with the data or throws
 * an ApiError; a network failure throws as fetch does.
 */
export async function request<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<TData> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as FormattedExecutionResult<TData>;
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.['code'] as string | undefined);
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data`, undefined);
  return body.data;
}
