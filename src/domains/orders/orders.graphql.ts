import { builder } from '../../graphql/builder';
import { eventType, eventUnion, streamed, StreamReadyType } from '../../graphql/realtime';
import { User } from '../users/users.graphql';
import type {
  LocationView,
  OrderAssigned,
  OrderCreated,
  OrderLocationUpdated,
  OrderSnapshot,
  OrderStatusChanged,
  OrderView,
  PartnerEarningsUpdated,
} from './orders.events';
import { ORDER_STATUSES } from './orders.table';

const OrderStatusEnum = builder.enumType('OrderStatus', {
  description:
    'The lifecycle, one step at a time: PENDING -> CONFIRMED -> PICKED_UP ->\nIN_PROCESS -> READY -> OUT_FOR_DELIVERY -> DELIVERED; CANCELLED from PENDING\nor CONFIRMED. Any other move is BAD_USER_INPUT.',
  values: ORDER_STATUSES,
});

const Location = builder.objectRef<LocationView>('Location').implement({
  fields: (t) => ({
    latitude: t.exposeFloat('latitude'),
    longitude: t.exposeFloat('longitude'),
    at: t.field({ type: 'DateTime', resolve: (location) => location.at }),
  }),
});

const Order = builder.objectRef<OrderView>('Order').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    customer: t.field({ type: User, resolve: (order) => order.customer }),
    partner: t.field({ type: User, nullable: true, resolve: (order) => order.partner }),
    status: t.field({ type: OrderStatusEnum, resolve: (order) => order.status }),
    description: t.exposeString('description'),
    priceCents: t.exposeInt('priceCents'),
    lastLocation: t.field({ type: Location, nullable: true, resolve: (order) => order.lastLocation }),
    createdAt: t.field({ type: 'DateTime', resolve: (order) => order.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (order) => order.updatedAt }),
  }),
});

const CreateOrderInput = builder.inputType('CreateOrderInput', {
  fields: (t) => ({
    description: t.string({ required: true }),
    priceCents: t.int({ required: true }),
  }),
});

const OrderSnapshotType = eventType<OrderSnapshot>('OrderSnapshot', 'Sent first when subscribing to one order.');
builder.objectFields(OrderSnapshotType, (t) => ({ order: t.field({ type: Order, resolve: (event) => event.order }) }));

const OrderCreatedType = eventType<OrderCreated>('OrderCreated', "A new order, to its customer's and the admins' streams.");
builder.objectFields(OrderCreatedType, (t) => ({ order: t.field({ type: Order, resolve: (event) => event.order }) }));

const OrderStatusChangedType = eventType<OrderStatusChanged>('OrderStatusChanged');
builder.objectFields(OrderStatusChangedType, (t) => ({
  order: t.field({ type: Order, resolve: (event) => event.order }),
  previousStatus: t.field({ type: OrderStatusEnum, resolve: (event) => event.previousStatus }),
}));

const OrderAssignedType = eventType<OrderAssigned>('OrderAssigned');
builder.objectFields(OrderAssignedType, (t) => ({ order: t.field({ type: Order, resolve: (event) => event.order }) }));

const OrderLocationUpdatedType = eventType<OrderLocationUpdated>(
  'OrderLocationUpdated',
  'Ephemeral: cursor is null; the latest location is also on Order.lastLocation.',
);
builder.objectFields(OrderLocationUpdatedType, (t) => ({
  orderId: t.exposeID('orderId'),
  location: t.field({ type: Location, resolve: (event) => event.location }),
}));

const PartnerEarningsUpdatedType = eventType<PartnerEarningsUpdated>(
  'PartnerEarningsUpdated',
  'To the partner, when a delivered order adds to their earnings.',
);
builder.objectFields(PartnerEarningsUpdatedType, (t) => ({
  orderId: t.exposeID('orderId'),
  amountCents: t.exposeInt('amountCents'),
  totalCents: t.exposeInt('totalCents'),
}));

const OrderEvent = eventUnion('OrderEvent', [
  OrderSnapshotType,
  OrderCreatedType,
  OrderStatusChangedType,
  OrderAssignedType,
  OrderLocationUpdatedType,
  PartnerEarningsUpdatedType,
  StreamReadyType,
]);

builder.queryFields((t) => ({
  order: t.field({
    type: Order,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, ctx) => ctx.services.orders.order(ctx.viewer, id),
  }),
  orders: t.field({
    type: [Order],
    description: 'Customers see their orders, partners their assigned ones, admins all.',
    args: { status: t.arg({ type: OrderStatusEnum }) },
    resolve: (_, { status }, ctx) => ctx.services.orders.list(ctx.viewer, status),
  }),
}));

builder.mutationFields((t) => ({
  createOrder: t.field({
    type: Order,
    args: { input: t.arg({ type: CreateOrderInput, required: true }) },
    resolve: (_, { input }, ctx) => ctx.services.orders.create(ctx.viewer, input),
  }),
  assignOrder: t.field({
    type: Order,
    description: 'ADMIN or SUPER_ADMIN; the user must be a PARTNER (else BAD_USER_INPUT). A PENDING order becomes CONFIRMED.',
    args: { orderId: t.arg.id({ required: true }), partnerId: t.arg.id({ required: true }) },
    resolve: (_, { orderId, partnerId }, ctx) => ctx.services.orders.assign(ctx.viewer, orderId, partnerId),
  }),
  updateOrderStatus: t.field({
    type: Order,
    description: 'The assigned partner or an admin moves the order along its lifecycle; the customer may cancel while PENDING.',
    args: { orderId: t.arg.id({ required: true }), status: t.arg({ type: OrderStatusEnum, required: true }) },
    resolve: (_, { orderId, status }, ctx) => ctx.services.orders.updateStatus(ctx.viewer, orderId, status),
  }),
  reportOrderLocation: t.boolean({
    description: 'The assigned partner only, while the order is PICKED_UP or OUT_FOR_DELIVERY.',
    args: {
      orderId: t.arg.id({ required: true }),
      latitude: t.arg.float({ required: true }),
      longitude: t.arg.float({ required: true }),
    },
    resolve: (_, { orderId, latitude, longitude }, ctx) => ctx.services.orders.reportLocation(ctx.viewer, orderId, latitude, longitude),
  }),
}));

builder.subscriptionFields((t) => ({
  orderUpdates: t.field({
    type: OrderEvent,
    description: 'One order (its customer, its partner, admins) or, without orderId, every order the viewer may see.',
    args: { orderId: t.arg.id(), after: t.arg.string() },
    subscribe: (_, { orderId, after }, ctx) => ctx.services.orders.subscribe(ctx.viewer, orderId, after),
    resolve: streamed,
  }),
}));
