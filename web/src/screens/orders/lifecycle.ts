import type { OrderStatus } from '../../gql/graphql';

/** The lifecycle, one step at a time (schema.graphql's OrderStatus); CANCELLED is off it. */
export const LIFECYCLE: readonly OrderStatus[] = [
  'PENDING',
  'CONFIRMED',
  'PICKED_UP',
  'IN_PROCESS',
  'READY',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
];

export const STATUS_NAMES: Record<OrderStatus, string> = {
  PENDING: 'Placed',
  CONFIRMED: 'Confirmed',
  PICKED_UP: 'Picked up',
  IN_PROCESS: 'In process',
  READY: 'Ready',
  OUT_FOR_DELIVERY: 'Out for delivery',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

/** The step after `status`, for the partner's button; none once delivered, cancelled, or before an assignment confirmed it. */
export function nextStatus(status: OrderStatus): OrderStatus | undefined {
  if (status === 'PENDING' || status === 'CANCELLED') return undefined;
  return LIFECYCLE[LIFECYCLE.indexOf(status) + 1];
}

/** Where the partner's position is reported (the API refuses it elsewhere). */
export function isMoving(status: OrderStatus): boolean {
  return status === 'PICKED_UP' || status === 'OUT_FOR_DELIVERY';
}
