import type { SessionUser } from '../../auth/session';
import { money } from '../../components/time';
import { OrderActions } from './OrderActions';
import { OrderSummary } from './OrderSummary';
import { useOrderFeed } from './useOrderFeed';

/** A partner's assigned orders, each with its next step, and what the delivered ones earned. */
export function PartnerOrders({ viewer }: { viewer: SessionUser }) {
  const feed = useOrderFeed();
  const assigned = feed.orders.filter((order) => order.partner?.id === viewer.id);
  // Until the stream reports a delivery, the delivered orders loaded are the earnings.
  const earned =
    feed.earningsCents ?? assigned.filter((order) => order.status === 'DELIVERED').reduce((sum, order) => sum + order.priceCents, 0);
  return (
    <div className="stack">
      <div className="row">
        <h1>Your assigned orders</h1>
        <p className="earnings card">
          Earnings <strong data-testid="earnings">{money(earned)}</strong>
        </p>
      </div>
      {feed.error && (
        <p className="error" role="alert">
          {feed.error}
        </p>
      )}
      {feed.loaded && assigned.length === 0 && <p className="muted">Nothing assigned to you yet.</p>}
      <ul className="plain stack">
        {assigned.map((order) => (
          <OrderSummary key={order.id} order={order}>
            <OrderActions order={order} viewer={viewer} onError={feed.setError} />
          </OrderSummary>
        ))}
      </ul>
    </div>
  );
}
