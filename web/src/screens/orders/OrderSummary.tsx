import type { ReactNode } from 'react';
import { Link } from '../../app/router';
import { money, shortId } from '../../components/time';
import type { OrderCardFragment } from '../../gql/graphql';
import { STATUS_NAMES } from './lifecycle';

/** An order in a list: what, how much, where it stands, and a link to follow it. */
export function OrderSummary({ order, children }: { order: OrderCardFragment; children?: ReactNode }) {
  return (
    <li className="card order" data-order-id={order.id}>
      <div className="row">
        <Link href={`/orders/${order.id}`}>
          <strong>{order.description}</strong> <span className="muted">{shortId(order.id)}</span>
        </Link>
        <span className={`tag status-${order.status.toLowerCase()}`} data-status={order.status}>
          {STATUS_NAMES[order.status]}
        </span>
        <span>{money(order.priceCents)}</span>
      </div>
      <p className="muted">
        Customer {order.customer.firstName ?? order.customer.email ?? shortId(order.customer.id)}
        {' · '}
        {order.partner ? `partner ${order.partner.firstName ?? order.partner.email ?? shortId(order.partner.id)}` : 'no partner yet'}
      </p>
      {children}
    </li>
  );
}
