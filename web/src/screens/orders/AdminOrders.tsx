import type { SessionUser } from '../../auth/session';
import { shortId, timeOf } from '../../components/time';
import { OrderActions } from './OrderActions';
import { OrderSummary } from './OrderSummary';
import { useOrderFeed } from './useOrderFeed';

/** Every order as it changes, and each one's assignment. */
export function AdminOrders({ viewer }: { viewer: SessionUser }) {
  const feed = useOrderFeed();
  // The API lists no users: the partners admins can pick are those already on an order (others by id).
  const partners = new Map(feed.orders.flatMap((order) => (order.partner ? [[order.partner.id, order.partner] as const] : [])));
  return (
    <div className="columns">
      <div className="stack">
        <h1>All orders</h1>
        {feed.error && (
          <p className="error" role="alert">
            {feed.error}
          </p>
        )}
        <datalist id="known-partners">
          {[...partners.values()].map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.firstName ?? partner.email}
            </option>
          ))}
        </datalist>
        <ul className="plain stack">
          {feed.orders.map((order) => (
            <OrderSummary key={order.id} order={order}>
              <OrderActions order={order} viewer={viewer} onError={feed.setError} />
            </OrderSummary>
          ))}
        </ul>
      </div>
      <section className="card" aria-labelledby="order-feed-title">
        <h2 id="order-feed-title">Live feed</h2>
        {feed.entries.length === 0 && <p className="muted">Changes to any order appear here.</p>}
        <ol className="plain feed" aria-live="polite">
          {feed.entries.map((entry) => (
            <li key={entry.key}>
              <span className="muted">{timeOf(entry.at)}</span> {shortId(entry.orderId)} {entry.text}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
