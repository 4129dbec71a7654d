import { createHash } from 'node:crypto';
import type { ConversationEvent } from '../domains/conversations/conversations.events';
import type { DashboardEvent } from '../domains/dashboard/dashboard.events';
import type { NotificationEvent } from '../domains/notifications/notifications.events';
import type { OrderEvent } from '../domains/orders/orders.events';
import type { UploadEvent } from '../domains/uploads/uploads.events';
import type { WizardEvent } from '../domains/wizard/wizard.events';
import type { SessionsRevoked } from '../auth/sessions';
import type { AccessEvent } from './access';

/** What every streamed event carries: the GraphQL type it is shown as. */
export interface EventPayload {
  readonly __typename: string;
}

/**
 * One stream of events of type E: a pub/sub channel and a sequence in the
 * event log. Topics are per viewer or per resource, so a subscriber only
 * ever receives its own events.
 */
export interface Topic<E extends EventPayload = EventPayload> {
  /** The channel and event-log key, `<domain>:<id>`. */
  readonly key: string;
  /** What kind of stream this is, for metrics. */
  readonly domain: string;
  /** A short digest of the key, written into cursors so one stream's cursor is refused by another. */
  readonly tag: string;
  /** Only carries E for the type checker. */
  readonly events?: E;
}

function defineTopic<E extends EventPayload>(domain: string): (id: string) => Topic<E> {
  return (id) => {
    const key = `${domain}:${id}`;
    return { key, domain, tag: createHash('sha256').update(key).digest('base64url').slice(0, 8) };
  };
}

/** The registry of every topic; no code builds a channel name by hand. */
export const topics = {
  /** A user's notifications, by user id. */
  notifications: defineTopic<NotificationEvent>('notifications'),
  /** A user's onboarding wizard, by user id. */
  wizard: defineTopic<WizardEvent>('wizard'),
  /** The one admin dashboard (id `all`), for SUPER_ADMINs only. */
  dashboard: defineTopic<DashboardEvent>('dashboard'),
  /** One conversation, by conversation id, for its participants. */
  conversation: defineTopic<ConversationEvent>('conversation'),
  /** One order, by order id: its customer, its partner and admins. */
  order: defineTopic<OrderEvent>('order'),
  /** Every order of a customer, by user id. */
  customerOrders: defineTopic<OrderEvent>('orders-customer'),
  /** Every order assigned to a partner, and their earnings, by user id. */
  partnerOrders: defineTopic<OrderEvent>('orders-partner'),
  /** Every order (id `all`), for admins. */
  allOrders: defineTopic<OrderEvent>('orders-all'),
  /** One upload, by upload id: its owner and admins. */
  upload: defineTopic<UploadEvent>('upload'),
  /** Every upload of an owner, by user id. */
  ownerUploads: defineTopic<UploadEvent>('uploads-owner'),
  /** Ends a user's streams when a right of theirs ends, by user id. */
  access: defineTopic<AccessEvent>('access'),
  /** Closes a user's sockets when their sessions are revoked, by user id. */
  sessions: defineTopic<SessionsRevoked>('sessions'),
};
