import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AnyVariables } from '@urql/core';
import { useEffect, useRef } from 'react';
import { useClient } from 'urql';

export interface StreamOptions {
  /** Not subscribed while true (nothing to watch yet). */
  pause?: boolean;
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
  { pause = false, onError }: StreamOptions = {},
): void {
  const client = useClient();
  const handlers = useRef({ onEvent, onError });
  handlers.current = { onEvent, onError };
  // Variables are compared by value: a new object with the same values keeps the subscription.
  const key = JSON.stringify(variables);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `variables`.
  useEffect(() => {
    if (pause) return;
    const { unsubscribe } = client.subscription(document, variables).subscribe((result) => {
      if (result.data) handlers.current.onEvent(result.data);
      if (result.error) handlers.current.onError?.(result.error.message);
    });
    return unsubscribe;
  }, [client, document, key, pause]);
}
