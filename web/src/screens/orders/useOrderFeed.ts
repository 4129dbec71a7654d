import { useReducer, useState } from 'react';
import { useApi } from '../../app/useApi';
import { mergeById, newestFirst } from '../../components/merge';
import type { OrderCardFragment, OrderFeedSubscription, OrderStatus } from '../../gql/graphql';
import { useStream } from '../../realtime/useStream';
import { OrderFeed, Orders } from './documents';

export interface FeedEntry {
  key: string;
  at: string;
  orderId: string;
  text: string;
}

interface FeedState {
  orders: OrderCardFragment[];
  /** What happened, newest first: the admins' feed. */
  entries: FeedEntry[];
  /** A partner's delivered earnings, from PartnerEarningsUpdated; null until one arrives. */
  earningsCents: number | null;
}

type FeedAction = { type: 'event'; event: OrderFeedSubscription['orderUpdates'] } | { type: 'loaded'; orders: OrderCardFragment[] };

const SHOWN = 50;

function feedReducer(state: FeedState, action: FeedAction): FeedState {
  if (action.type === 'loaded') return { ...state, orders: mergeById(state.orders, action.orders, newestFirst) };
  const { event } = action;
  const entry = (orderId: string, text: string) =>
    [{ key: `${event.at}-${orderId}-${state.entries.length}`, at: event.at, orderId, text }, ...state.entries].slice(0, SHOWN);
  switch (event.__typename) {
    case 'OrderCreated':
    case 'OrderAssigned':
    case 'OrderStatusChanged': {
      const order = event.order as OrderCardFragment;
      const text =
        event.__typename === 'OrderCreated'
          ? `placed: ${order.description}`
          : event.__typename === 'OrderAssigned'
            ? `assigned to ${order.partner?.firstName ?? order.partner?.email ?? 'a partner'}`
            : `${statusText(event.previousStatus)} → ${statusText(order.status)}`;
      return { ...state, orders: mergeById(state.orders, [order], newestFirst), entries: entry(order.id, text) };
    }
    case 'OrderLocationUpdated':
      return {
        ...state,
        orders: state.orders.map((order) => (order.id === event.orderId ? { ...order, lastLocation: event.location } : order)),
      };
    case 'PartnerEarningsUpdated':
      return { ...state, earningsCents: event.totalCents };
    default:
      return state;
  }
}

const statusText = (status: OrderStatus) => status.toLowerCase().replaceAll('_', ' ');

/** The orders the viewer may see, kept live by the all-orders stream; loaded once that stream is live, so nothing falls between. */
export function useOrderFeed() {
  const api = useApi();
  const [state, dispatch] = useReducer(feedReducer, { orders: [], entries: [], earningsCents: null });
  const [error, setError] = useState<string>();
  const [loaded, setLoaded] = useState(false);
  useStream(OrderFeed, {}, (data) => dispatch({ type: 'event', event: data.orderUpdates }), {
    onReady: () =>
      api.query(Orders, {}).then(
        ({ orders }) => {
          dispatch({ type: 'loaded', orders: orders as OrderCardFragment[] });
          setLoaded(true);
        },
        (failure: Error) => setError(failure.message),
      ),
    onError: setError,
  });
  return { ...state, loaded, error, setError };
}
