import { defineTopic } from '../../realtime/topics';
import type { UserView } from '../users/users.service';
import type { OrderStatus } from './orders.table';

export interface LocationView {
  latitude: number;
  longitude: number;
  at: string;
}

/** An order as the API shows it and as events carry it. */
export interface OrderView {
  id: string;
  customer: UserView;
  partner: UserView | null;
  status: OrderStatus;
  description: string;
  priceCents: number;
  lastLocation: LocationView | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrderSnapshot {
  __typename: 'OrderSnapshot';
  order: OrderView;
}

/** A new order, to its customer's and the admins' streams. */
export interface OrderCreated {
  __typename: 'OrderCreated';
  order: OrderView;
}

export interface OrderStatusChanged {
  __typename: 'OrderStatusChanged';
  order: OrderView;
  previousStatus: OrderStatus;
}

export interface OrderAssigned {
  __typename: 'OrderAssigned';
  order: OrderView;
}

/** Ephemeral: never stored or replayed. */
export interface OrderLocationUpdated {
  __typename: 'OrderLocationUpdated';
  orderId: string;
  location: LocationView;
}

/** Only on the partner's own topic. */
export interface PartnerEarningsUpdated {
  __typename: 'PartnerEarningsUpdated';
  orderId: string;
  amountCents: number;
  totalCents: number;
}

/** The events of the order topics. */
export type OrderEvent = OrderCreated | OrderStatusChanged | OrderAssigned | OrderLocationUpdated | PartnerEarningsUpdated;

declare module '../../realtime/topics' {
  interface TopicEvents {
    /** One order, by order id: its customer, its partner and admins. */
    order: OrderEvent;
    /** Every order of a customer, by user id. */
    'orders-customer': OrderEvent;
    /** Every order assigned to a partner, and their earnings, by user id. */
    'orders-partner': OrderEvent;
    /** Every order (id `all`), for admins. */
    'orders-all': OrderEvent;
  }
}

/** One order's topic, by order id. */
export const orderTopic = defineTopic('order');

/** A customer's orders topic, by user id. */
export const customerOrdersTopic = defineTopic('orders-customer');

/** A partner's orders topic, by user id. */
export const partnerOrdersTopic = defineTopic('orders-partner');

/** The admins' topic of every order; its one id is `all`. */
export const allOrdersTopic = defineTopic('orders-all');
