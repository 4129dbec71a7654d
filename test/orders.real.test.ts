import { describe, expect, it } from 'vitest';
import { OrderStream } from './kit/documents';
import { signUp, superAdmin, userWithRole } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { OrderStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Two server instances on one PostgreSQL database and one Redis: changes made on one reach subscribers of the other.

const OrdersCrossInstanceCreate = graphql(`
  mutation OrdersCrossInstanceCreate($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
    }
  }
`);

const OrdersCrossInstanceAssign = graphql(`
  mutation OrdersCrossInstanceAssign($orderId: ID!, $partnerId: ID!) {
    assignOrder(orderId: $orderId, partnerId: $partnerId) {
      id
    }
  }
`);

const OrdersCrossInstanceMove = graphql(`
  mutation OrdersCrossInstanceMove($orderId: ID!, $status: OrderStatus!) {
    updateOrderStatus(orderId: $orderId, status: $status) {
      id
    }
  }
`);

const OrdersCrossInstanceLocate = graphql(`
  mutation OrdersCrossInstanceLocate($orderId: ID!, $latitude: Float!, $longitude: Float!) {
    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)
  }
`);

const [a, b] = await Promise.all([startTestServer(), startTestServer()]);

describe('orders across instances', () => {
  it("delivers a status change made on one instance to the order's and the partner's streams on another", async () => {
    const admin = await superAdmin(a);
    const customer = await signUp(a, 'customer');
    const partner = await userWithRole(a, 'PARTNER');
    const { createOrder: order } = await gqlData(
      a.httpUrl,
      OrdersCrossInstanceCreate,
      { input: { description: 'cross', priceCents: 100 } },
      customer.token,
    );

    const customerSocket = await TestSocket.connect(b.wsUrl, customer.token);
    customerSocket.subscribe('one', OrderStream, { orderId: order.id });
    const partnerSocket = await TestSocket.connect(b.wsUrl, partner.token);
    partnerSocket.subscribe('all', OrderStream, {});
    const next = async (socket: TestSocket, id: string) => (await socket.data<OrderStreamSubscription>(id)).orderUpdates;
    expect((await next(customerSocket, 'one')).__typename).toBe('OrderSnapshot');
    expect((await next(partnerSocket, 'all')).__typename).toBe('StreamReady');

    await gqlData(a.httpUrl, OrdersCrossInstanceAssign, { orderId: order.id, partnerId: partner.id }, admin.token);
    await gqlData(a.httpUrl, OrdersCrossInstanceMove, { orderId: order.id, status: 'PICKED_UP' }, partner.token);
    await gqlData(a.httpUrl, OrdersCrossInstanceLocate, { orderId: order.id, latitude: 12.5, longitude: 3 }, partner.token);

    for (const [socket, id] of [
      [customerSocket, 'one'],
      [partnerSocket, 'all'],
    ] as const) {
      expect(await next(socket, id)).toMatchObject({ __typename: 'OrderAssigned', order: { id: order.id } });
      expect(await next(socket, id)).toMatchObject({
        __typename: 'OrderStatusChanged',
        previousStatus: 'PENDING',
        order: { status: 'CONFIRMED' },
      });
      expect(await next(socket, id)).toMatchObject({
        __typename: 'OrderStatusChanged',
        previousStatus: 'CONFIRMED',
        order: { status: 'PICKED_UP' },
      });
      expect(await next(socket, id)).toMatchObject({ __typename: 'OrderLocationUpdated', cursor: null, location: { latitude: 12.5 } });
      expect(await socket.drain(id, 300)).toEqual([]);
    }
  });
});
