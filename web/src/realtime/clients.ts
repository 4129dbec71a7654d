import { createRealtimeClient, type RealtimeClient, type RealtimeState } from '@realtime-api/client';
import { realtimeExchange } from '@realtime-api/client/urql';
import { Client, fetchExchange } from '@urql/core';
import { GRAPHQL_PATH } from '../app/http';
import { getToken } from '../auth/session';

/** The realtime client's state, for useSyncExternalStore. */
export interface StateStore {
  get(): RealtimeState;
  subscribe(listener: () => void): () => void;
}

export interface Clients {
  realtime: RealtimeClient;
  /** Queries and mutations over HTTP (fetchExchange), subscriptions on the realtime client. */
  urql: Client;
  state: StateStore;
}

/** The API's WebSocket endpoint on the origin that served the app. */
function socketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
}

/** One signed-in user's clients: made at sign-in, disposed at sign-out. */
export function createClients(): Clients {
  const listeners = new Set<() => void>();
  let state: RealtimeState = 'connecting';
  const realtime = createRealtimeClient({
    url: socketUrl,
    getToken,
    onState: (next) => {
      state = next;
      for (const listener of listeners) listener();
    },
  });
  const urql = new Client({
    url: GRAPHQL_PATH,
    exchanges: [realtimeExchange(realtime), fetchExchange],
    // Every read is fresh: the screens refetch only when a stream says to (its snapshot or StreamReady).
    requestPolicy: 'network-only',
    // JSON POSTs only: the server's CSRF prevention refuses a GET without its header.
    preferGetMethod: false,
    fetch: async (input, init) => {
      const token = await getToken();
      const headers = new Headers(init?.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
  return {
    realtime,
    urql,
    state: {
      get: () => state,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}
