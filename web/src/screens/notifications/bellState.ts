import { mergeById, newestFirst } from '../../components/merge';
import type { BellNotificationFragment, BellStreamSubscription } from '../../gql/graphql';

export interface BellState {
  /** From the stream: every event carries the count after it. Null until the snapshot. */
  unreadCount: number | null;
  items: BellNotificationFragment[];
}

export type BellAction =
  | { type: 'event'; event: BellStreamSubscription['notifications'] }
  | { type: 'loaded'; items: BellNotificationFragment[] };

export const EMPTY: BellState = { unreadCount: null, items: [] };

const SHOWN = 20;

export function bellReducer(state: BellState, action: BellAction): BellState {
  if (action.type === 'loaded') {
    // A notification read while the list was loading stays read: readAt never goes back to null.
    const loaded = action.items.map((item) => ({
      ...item,
      readAt: item.readAt ?? state.items.find((known) => known.id === item.id)?.readAt ?? null,
    }));
    return { ...state, items: mergeById(state.items, loaded, newestFirst).slice(0, SHOWN) };
  }
  const { event } = action;
  switch (event.__typename) {
    case 'UnreadCount':
      return { ...state, unreadCount: event.unreadCount };
    case 'NotificationCreated':
      return {
        unreadCount: event.unreadCount,
        items: mergeById(state.items, [event.notification as BellNotificationFragment], newestFirst).slice(0, SHOWN),
      };
    case 'NotificationsRead': {
      const read = new Set(event.ids);
      return {
        unreadCount: event.unreadCount,
        items: state.items.map((item) => (read.has(item.id) && !item.readAt ? { ...item, readAt: event.at } : item)),
      };
    }
    default:
      return state;
  }
}
