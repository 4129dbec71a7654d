import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RealtimeContext } from '@realtime-api/client/urql';
import type { AnyVariables } from '@urql/core';
import { useEffect, useRef } from 'react';
import { useClient } from 'urql';

export interface StreamOptions {
  /** Not subscribed while true (nothing to watch yet). */
  pause?: boolean;
  /**
   * The stream is live: its first event (the snapshot, or StreamReady) has
   * arrived, so whatever is loaded now misses nothing that follows. Called
   * once, and once more after a reset (the stream's cursor expired and it
   * started again): never after a reconnect, which the client recovers by
   * replaying what was missed.
   */
  onReady?: () => void;
  /** The stream was refused or ended for good (FORBIDDEN, NOT_FOUND, signed out). */
  onError?: (message: string) => void;
}

/**
 * Runs `onEvent` for every event of a subscription, each one (urql's
 * useSubscription keeps the latest result only, so two events in one render
 * would lose the first). The realtime exchange resumes the stream after its
 * last cursor across reconnects; the screens merge events into state.
 */
export function useStream<TData, TVariables extends AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  onEvent: (data: TData) => void,
  { pause = false, onReady, onError }: StreamOptions = {},
): void {
  const client = useClient();
  const handlers = useRef({ onEvent, onReady, onError });
  handlers.current = { onEvent, onReady, onError };
  // Variables are compared by value: a new object with the same values keeps the subscription.
  const key = JSON.stringify(variables);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `variables`.
  useEffect(() => {
    if (pause) return;
    let ready = false;
    const context: RealtimeContext = { onReset: () => (ready = false) };
    const { unsubscribe } = client.subscription(document, variables, context).subscribe((result) => {
      if (result.data) {
        handlers.current.onEvent(result.data);
        if (!ready) {
          ready = true;
          handlers.current.onReady?.();
        }
      }
      if (result.error) handlers.current.onError?.(result.error.message);
    });
    return unsubscribe;
  }, [client, document, key, pause]);
}
