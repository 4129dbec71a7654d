import { type FormEvent, useId } from 'react';
import { useApi } from '../../app/useApi';
import type { SessionUser } from '../../auth/session';
import type { OrderCardFragment } from '../../gql/graphql';
import { AssignOrder, UpdateOrderStatus } from './documents';
import { isMoving, nextStatus, STATUS_NAMES } from './lifecycle';
import { SimulatedDrive } from './SimulatedDrive';

/** What the viewer may do to the order now: the partner or an admin moves it on, an admin assigns it, the customer cancels it while it is pending. */
export function OrderActions({
  order,
  viewer,
  onError,
}: {
  order: OrderCardFragment;
  viewer: SessionUser;
  onError: (message: string) => void;
}) {
  const api = useApi();
  const inputId = useId();
  const admin = viewer.role === 'ADMIN' || viewer.role === 'SUPER_ADMIN';
  const partner = order.partner?.id === viewer.id;
  const next = nextStatus(order.status);
  const open = order.status !== 'DELIVERED' && order.status !== 'CANCELLED';
  const act = (work: Promise<unknown>) => work.catch((failure: Error) => onError(failure.message));

  function assign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const partnerId = String(new FormData(event.currentTarget).get('partnerId')).trim();
    void act(api.mutate(AssignOrder, { orderId: order.id, partnerId }));
  }

  return (
    <div className="actions row">
      {(partner || admin) && next && (
        <button type="button" className="primary" onClick={() => act(api.mutate(UpdateOrderStatus, { orderId: order.id, status: next }))}>
          Mark {STATUS_NAMES[next].toLowerCase()}
        </button>
      )}
      {order.customer.id === viewer.id && order.status === 'PENDING' && (
        <button type="button" onClick={() => act(api.mutate(UpdateOrderStatus, { orderId: order.id, status: 'CANCELLED' }))}>
          Cancel order
        </button>
      )}
      {partner && isMoving(order.status) && <SimulatedDrive order={order} onError={onError} />}
      {admin && open && (
        <form className="row" onSubmit={assign} aria-label={`Assign order ${order.description}`}>
          <label htmlFor={inputId} className="visually-hidden">
            Partner ID
          </label>
          <input
            id={inputId}
            name="partnerId"
            list="known-partners"
            placeholder="Partner ID"
            required
            defaultValue={order.partner?.id ?? ''}
          />
          <button type="submit">{order.partner ? 'Reassign' : 'Assign'}</button>
        </form>
      )}
    </div>
  );
}
