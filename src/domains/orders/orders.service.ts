import { and, desc, eq, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ADMINS, isAdmin, requireRole, requireViewer } from '../../auth/rules';
import { BackgroundWork } from '../../background';
import type { Viewer } from '../../auth/viewer';
import type { Db, Tx } from '../../db/client';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors';
import type { EventWriter } from '../../realtime/realtime';
import type { Topic } from '../../realtime/topics';
import { checkId, checkInt, checkText } from '../../validation';
import type { ServiceDeps } from '../service-deps';
import { withoutSecret } from '../users/users.service';
import { users, type UserRow } from '../users/users.table';
import { Coalescer } from './orders.coalescer';
import {
  allOrdersTopic,
  customerOrdersTopic,
  orderTopic,
  partnerOrdersTopic,
  type LocationView,
  type OrderEvent,
  type OrderLocationUpdated,
  type OrderSnapshot,
  type OrderView,
} from './orders.events';
import { orders, type OrderRow, type OrderStatus } from './orders.table';

export interface NewOrder {
  description: string;
  priceCents: number;
}

/** Who may read an order: its customer, its partner (if any) and admins. */
interface Parties {
  id: string;
  customerId: string;
  partnerId: string | null;
}

/** A location report waiting to be stored and published. */
interface LocationReport {
  order: Parties;
  location: LocationView;
}

const DESCRIPTION_MAX = 2_000;
const PRICE_MAX_CENTS = 100_000_000;
/** A partner's location reports are stored and published at most once per order per window. */
const LOCATION_WINDOW_MS = 1_000;
/** The id of the one all-orders topic. */
const ALL = 'all';
const NOTIFICATION_EXCERPT = 80;

/** Each status's next step in the lifecycle; DELIVERED and CANCELLED have none. */
const NEXT_STEP: Partial<Record<OrderStatus, OrderStatus>> = {
  PENDING: 'CONFIRMED',
  CONFIRMED: 'PICKED_UP',
  PICKED_UP: 'IN_PROCESS',
  IN_PROCESS: 'READY',
  READY: 'OUT_FOR_DELIVERY',
  OUT_FOR_DELIVERY: 'DELIVERED',
};
const CANCELLABLE: OrderStatus[] = ['PENDING', 'CONFIRMED'];
const TRACKED: OrderStatus[] = ['PICKED_UP', 'OUT_FOR_DELIVERY'];
const FINISHED: OrderStatus[] = ['DELIVERED', 'CANCELLED'];

const customers = alias(users, 'customer');
const partners = alias(users, 'partner');

/** Orders: creation, assignment, the lifecycle, live locations and the order streams. */
export class OrdersService {
  private readonly locations: Coalescer<LocationReport>;

  constructor(private readonly deps: ServiceDeps) {
    this.locations = new Coalescer(
      LOCATION_WINDOW_MS,
      (orderId, report) => this.storeAndPublishLocation(orderId, report),
      new BackgroundWork((error) => deps.logger.warn({ err: error }, 'storing a location report failed')),
    );
  }

  /** Any signed-in user orders, as its customer. */
  async create(viewer: Viewer | null, input: NewOrder): Promise<OrderView> {
    const { id: customerId } = requireViewer(viewer);
    const now = new Date();
    const values = {
      customerId,
      description: checkText(input.description, 'description', { max: DESCRIPTION_MAX }),
      priceCents: checkInt(input.priceCents, 'priceCents', 0, PRICE_MAX_CENTS),
      createdAt: now,
      updatedAt: now,
    };
    return this.deps.realtime.write(async (tx, events) => {
      const [row] = await tx.insert(orders).values(values).returning({ id: orders.id });
      const order = await loadView(tx, row!.id);
      await appendToWatchers(events, partiesOf(order), { __typename: 'OrderCreated', order });
      return order;
    });
  }

  /** The customer, the assigned partner and admins; FORBIDDEN for anyone else. */
  async order(viewer: Viewer | null, id: string): Promise<OrderView> {
    const signedIn = requireViewer(viewer);
    const order = await loadView(this.deps.db, checkId(id, 'id'));
    checkCanRead(signedIn, partiesOf(order));
    return order;
  }

  /** The orders the viewer may watch (see scopeOf), newest first, optionally of one status. */
  async list(viewer: Viewer | null, status: OrderStatus | null | undefined): Promise<OrderView[]> {
    const { filter } = scopeOf(requireViewer(viewer));
    return selectViews(this.deps.db, and(filter, status ? eq(orders.status, status) : undefined));
  }

  /** Admins give the order to a PARTNER; a PENDING order becomes CONFIRMED. */
  async assign(viewer: Viewer | null, orderId: string, partnerId: string): Promise<OrderView> {
    requireRole(viewer, ...ADMINS);
    const id = checkId(orderId, 'orderId');
    const newPartnerId = checkId(partnerId, 'partnerId');
    return this.deps.realtime.write(async (tx, events) => {
      const before = await lockOrder(tx, id);
      if (FINISHED.includes(before.status)) {
        throw new BadUserInputError(`A ${before.status} order cannot be assigned.`, { argumentName: 'orderId' });
      }
      await checkIsPartner(tx, newPartnerId);
      const status = before.status === 'PENDING' ? 'CONFIRMED' : before.status;
      await tx.update(orders).set({ partnerId: newPartnerId, status, updatedAt: new Date() }).where(eq(orders.id, id));
      const order = await loadView(tx, id);
      await appendToWatchers(events, partiesOf(order), { __typename: 'OrderAssigned', order });
      if (status !== before.status) await this.announceStatusChange(tx, events, order, before.status);
      return order;
    });
  }

  /** One step along the lifecycle, by the assigned partner or an admin; the customer may cancel while PENDING. */
  async updateStatus(viewer: Viewer | null, orderId: string, status: OrderStatus): Promise<OrderView> {
    const signedIn = requireViewer(viewer);
    const id = checkId(orderId, 'orderId');
    return this.deps.realtime.write(async (tx, events) => {
      const before = await lockOrder(tx, id);
      checkMove(signedIn, before, status);
      await tx.update(orders).set({ status, updatedAt: new Date() }).where(eq(orders.id, id));
      const order = await loadView(tx, id);
      await this.announceStatusChange(tx, events, order, before.status);
      return order;
    });
  }

  /** The assigned partner's position while the order travels; stored and published at most once a second per order. */
  async reportLocation(viewer: Viewer | null, orderId: string, latitude: number, longitude: number): Promise<boolean> {
    const signedIn = requireViewer(viewer);
    await this.deps.limiter.take('reportOrderLocation', signedIn.id);
    const id = checkId(orderId, 'orderId');
    checkCoordinate(latitude, 'latitude', 90);
    checkCoordinate(longitude, 'longitude', 180);
    const [order] = await this.deps.db.select().from(orders).where(eq(orders.id, id));
    if (!order) throw new NotFoundError('Order');
    if (order.partnerId !== signedIn.id) throw new ForbiddenError('Only the assigned partner reports the location.');
    if (!TRACKED.includes(order.status)) {
      throw new BadUserInputError(`Locations are reported while the order is ${TRACKED.join(' or ')}, not ${order.status}.`);
    }
    this.locations.offer(id, { order, location: { latitude, longitude, at: new Date().toISOString() } });
    return true;
  }

  /**
   * One order (OrderSnapshot first) or, without orderId, every order the
   * viewer may watch (StreamReady first). Every check runs before the stream
   * is returned, so a refusal is this subscription's error.
   */
  async subscribe(viewer: Viewer | null, orderId: string | null | undefined, after: string | null | undefined) {
    const signedIn = requireViewer(viewer);
    if (orderId == null) {
      const { topic } = scopeOf(signedIn);
      return this.deps.realtime.stream({ topic, afterSeq: this.deps.realtime.resumePoint(topic, after) });
    }
    const id = checkId(orderId, 'orderId');
    checkCanRead(signedIn, partiesOf(await loadView(this.deps.db, id)));
    const topic = orderTopic(id);
    return this.deps.realtime.stream({
      topic,
      afterSeq: this.deps.realtime.resumePoint(topic, after),
      snapshot: async (tx): Promise<OrderSnapshot> => ({ __typename: 'OrderSnapshot', order: await loadView(tx, id) }),
      // A partner the order was taken from may no longer read it.
      endWhen: {
        topic,
        check: (event: OrderEvent) =>
          event.__typename === 'OrderAssigned' && !canRead(signedIn, partiesOf(event.order))
            ? new ForbiddenError('This order was assigned to another partner.')
            : undefined,
      },
      verifyAccess: async () => checkCanRead(signedIn, partiesOf(await loadView(this.deps.db, id))),
    });
  }

  /** Stops the location timers, storing and publishing the reports still waiting. */
  async stop(): Promise<void> {
    await this.locations.stop();
  }

  /** OrderStatusChanged to every watcher, the customer's notification, and the partner's earnings on delivery. */
  private async announceStatusChange(tx: Tx, events: EventWriter, order: OrderView, previousStatus: OrderStatus): Promise<void> {
    const parties = partiesOf(order);
    await appendToWatchers(events, parties, { __typename: 'OrderStatusChanged', order, previousStatus });
    await this.deps.notifications.create(events, {
      userId: parties.customerId,
      kind: 'order.status',
      title: `Order ${describeStatus(order.status)}`,
      message: `Your order "${excerpt(order.description)}" is now ${describeStatus(order.status)}.`,
    });
    if (order.status === 'DELIVERED' && parties.partnerId) {
      const partnerId = parties.partnerId;
      await events.append(partnerOrdersTopic(partnerId), async () => ({
        __typename: 'PartnerEarningsUpdated' as const,
        orderId: order.id,
        amountCents: order.priceCents,
        totalCents: await deliveredTotal(tx, partnerId),
      }));
    }
  }

  private async storeAndPublishLocation(orderId: string, { order, location }: LocationReport): Promise<void> {
    const at = new Date(location.at);
    // Sends of one order may overlap: never let an older report overwrite a newer one.
    await this.deps.db
      .update(orders)
      .set({ lastLatitude: location.latitude, lastLongitude: location.longitude, lastLocationAt: at })
      .where(and(eq(orders.id, orderId), or(isNull(orders.lastLocationAt), lte(orders.lastLocationAt, at))));
    const event: OrderLocationUpdated = { __typename: 'OrderLocationUpdated', orderId, location };
    for (const topic of watcherTopics(order)) this.deps.realtime.publishEphemeral(topic, event);
  }
}

/** The topics whose readers may read this order: its own, its customer's, its partner's and the admins'. */
function watcherTopics(order: Parties): Topic<OrderEvent>[] {
  return [
    orderTopic(order.id),
    customerOrdersTopic(order.customerId),
    ...(order.partnerId ? [partnerOrdersTopic(order.partnerId)] : []),
    allOrdersTopic(ALL),
  ];
}

async function appendToWatchers(events: EventWriter, order: Parties, event: OrderEvent): Promise<void> {
  for (const topic of watcherTopics(order)) await events.append(topic, async () => event);
}

/** The stream and the rows a viewer watches without naming an order: by role. */
function scopeOf(viewer: Viewer): { topic: Topic<OrderEvent>; filter: SQL | undefined } {
  if (isAdmin(viewer)) return { topic: allOrdersTopic(ALL), filter: undefined };
  if (viewer.role === 'PARTNER') return { topic: partnerOrdersTopic(viewer.id), filter: eq(orders.partnerId, viewer.id) };
  if (viewer.role === 'USER') return { topic: customerOrdersTopic(viewer.id), filter: eq(orders.customerId, viewer.id) };
  throw new ForbiddenError('Service accounts have no orders to watch.');
}

function partiesOf(order: OrderView): Parties {
  return { id: order.id, customerId: order.customer.id, partnerId: order.partner?.id ?? null };
}

function canRead(viewer: Viewer, order: Parties): boolean {
  return isAdmin(viewer) || viewer.id === order.customerId || viewer.id === order.partnerId;
}

function checkCanRead(viewer: Viewer, order: Parties): void {
  if (!canRead(viewer, order)) throw new ForbiddenError('Only the customer, the assigned partner and admins may see this order.');
}

/** FORBIDDEN for strangers, BAD_USER_INPUT for a move off the lifecycle, FORBIDDEN for a customer's move other than cancelling while PENDING. */
function checkMove(viewer: Viewer, order: OrderRow, to: OrderStatus): void {
  checkCanRead(viewer, order);
  const isStep = NEXT_STEP[order.status] === to || (to === 'CANCELLED' && CANCELLABLE.includes(order.status));
  if (!isStep) throw new BadUserInputError(`An order cannot move from ${order.status} to ${to}.`, { argumentName: 'status' });
  const movesIt = isAdmin(viewer) || viewer.id === order.partnerId;
  const customerCancels = to === 'CANCELLED' && order.status === 'PENDING';
  if (!movesIt && !customerCancels)
    throw new ForbiddenError('Only the assigned partner or an admin moves this order; you may cancel it while PENDING.');
}

async function checkIsPartner(tx: Tx, userId: string): Promise<void> {
  const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (!user) throw new NotFoundError('User');
  if (user.role !== 'PARTNER') throw new BadUserInputError('Orders are assigned to PARTNER users only.', { argumentName: 'partnerId' });
}

function checkCoordinate(value: number, argumentName: string, limit: number): void {
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    throw new BadUserInputError(`${argumentName} must be between -${limit} and ${limit}.`, { argumentName });
  }
}

/** The order row, locked until the transaction ends so its changes take turns. */
async function lockOrder(tx: Tx, id: string): Promise<OrderRow> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, id)).for('update');
  if (!order) throw new NotFoundError('Order');
  return order;
}

async function loadView(db: Db | Tx, id: string): Promise<OrderView> {
  const [order] = await selectViews(db, eq(orders.id, id));
  if (!order) throw new NotFoundError('Order');
  return order;
}

async function selectViews(db: Db | Tx, where: SQL | undefined): Promise<OrderView[]> {
  const rows = await db
    .select({ order: orders, customer: customers, partner: partners })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .leftJoin(partners, eq(partners.id, orders.partnerId))
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id));
  return rows.map(({ order, customer, partner }) => toOrderView(order, customer, partner));
}

function toOrderView(order: OrderRow, customer: UserRow, partner: UserRow | null): OrderView {
  const { lastLatitude: latitude, lastLongitude: longitude, lastLocationAt } = order;
  return {
    id: order.id,
    customer: withoutSecret(customer),
    partner: partner ? withoutSecret(partner) : null,
    status: order.status,
    description: order.description,
    priceCents: order.priceCents,
    lastLocation:
      latitude !== null && longitude !== null && lastLocationAt ? { latitude, longitude, at: lastLocationAt.toISOString() } : null,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}

/** What the partner earned from every order they delivered. */
async function deliveredTotal(tx: Tx, partnerId: string): Promise<number> {
  const [row] = await tx
    .select({ total: sql<number>`coalesce(sum(${orders.priceCents}), 0)`.mapWith(Number) })
    .from(orders)
    .where(and(eq(orders.partnerId, partnerId), eq(orders.status, 'DELIVERED')));
  return row!.total;
}

function describeStatus(status: OrderStatus): string {
  return status.toLowerCase().replaceAll('_', ' ');
}

function excerpt(text: string): string {
  return text.length <= NOTIFICATION_EXCERPT ? text : `${text.slice(0, NOTIFICATION_EXCERPT - 1)}…`;
}
