import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';

/** Sends one operation over HTTP POST and returns the parsed body (any status). */
export async function gql<R, V>(
  url: string,
  document: TypedDocumentNode<R, V>,
  variables?: V,
  token?: string,
): Promise<FormattedExecutionResult<R>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as FormattedExecutionResult<R>;
}

/** Like gql, but fails unless the operation returned data without errors. */
export async function gqlData<R, V>(url: string, document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<R> {
  const result = await gql(url, document, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`operation failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The extensions.code of each error, for assertions. */
export function codes(result: FormattedExecutionResult<unknown>): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.['code']);
}

/** Waits until the server's /health answers with `status` (503 while a service it needs is away, say). */
export async function waitForHealth(url: string, status: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await fetch(`${url}/health`)).status !== status) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for /health ${status} from ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
