import { describe, expect, it } from 'vitest';
import { OrderStream, RecentNotifications } from './kit/documents';
import { signUp, superAdmin, userWithRole, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { OrderStatus, OrderStreamSubscription } from './kit/gql/graphql';
import { codes, gql, gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

const OrdersCreate = graphql(`
  mutation OrdersCreate($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
      status
      description
      priceCents
      partner {
        id
      }
      customer {
        id
      }
      lastLocation {
        latitude
      }
      createdAt
      updatedAt
    }
  }
`);

const OrdersAssign = graphql(`
  mutation OrdersAssign($orderId: ID!, $partnerId: ID!) {
    assignOrder(orderId: $orderId, partnerId: $partnerId) {
      id
      status
      partner {
        id
      }
    }
  }
`);

const OrdersUpdateStatus = graphql(`
  mutation OrdersUpdateStatus($orderId: ID!, $status: OrderStatus!) {
    updateOrderStatus(orderId: $orderId, status: $status) {
      id
      status
    }
  }
`);

const OrdersReportLocation = graphql(`
  mutation OrdersReportLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {
    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)
  }
`);

const OrdersOne = graphql(`
  query OrdersOne($id: ID!) {
    order(id: $id) {
      id
      status
      customer {
        id
        email
      }
      partner {
        id
        email
      }
      lastLocation {
        latitude
        longitude
        at
      }
    }
  }
`);

const OrdersList = graphql(`
  query OrdersList($status: OrderStatus) {
    orders(status: $status) {
      id
      status
    }
  }
`);

type OrderStreamEvent = OrderStreamSubscription['orderUpdates'];

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const LIFECYCLE: OrderStatus[] = ['PICKED_UP', 'IN_PROCESS', 'READY', 'OUT_FOR_DELIVERY', 'DELIVERED'];

const server = await startTestServer();
const admin = await superAdmin(server);

async function createOrder(customer: TestUser, description = 'two shirts', priceCents = 1_500) {
  return (await gqlData(server.httpUrl, OrdersCreate, { input: { description, priceCents } }, customer.token)).createOrder;
}

async function assign(orderId: string, partner: TestUser) {
  return (await gqlData(server.httpUrl, OrdersAssign, { orderId, partnerId: partner.id }, admin.token)).assignOrder;
}

async function move(mover: TestUser, orderId: string, status: OrderStatus) {
  return (await gqlData(server.httpUrl, OrdersUpdateStatus, { orderId, status }, mover.token)).updateOrderStatus;
}

/** An order of a new customer, assigned to a new partner and moved up to `status`. */
async function assignedOrder(upTo?: OrderStatus, priceCents = 1_500) {
  const customer = await signUp(server, 'customer');
  const partner = await userWithRole(server, 'PARTNER');
  const order = await createOrder(customer, 'a parcel', priceCents);
  await assign(order.id, partner);
  for (const status of upTo ? LIFECYCLE.slice(0, LIFECYCLE.indexOf(upTo) + 1) : []) await move(partner, order.id, status);
  return { customer, partner, order };
}

async function watch(user: TestUser, variables: { orderId?: string; after?: string } = {}) {
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe('o', OrderStream, variables);
  const nextEvent = async (): Promise<OrderStreamEvent> => (await socket.data<OrderStreamSubscription>('o')).orderUpdates;
  return { socket, nextEvent };
}

/** The refusal a subscription gets: one `next` with the error's code, then `complete`. */
async function refusal(user: TestUser, variables: { orderId?: string; after?: string }) {
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe('refused', OrderStream, variables);
  const result = codes(await socket.next('refused'));
  expect((await socket.message('refused')).type).toBe('complete');
  return { codes: result, socket };
}

function statusOf(event: OrderStreamEvent): string {
  return event.__typename === 'OrderStatusChanged' ? `${event.previousStatus}->${event.order.status}` : event.__typename;
}

describe('one order stream', () => {
  it('starts with the snapshot, then streams the assignment and every step to the customer, the partner and admins', async () => {
    const customer = await signUp(server, 'customer');
    const partner = await userWithRole(server, 'PARTNER');
    const order = await createOrder(customer);
    expect(order).toMatchObject({ status: 'PENDING', partner: null, customer: { id: customer.id }, lastLocation: null });
    const watchers = [await watch(customer, { orderId: order.id }), await watch(admin, { orderId: order.id })];
    for (const { nextEvent } of watchers) {
      const snapshot = await nextEvent();
      expect(snapshot).toMatchObject({ __typename: 'OrderSnapshot', order: { id: order.id, status: 'PENDING', partner: null } });
      expect(snapshot.cursor).toEqual(expect.any(String));
    }

    expect(await assign(order.id, partner)).toMatchObject({ status: 'CONFIRMED', partner: { id: partner.id } });
    const partnerWatch = await watch(partner, { orderId: order.id });
    expect(await partnerWatch.nextEvent()).toMatchObject({
      __typename: 'OrderSnapshot',
      order: { status: 'CONFIRMED', partner: { id: partner.id } },
    });
    for (const status of LIFECYCLE) expect(await move(partner, order.id, status)).toMatchObject({ status });

    const steps = [
      'PENDING->CONFIRMED',
      'CONFIRMED->PICKED_UP',
      'PICKED_UP->IN_PROCESS',
      'IN_PROCESS->READY',
      'READY->OUT_FOR_DELIVERY',
      'OUT_FOR_DELIVERY->DELIVERED',
    ];
    for (const { nextEvent } of watchers) {
      expect(await nextEvent()).toMatchObject({ __typename: 'OrderAssigned', order: { id: order.id, partner: { id: partner.id } } });
      const events = [];
      for (const _ of steps) events.push(await nextEvent());
      expect(events.map(statusOf)).toEqual(steps);
    }
    const partnerEvents = [];
    for (const _ of LIFECYCLE) partnerEvents.push(await partnerWatch.nextEvent());
    expect(partnerEvents.map(statusOf)).toEqual(steps.slice(1));
    // The earnings are the partner's alone, and only on their all-orders stream.
    for (const { socket } of [...watchers, partnerWatch]) expect(await socket.drain('o', 300)).toEqual([]);
  });

  it('notifies the customer of every status change, assignment included', async () => {
    const { customer, partner, order } = await assignedOrder('PICKED_UP');
    await move(partner, order.id, 'IN_PROCESS');
    const { notifications } = await gqlData(server.httpUrl, RecentNotifications, { first: 50 }, customer.token);
    expect(notifications.edges.map((edge) => edge.node)).toMatchObject([
      { kind: 'order.status', title: 'Order in process' },
      { kind: 'order.status', title: 'Order picked up' },
      { kind: 'order.status', title: 'Order confirmed' },
    ]);
    expect((await gqlData(server.httpUrl, RecentNotifications, { first: 50 }, partner.token)).notifications.totalCount).toBe(0);
  });

  it('resumes from the last cursor with exactly the missed events, then StreamReady, then live ones', async () => {
    const { customer, partner, order } = await assignedOrder();
    const first = await watch(customer, { orderId: order.id });
    await first.nextEvent();
    await move(partner, order.id, 'PICKED_UP');
    const seen = await first.nextEvent();
    first.socket.close();
    await first.socket.closed;

    await move(partner, order.id, 'IN_PROCESS');
    await move(partner, order.id, 'READY');
    const resumed = await watch(customer, { orderId: order.id, after: seen.cursor! });
    const replayed = [await resumed.nextEvent(), await resumed.nextEvent()];
    expect(replayed.map(statusOf)).toEqual(['PICKED_UP->IN_PROCESS', 'IN_PROCESS->READY']);
    expect(await resumed.nextEvent()).toMatchObject({ __typename: 'StreamReady', cursor: replayed[1]!.cursor });

    await move(partner, order.id, 'OUT_FOR_DELIVERY');
    expect(statusOf(await resumed.nextEvent())).toBe('READY->OUT_FOR_DELIVERY');
    expect(await resumed.socket.drain('o', 200)).toEqual([]);
  });

  it('refuses strangers, other partners, unknown orders and foreign cursors; the socket stays open', async () => {
    const { customer, order } = await assignedOrder();
    const stranger = await signUp(server, 'stranger');
    const otherPartner = await userWithRole(server, 'PARTNER');
    expect((await refusal(stranger, { orderId: order.id })).codes).toEqual(['FORBIDDEN']);
    expect((await refusal(otherPartner, { orderId: order.id })).codes).toEqual(['FORBIDDEN']);
    expect((await refusal(customer, { orderId: MISSING_ID })).codes).toEqual(['NOT_FOUND']);
    expect((await refusal(customer, { orderId: 'not-an-id' })).codes).toEqual(['BAD_USER_INPUT']);

    const own = await watch(customer);
    const allOrdersCursor = (await own.nextEvent()).cursor!;
    const { codes: refused, socket } = await refusal(customer, { orderId: order.id, after: allOrdersCursor });
    expect(refused).toEqual(['BAD_USER_INPUT']);
    socket.subscribe('good', OrderStream, { orderId: order.id });
    expect((await socket.data<OrderStreamSubscription>('good')).orderUpdates.__typename).toBe('OrderSnapshot');
  });

  it('requires a viewer', async () => {
    const { order } = await assignedOrder();
    const socket = await TestSocket.connect(server.wsUrl);
    socket.subscribe('anonymous', OrderStream, { orderId: order.id });
    expect(codes(await socket.next('anonymous'))).toEqual(['UNAUTHENTICATED']);
  });

  it('ends the stream of a partner the order is taken from, who then sees nothing more of it', async () => {
    const { customer, partner, order } = await assignedOrder();
    const successor = await userWithRole(server, 'PARTNER');
    const oldWatch = await watch(partner, { orderId: order.id });
    const oldAll = await watch(partner);
    const successorAll = await watch(successor);
    for (const { nextEvent } of [oldWatch, oldAll, successorAll]) await nextEvent();

    expect(await assign(order.id, successor)).toMatchObject({ status: 'CONFIRMED', partner: { id: successor.id } });
    expect(codes(await oldWatch.socket.next('o'))).toEqual(['FORBIDDEN']);
    expect(await successorAll.nextEvent()).toMatchObject({
      __typename: 'OrderAssigned',
      order: { status: 'CONFIRMED', partner: { id: successor.id } },
    });

    await move(successor, order.id, 'PICKED_UP');
    expect(statusOf(await successorAll.nextEvent())).toBe('CONFIRMED->PICKED_UP');
    expect(await oldAll.socket.drain('o', 300)).toEqual([]);
    expect(codes(await gql(server.httpUrl, OrdersOne, { id: order.id }, partner.token))).toEqual(['FORBIDDEN']);
    expect((await refusal(partner, { orderId: order.id })).codes).toEqual(['FORBIDDEN']);
    expect((await gqlData(server.httpUrl, OrdersOne, { id: order.id }, customer.token)).order?.status).toBe('PICKED_UP');
  });
});

describe('the all-orders streams', () => {
  it("gives a partner their assignments as they happen and their earnings on delivery, and no one else's", async () => {
    const partner = await userWithRole(server, 'PARTNER');
    const otherPartner = await userWithRole(server, 'PARTNER');
    const customer = await signUp(server, 'customer');
    const mine = await watch(partner);
    const theirs = await watch(otherPartner);
    expect(await mine.nextEvent()).toMatchObject({ __typename: 'StreamReady', cursor: expect.any(String) });
    await theirs.nextEvent();

    for (const [index, priceCents] of [2_000, 3_500].entries()) {
      const order = await createOrder(customer, `order ${index}`, priceCents);
      await assign(order.id, partner);
      expect(await mine.nextEvent()).toMatchObject({ __typename: 'OrderAssigned', order: { id: order.id, partner: { id: partner.id } } });
      expect(statusOf(await mine.nextEvent())).toBe('PENDING->CONFIRMED');
      for (const status of LIFECYCLE) await move(partner, order.id, status);
      const steps = [];
      for (const _ of LIFECYCLE) steps.push(await mine.nextEvent());
      expect(steps.at(-1)).toMatchObject({ __typename: 'OrderStatusChanged', order: { id: order.id, status: 'DELIVERED' } });
      expect(await mine.nextEvent()).toMatchObject({
        __typename: 'PartnerEarningsUpdated',
        orderId: order.id,
        amountCents: priceCents,
        totalCents: index === 0 ? 2_000 : 5_500,
      });
    }
    expect(await mine.socket.drain('o', 200)).toEqual([]);
    expect(await theirs.socket.drain('o', 0)).toEqual([]);
  });

  it("gives a customer their own orders and admins every order, without the partner's earnings", async () => {
    const customer = await signUp(server, 'customer');
    const stranger = await signUp(server, 'stranger');
    const partner = await userWithRole(server, 'PARTNER');
    const plainAdmin = await userWithRole(server, 'ADMIN');
    const watchers = [await watch(customer), await watch(plainAdmin)];
    const strangerWatch = await watch(stranger);
    for (const { nextEvent } of [...watchers, strangerWatch]) expect((await nextEvent()).__typename).toBe('StreamReady');

    const order = await createOrder(customer, 'a cake', 700);
    await assign(order.id, partner);
    for (const status of LIFECYCLE) await move(partner, order.id, status);
    for (const { socket, nextEvent } of watchers) {
      expect(await nextEvent()).toMatchObject({
        __typename: 'OrderCreated',
        order: { id: order.id, status: 'PENDING', description: 'a cake' },
      });
      expect((await nextEvent()).__typename).toBe('OrderAssigned');
      const events = [];
      for (let i = 0; i <= LIFECYCLE.length; i++) events.push(await nextEvent());
      expect(events.map((event) => event.__typename)).toEqual(Array(LIFECYCLE.length + 1).fill('OrderStatusChanged'));
      expect(await socket.drain('o', 300)).toEqual([]);
    }
    expect(await strangerWatch.socket.drain('o', 0)).toEqual([]);
  });

  it('resumes from the last cursor without gap or duplicate', async () => {
    const customer = await signUp(server, 'customer');
    const first = await watch(customer);
    const ready = await first.nextEvent();
    const one = await createOrder(customer, 'one');
    const seen = await first.nextEvent();
    expect(seen).toMatchObject({ __typename: 'OrderCreated', order: { id: one.id } });
    first.socket.close();
    await first.socket.closed;

    const two = await createOrder(customer, 'two');
    await gqlData(server.httpUrl, OrdersUpdateStatus, { orderId: two.id, status: 'CANCELLED' }, customer.token);
    const resumed = await watch(customer, { after: seen.cursor! });
    expect(await resumed.nextEvent()).toMatchObject({ __typename: 'OrderCreated', order: { id: two.id } });
    expect(await resumed.nextEvent()).toMatchObject({
      __typename: 'OrderStatusChanged',
      previousStatus: 'PENDING',
      order: { status: 'CANCELLED' },
    });
    expect((await resumed.nextEvent()).__typename).toBe('StreamReady');

    const fromStart = await watch(customer, { after: ready.cursor! });
    const all = [await fromStart.nextEvent(), await fromStart.nextEvent(), await fromStart.nextEvent(), await fromStart.nextEvent()];
    expect(all.map((event) => event.__typename)).toEqual(['OrderCreated', 'OrderCreated', 'OrderStatusChanged', 'StreamReady']);
    expect(await fromStart.socket.drain('o', 200)).toEqual([]);
  });

  it('refuses service accounts', async () => {
    const service = await userWithRole(server, 'SERVICE');
    const { codes: refused, socket } = await refusal(service, {});
    expect(refused).toEqual(['FORBIDDEN']);
    socket.subscribe('again', OrderStream, {});
    expect(codes(await socket.next('again'))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(server.httpUrl, OrdersList, {}, service.token))).toEqual(['FORBIDDEN']);
  });
});

describe('the lifecycle', () => {
  it('refuses every move off the lifecycle with BAD_USER_INPUT', async () => {
    const { partner, order } = await assignedOrder();
    for (const status of ['PENDING', 'CONFIRMED', 'IN_PROCESS', 'DELIVERED'] as const) {
      expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: order.id, status }, partner.token))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    for (const status of LIFECYCLE.slice(0, 2)) await move(partner, order.id, status);
    expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: order.id, status: 'CANCELLED' }, admin.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: order.id, status: 'PICKED_UP' }, admin.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    for (const status of LIFECYCLE.slice(2)) await move(admin, order.id, status);
    for (const status of ['CANCELLED', 'PENDING', 'DELIVERED'] as const) {
      expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: order.id, status }, admin.token))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('lets the customer cancel only while PENDING, and move nothing else', async () => {
    const customer = await signUp(server, 'customer');
    const pending = await createOrder(customer);
    expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: pending.id, status: 'CONFIRMED' }, customer.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await move(customer, pending.id, 'CANCELLED')).toMatchObject({ status: 'CANCELLED' });
    expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: pending.id, status: 'CANCELLED' }, customer.token))).toEqual([
      'BAD_USER_INPUT',
    ]);

    const { customer: owner, partner, order: confirmed } = await assignedOrder();
    expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: confirmed.id, status: 'CANCELLED' }, owner.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: confirmed.id, status: 'PICKED_UP' }, owner.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await move(partner, confirmed.id, 'CANCELLED')).toMatchObject({ status: 'CANCELLED' });
  });

  it('refuses anyone but the assigned partner and admins, unknown orders and bad ids', async () => {
    const { order } = await assignedOrder();
    const stranger = await signUp(server, 'stranger');
    const otherPartner = await userWithRole(server, 'PARTNER');
    const service = await userWithRole(server, 'SERVICE');
    for (const user of [stranger, otherPartner, service]) {
      expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: order.id, status: 'PICKED_UP' }, user.token))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: order.id, status: 'PICKED_UP' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: MISSING_ID, status: 'PICKED_UP' }, admin.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await gql(server.httpUrl, OrdersUpdateStatus, { orderId: 'nope', status: 'PICKED_UP' }, admin.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await gqlData(server.httpUrl, OrdersOne, { id: order.id }, admin.token)).order?.status).toBe('CONFIRMED');
  });
});

describe('creating and assigning orders', () => {
  it('takes a description of 1 to 2,000 characters and a price of 0 to 100,000,000 cents', async () => {
    const customer = await signUp(server, 'customer');
    expect(await createOrder(customer, 'x'.repeat(2_000), 0)).toMatchObject({ priceCents: 0 });
    expect(await createOrder(customer, '  trimmed  ', 100_000_000)).toMatchObject({ description: 'trimmed', priceCents: 100_000_000 });
    for (const input of [
      { description: '', priceCents: 1 },
      { description: '   ', priceCents: 1 },
      { description: 'x'.repeat(2_001), priceCents: 1 },
      { description: 'ok', priceCents: -1 },
      { description: 'ok', priceCents: 100_000_001 },
    ]) {
      expect(codes(await gql(server.httpUrl, OrdersCreate, { input }, customer.token))).toEqual(['BAD_USER_INPUT']);
    }
    expect(codes(await gql(server.httpUrl, OrdersCreate, { input: { description: 'ok', priceCents: 1 } }))).toEqual(['UNAUTHENTICATED']);
    expect(await gqlData(server.httpUrl, OrdersList, {}, customer.token)).toMatchObject({
      orders: [{ status: 'PENDING' }, { status: 'PENDING' }],
    });
  });

  it('lets only admins assign, to PARTNER users, while the order is not finished', async () => {
    const customer = await signUp(server, 'customer');
    const partner = await userWithRole(server, 'PARTNER');
    const plainAdmin = await userWithRole(server, 'ADMIN');
    const order = await createOrder(customer);
    const assignAs = (user: TestUser | undefined, orderId: string, partnerId: string) =>
      gql(server.httpUrl, OrdersAssign, { orderId, partnerId }, user?.token);

    expect(codes(await assignAs(undefined, order.id, partner.id))).toEqual(['UNAUTHENTICATED']);
    for (const user of [customer, partner]) expect(codes(await assignAs(user, order.id, partner.id))).toEqual(['FORBIDDEN']);
    for (const notPartner of [customer, plainAdmin])
      expect(codes(await assignAs(admin, order.id, notPartner.id))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await assignAs(admin, order.id, MISSING_ID))).toEqual(['NOT_FOUND']);
    expect(codes(await assignAs(admin, MISSING_ID, partner.id))).toEqual(['NOT_FOUND']);
    expect(codes(await assignAs(admin, 'nope', partner.id))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await assignAs(admin, order.id, 'nope'))).toEqual(['BAD_USER_INPUT']);
    expect((await gqlData(server.httpUrl, OrdersOne, { id: order.id }, customer.token)).order).toMatchObject({
      status: 'PENDING',
      partner: null,
    });

    expect((await assignAs(plainAdmin, order.id, partner.id)).data?.assignOrder).toMatchObject({
      status: 'CONFIRMED',
      partner: { id: partner.id },
    });
    for (const status of LIFECYCLE) await move(partner, order.id, status);
    expect(codes(await assignAs(admin, order.id, partner.id))).toEqual(['BAD_USER_INPUT']);
    const cancelled = await createOrder(customer);
    await move(customer, cancelled.id, 'CANCELLED');
    expect(codes(await assignAs(admin, cancelled.id, partner.id))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('live locations', () => {
  it('coalesces a burst of reports to a few events, the last being the last report, and keeps it on the order', async () => {
    const { customer, partner, order } = await assignedOrder('PICKED_UP');
    const stranger = await signUp(server, 'stranger');
    const watchers = [await watch(customer, { orderId: order.id }), await watch(partner), await watch(admin)];
    const strangerWatch = await watch(stranger);
    for (const { nextEvent } of [...watchers, strangerWatch]) await nextEvent();

    const reports = Array.from({ length: 50 }, (_, i) => ({ latitude: 48 + i / 1000, longitude: 2 + i / 1000 }));
    // One after the other, so that the last one sent is the last one the server takes.
    for (const report of reports) {
      expect(await gqlData(server.httpUrl, OrdersReportLocation, { orderId: order.id, ...report }, partner.token)).toEqual({
        reportOrderLocation: true,
      });
    }
    const last = reports.at(-1)!;

    for (const { socket, nextEvent } of watchers) {
      const received = [];
      for (let event = await nextEvent(); ; event = await nextEvent()) {
        expect(event).toMatchObject({ __typename: 'OrderLocationUpdated', orderId: order.id, cursor: null });
        received.push(event);
        if (event.__typename === 'OrderLocationUpdated' && event.location.latitude === last.latitude) break;
      }
      expect(received.length).toBeLessThanOrEqual(4);
      expect(received.at(-1)).toMatchObject({ location: last });
      expect(await socket.drain('o', 200)).toEqual([]);
    }
    expect(await strangerWatch.socket.drain('o', 0)).toEqual([]);
    const { order: stored } = await gqlData(server.httpUrl, OrdersOne, { id: order.id }, customer.token);
    expect(stored?.lastLocation).toMatchObject(last);
  });

  it('stores the pending report when the service stops', async () => {
    const { customer, partner, order } = await assignedOrder('PICKED_UP');
    const report = (latitude: number) =>
      gqlData(server.httpUrl, OrdersReportLocation, { orderId: order.id, latitude, longitude: 0 }, partner.token);
    await report(10);
    await report(20);
    await server.app.services.orders.stop();
    const { order: stored } = await gqlData(server.httpUrl, OrdersOne, { id: order.id }, customer.token);
    expect(stored?.lastLocation).toMatchObject({ latitude: 20, longitude: 0 });
  });

  it('takes reports from the assigned partner only, while PICKED_UP or OUT_FOR_DELIVERY, within range', async () => {
    const { customer, partner, order } = await assignedOrder();
    const otherPartner = await userWithRole(server, 'PARTNER');
    const reportAs = (user: TestUser | undefined, latitude: number, longitude: number, orderId = order.id) =>
      gql(server.httpUrl, OrdersReportLocation, { orderId, latitude, longitude }, user?.token);

    expect(codes(await reportAs(partner, 1, 1))).toEqual(['BAD_USER_INPUT']);
    await move(partner, order.id, 'PICKED_UP');
    expect(codes(await reportAs(undefined, 1, 1))).toEqual(['UNAUTHENTICATED']);
    for (const user of [customer, otherPartner, admin]) expect(codes(await reportAs(user, 1, 1))).toEqual(['FORBIDDEN']);
    for (const [latitude, longitude] of [
      [90.001, 0],
      [-91, 0],
      [0, 180.5],
      [0, -181],
    ] as const) {
      expect(codes(await reportAs(partner, latitude, longitude))).toEqual(['BAD_USER_INPUT']);
    }
    expect(codes(await reportAs(partner, 1, 1, MISSING_ID))).toEqual(['NOT_FOUND']);
    expect(codes(await reportAs(partner, 1, 1, 'nope'))).toEqual(['BAD_USER_INPUT']);
    expect((await reportAs(partner, 90, -180)).data?.reportOrderLocation).toBe(true);

    await move(partner, order.id, 'IN_PROCESS');
    expect(codes(await reportAs(partner, 1, 1))).toEqual(['BAD_USER_INPUT']);
    for (const status of LIFECYCLE.slice(2, 4)) await move(partner, order.id, status);
    expect((await reportAs(partner, -90, 180)).data?.reportOrderLocation).toBe(true);
  });
});

describe('order queries', () => {
  it('shows an order to its customer, its partner and admins, hiding contact details from the others', async () => {
    const { customer, partner, order } = await assignedOrder();
    const asCustomer = (await gqlData(server.httpUrl, OrdersOne, { id: order.id }, customer.token)).order;
    expect(asCustomer).toMatchObject({ customer: { id: customer.id, email: customer.email }, partner: { id: partner.id, email: null } });
    const asPartner = (await gqlData(server.httpUrl, OrdersOne, { id: order.id }, partner.token)).order;
    expect(asPartner).toMatchObject({ customer: { id: customer.id, email: null }, partner: { email: partner.email } });
    const asAdmin = (await gqlData(server.httpUrl, OrdersOne, { id: order.id }, admin.token)).order;
    expect(asAdmin).toMatchObject({ customer: { email: customer.email }, partner: { email: partner.email } });

    const stranger = await signUp(server, 'stranger');
    expect(codes(await gql(server.httpUrl, OrdersOne, { id: order.id }, stranger.token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(server.httpUrl, OrdersOne, { id: order.id }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(server.httpUrl, OrdersOne, { id: MISSING_ID }, customer.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(server.httpUrl, OrdersOne, { id: 'nope' }, customer.token))).toEqual(['BAD_USER_INPUT']);
  });

  it('lists the orders of the customer, the assigned ones of a partner and all of them for admins, by status', async () => {
    const { customer, partner, order: assigned } = await assignedOrder();
    const pending = await createOrder(customer, 'later');
    const other = await createOrder(await signUp(server, 'other'));
    const ids = async (user: TestUser, status?: OrderStatus) =>
      (await gqlData(server.httpUrl, OrdersList, status ? { status } : {}, user.token)).orders.map((order) => order.id);

    expect(await ids(customer)).toEqual([pending.id, assigned.id]);
    expect(await ids(customer, 'PENDING')).toEqual([pending.id]);
    expect(await ids(partner)).toEqual([assigned.id]);
    expect(await ids(partner, 'PENDING')).toEqual([]);
    expect(await ids(admin)).toEqual(expect.arrayContaining([pending.id, assigned.id, other.id]));
    expect(await ids(admin, 'CONFIRMED')).toContain(assigned.id);
    expect(await ids(admin, 'CONFIRMED')).not.toContain(pending.id);
    expect(codes(await gql(server.httpUrl, OrdersList, {}))).toEqual(['UNAUTHENTICATED']);
  });
});
