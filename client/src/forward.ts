import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import type { RealtimeClient } from './client.js';
import { resumable } from './resumable.js';
import type { RealtimeState, RealtimeSubscription } from './types.js';

/**
 * What an urql or Apollo operation's `context` may carry for its stream,
 * since their subscription APIs have no place for it.
 */
export interface RealtimeContext {
  /** The stream's cursor expired (CURSOR_EXPIRED): refetch what the stream updates; it then starts again with its snapshot. */
  onReset?: () => void;
  onState?: (state: RealtimeState) => void;
}

/** Where a host library's operation takes its results. */
export interface ResultSink {
  next(result: { data: unknown }): void;
  /** The server refused the stream or the user is signed out (GraphQL errors), or the document is not a stream's (an Error). */
  error(error: readonly GraphQLFormattedError[] | Error): void;
  complete(): void;
}

/**
 * Runs one operation of urql's or Apollo's on the realtime client, which
 * resumes it after every reconnect. An `after` variable the app passes is
 * where the stream starts; from then on the client keeps its cursor.
 */
export function forward(
  client: RealtimeClient,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  context: RealtimeContext,
  sink: ResultSink,
): RealtimeSubscription | undefined {
  try {
    const { [resumable(document).afterVariable]: after, ...rest } = variables ?? {};
    return client.subscribe(
      document,
      rest,
      {
        next: (data) => sink.next({ data }),
        error: (errors) => sink.error(errors),
        complete: () => sink.complete(),
        onReset: context.onReset,
        onState: context.onState,
      },
      { after: typeof after === 'string' ? after : null },
    );
  } catch (error) {
    // A document the client cannot resume, such as one with two root fields: the host library reports it, not a throw in its pipeline.
    sink.error(error instanceof Error ? error : new Error(String(error)));
    return undefined;
  }
}
