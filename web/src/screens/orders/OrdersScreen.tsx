import type { SessionUser } from '../../auth/session';
import { AdminOrders } from './AdminOrders';
import { CustomerOrders } from './CustomerOrders';
import { OrderDetail } from './OrderDetail';
import { PartnerOrders } from './PartnerOrders';

/** One order when the path names it; otherwise the role's list: a customer's orders, a partner's assignments, or the admins' feed. */
export function OrdersScreen({ user, orderId }: { user: SessionUser; orderId: string | undefined }) {
  if (orderId) return <OrderDetail key={orderId} orderId={orderId} viewer={user} />;
  switch (user.role) {
    case 'PARTNER':
      return <PartnerOrders viewer={user} />;
    case 'ADMIN':
    case 'SUPER_ADMIN':
      return <AdminOrders viewer={user} />;
    default:
      return <CustomerOrders viewer={user} />;
  }
}
