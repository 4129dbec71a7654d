import { builder } from '../../graphql/builder';
import { eventType, eventUnion, PageInfo, streamed, StreamReadyType } from '../../graphql/realtime';
import type { NotificationCreated, NotificationsRead, NotificationView, UnreadCount } from './notifications.events';
import type { NotificationPage } from './notifications.service';

const Notification = builder.objectRef<NotificationView>('Notification').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    title: t.exposeString('title'),
    message: t.exposeString('message'),
    readAt: t.field({ type: 'DateTime', nullable: true, resolve: (n) => n.readAt }),
    createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
  }),
});

const NotificationEdge = builder.objectRef<NotificationPage['edges'][number]>('NotificationEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: Notification, resolve: (edge) => edge.node }),
  }),
});

const NotificationConnection = builder.objectRef<NotificationPage>('NotificationConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [NotificationEdge], resolve: (page) => page.edges }),
    pageInfo: t.field({ type: PageInfo, resolve: (page) => page.pageInfo }),
    totalCount: t.exposeInt('totalCount'),
  }),
});

const SendNotificationInput = builder.inputType('SendNotificationInput', {
  fields: (t) => ({
    userId: t.id({ required: true }),
    kind: t.string({ required: true }),
    title: t.string({ required: true }),
    message: t.string({ required: true }),
  }),
});

const UnreadCountType = eventType<UnreadCount>('UnreadCount', 'Sent first on subscribe.');
builder.objectFields(UnreadCountType, (t) => ({ unreadCount: t.exposeInt('unreadCount') }));

const NotificationCreatedType = eventType<NotificationCreated>('NotificationCreated');
builder.objectFields(NotificationCreatedType, (t) => ({
  notification: t.field({ type: Notification, resolve: (event) => event.notification }),
  unreadCount: t.exposeInt('unreadCount'),
}));

const NotificationsReadType = eventType<NotificationsRead>('NotificationsRead');
builder.objectFields(NotificationsReadType, (t) => ({
  ids: t.exposeIDList('ids'),
  unreadCount: t.exposeInt('unreadCount'),
}));

const NotificationEvent = eventUnion('NotificationEvent', [
  UnreadCountType,
  NotificationCreatedType,
  NotificationsReadType,
  StreamReadyType,
]);

builder.queryFields((t) => ({
  notifications: t.field({
    type: NotificationConnection,
    description: 'Newest first. totalCount counts what the filter selects.',
    args: {
      first: t.arg.int({ defaultValue: 20 }),
      after: t.arg.string(),
      unreadOnly: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_, args, ctx) =>
      ctx.services.notifications.list(ctx.viewer, { first: args.first ?? 20, after: args.after, unreadOnly: args.unreadOnly ?? false }),
  }),
  unreadNotificationCount: t.int({ resolve: (_, __, ctx) => ctx.services.notifications.unreadCount(ctx.viewer) }),
}));

builder.mutationFields((t) => ({
  sendNotification: t.field({
    type: Notification,
    description: 'ADMIN or SUPER_ADMIN.',
    args: { input: t.arg({ type: SendNotificationInput, required: true }) },
    resolve: (_, { input }, ctx) => ctx.services.notifications.send(ctx.viewer, input),
  }),
  markNotificationRead: t.field({
    type: Notification,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, ctx) => ctx.services.notifications.markRead(ctx.viewer, id),
  }),
  markAllNotificationsRead: t.int({
    description: 'Returns how many were marked.',
    resolve: (_, __, ctx) => ctx.services.notifications.markAllRead(ctx.viewer),
  }),
}));

builder.subscriptionFields((t) => ({
  notifications: t.field({
    type: NotificationEvent,
    description: "The viewer's notifications.",
    args: { after: t.arg.string() },
    subscribe: (_, { after }, ctx) => ctx.services.notifications.subscribe(ctx.viewer, after),
    resolve: streamed,
  }),
}));
