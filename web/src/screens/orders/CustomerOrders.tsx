import { type FormEvent, useState } from 'react';
import { navigate } from '../../app/router';
import { useApi } from '../../app/useApi';
import type { SessionUser } from '../../auth/session';
import { CreateOrder } from './documents';
import { OrderSummary } from './OrderSummary';
import { useOrderFeed } from './useOrderFeed';

/** A customer's orders, live, and a form to place one. */
export function CustomerOrders({ viewer }: { viewer: SessionUser }) {
  const api = useApi();
  const feed = useOrderFeed();
  const [error, setError] = useState<string>();

  async function place(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { description: String(form.get('description')), priceCents: Math.round(Number(form.get('price')) * 100) };
    try {
      const { createOrder } = await api.mutate(CreateOrder, { input });
      navigate(`/orders/${createOrder.id}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const mine = feed.orders.filter((order) => order.customer.id === viewer.id);
  return (
    <div className="stack">
      <h1>Your orders</h1>
      <form className="card row" aria-label="Place an order" onSubmit={place}>
        <label className="grow">
          What to wash
          <input name="description" required defaultValue="2 shirts, 1 duvet" />
        </label>
        <label>
          Price ($)
          <input name="price" type="number" min="0" step="0.01" required defaultValue="24.50" inputMode="decimal" />
        </label>
        <button type="submit" className="primary">
          Place order
        </button>
      </form>
      {(error ?? feed.error) && (
        <p className="error" role="alert">
          {error ?? feed.error}
        </p>
      )}
      {feed.loaded && mine.length === 0 && <p className="muted">No orders yet.</p>}
      <ul className="plain stack">
        {mine.map((order) => (
          <OrderSummary key={order.id} order={order} />
        ))}
      </ul>
    </div>
  );
}
