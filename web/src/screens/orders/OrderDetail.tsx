import { useReducer, useState } from 'react';
import { Link } from '../../app/router';
import type { SessionUser } from '../../auth/session';
import { money, shortId } from '../../components/time';
import type { OrderCardFragment, OrderStatus, OrderWatchSubscription } from '../../gql/graphql';
import { useStream } from '../../realtime/useStream';
import { OrderWatch } from './documents';
import { OrderActions } from './OrderActions';
import { Timeline } from './Timeline';
import { type Position, Trail } from './Trail';

interface DetailState {
  order: OrderCardFragment | null;
  /** When the order reached each status, as far as this page knows. */
  reached: Partial<Record<OrderStatus, string>>;
  trail: Position[];
}

/** Enough of a drive to see its shape. */
const TRAIL_LENGTH = 300;

function detailReducer(state: DetailState, event: OrderWatchSubscription['orderUpdates']): DetailState {
  switch (event.__typename) {
    case 'OrderSnapshot': {
      const order = event.order as OrderCardFragment;
      return {
        order,
        reached: { ...state.reached, [order.status]: order.updatedAt },
        trail: order.lastLocation ? [order.lastLocation] : [],
      };
    }
    case 'OrderAssigned':
      return { ...state, order: event.order as OrderCardFragment };
    case 'OrderStatusChanged':
      return { ...state, order: event.order as OrderCardFragment, reached: { ...state.reached, [event.order.status]: event.at } };
    case 'OrderLocationUpdated':
      return { ...state, trail: [...state.trail, event.location].slice(-TRAIL_LENGTH) };
    default:
      return state;
  }
}

/** One order as it moves: its status timeline and the partner's trail, both from the order's stream. */
export function OrderDetail({ orderId, viewer }: { orderId: string; viewer: SessionUser }) {
  const [state, dispatch] = useReducer(detailReducer, { order: null, reached: {}, trail: [] });
  const [error, setError] = useState<string>();
  useStream(OrderWatch, { orderId }, (data) => dispatch(data.orderUpdates), { onError: setError });
  const { order } = state;

  return (
    <div className="stack">
      <Link href="/orders" className="back">
        ← Orders
      </Link>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {order && (
        <>
          <div className="row">
            <h1>{order.description}</h1>
            <span className="muted">
              {shortId(order.id)} · {money(order.priceCents)}
            </span>
          </div>
          <div className="columns">
            <section className="card" aria-labelledby="timeline-title">
              <h2 id="timeline-title">Status</h2>
              <Timeline status={order.status} reached={state.reached} />
              <OrderActions order={order} viewer={viewer} onError={setError} />
            </section>
            <section className="card" aria-labelledby="trail-title">
              <h2 id="trail-title">Partner's route</h2>
              <p className="muted">
                {order.partner ? `${order.partner.firstName ?? order.partner.email ?? 'The partner'}` : 'No partner yet'}
              </p>
              <Trail points={state.trail} />
            </section>
          </div>
        </>
      )}
    </div>
  );
}
