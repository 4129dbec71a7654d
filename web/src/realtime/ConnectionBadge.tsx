import type { RealtimeState } from '@realtime-api/client';
import { useSyncExternalStore } from 'react';
import type { StateStore } from './clients';

const LABELS: Record<RealtimeState, string> = {
  connecting: 'Connecting',
  live: 'Live',
  recovering: 'Recovering',
  offline: 'Offline',
  signedOut: 'Signed out',
};

/** The realtime client's state: whether what the page shows is live, catching up, or waiting for the network. */
export function ConnectionBadge({ store }: { store: StateStore }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  return (
    <output className={`badge badge-${state}`} data-state={state} aria-live="polite" aria-label={`Connection: ${LABELS[state]}`}>
      {LABELS[state]}
    </output>
  );
}
