import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** A copy of the error that carries `code`. */
export function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/**
 * The error as a WebSocket client gets it: without yoga's `http` hints, which
 * mean something only over HTTP; an UNAUTHENTICATED one says `signInHint`
 * too, when the connection has one.
 */
export function formatForSocket(error: GraphQLError, signInHint?: string): GraphQLFormattedError {
  const { extensions, ...formatted } = error.toJSON();
  const message = signInHint && extensions?.['code'] === 'UNAUTHENTICATED' ? `${formatted.message} ${signInHint}` : formatted.message;
  if (!extensions || !('http' in extensions)) return { ...formatted, message, ...(extensions && { extensions }) };
  const { http: _, ...rest } = extensions;
  return { ...formatted, message, extensions: rest };
}

/** A result with its errors formatted for a WebSocket client; most results have none and pass as they are. */
export function resultForSocket(result: ExecutionResult, signInHint?: string): FormattedExecutionResult | undefined {
  if (!result.errors) return undefined;
  return { ...result, errors: result.errors.map((error) => formatForSocket(error, signInHint)) };
}

// An error with no path and no code is about the request itself: invalid or missing variables.
const isUncodedRequestError = (error: GraphQLError) => error.path === undefined && error.extensions['code'] === undefined;

function codeRequestErrors(result: unknown): ExecutionResult | undefined {
  if (isAsyncIterable(result)) return undefined;
  const { errors } = result as ExecutionResult;
  if (!errors?.some(isUncodedRequestError)) return undefined;
  return { ...(result as ExecutionResult), errors: errors.map((e) => (isUncodedRequestError(e) ? withCode(e, 'BAD_USER_INPUT') : e)) };
}

function codeResult({ result, setResult }: { result: unknown; setResult(result: ExecutionResult): void }): void {
  const coded = codeRequestErrors(result);
  if (coded) setResult(coded);
}

// One set of hooks for every operation: envelop keeps a subscription's hooks
// for as long as it runs, so hooks made per operation cost every idle subscriber.
const executeHooks = { onExecuteDone: codeResult };
const subscribeHooks = { onSubscribeResult: codeResult };

/** Gives variable errors BAD_USER_INPUT, over HTTP and WebSocket alike, so every error carries a code. */
export function useRequestErrorCodes(): Plugin {
  return { onExecute: () => executeHooks, onSubscribe: () => subscribeHooks };
}
