import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

function copy(error: GraphQLError, message: string, extensions: GraphQLError['extensions']): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

/** A copy of the error that carries `code`. */
export function withCode(error: GraphQLError, code: string): GraphQLError {
  return copy(error, error.message, { ...error.extensions, code });
}

/** A copy of the error with another message, and everything else the same. */
export function withMessage(error: GraphQLError, message: string): GraphQLError {
  return copy(error, message, error.extensions);
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

/** The result with `map` applied to its errors; undefined when it changed none, or is a stream (whose events carry their own). */
function mapErrors(result: unknown, map: (error: GraphQLError) => GraphQLError): ExecutionResult | undefined {
  if (isAsyncIterable(result)) return undefined;
  const { errors } = result as ExecutionResult;
  const mapped = errors?.map(map);
  return mapped?.some((error, i) => error !== errors![i]) ? { ...(result as ExecutionResult), errors: mapped } : undefined;
}

/** Passes each error of an operation's result through `map`: over HTTP and WebSocket alike, for queries, mutations and subscriptions. */
export function useResultErrors(map: (error: GraphQLError) => GraphQLError): Plugin {
  const onResult = ({ result, setResult }: { result: unknown; setResult(result: ExecutionResult): void }) => {
    const mapped = mapErrors(result, map);
    if (mapped) setResult(mapped);
  };
  // One set of hooks for every operation: envelop keeps a subscription's hooks
  // for as long as it runs, so hooks made per operation cost every idle subscriber.
  const executeHooks = { onExecuteDone: onResult };
  const subscribeHooks = { onSubscribeResult: onResult };
  return { onExecute: () => executeHooks, onSubscribe: () => subscribeHooks };
}

/** Gives variable errors BAD_USER_INPUT, over HTTP and WebSocket alike, so every error carries a code. */
export function useRequestErrorCodes(): Plugin {
  return useResultErrors((error) => (isUncodedRequestError(error) ? withCode(error, 'BAD_USER_INPUT') : error));
}
