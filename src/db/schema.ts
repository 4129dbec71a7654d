// Every table, for drizzle-kit and for the typed client.
export * from '../domains/users/users.table';
export * from '../domains/notifications/notifications.table';
export * from '../domains/wizard/wizard.table';
export * from '../domains/dashboard/businesses.table';
export * from '../domains/conversations/conversations.table';
export * from '../domains/orders/orders.table';
export * from '../domains/uploads/uploads.table';
export * from '../realtime/event-log.table';
export * from '../realtime/instances.table';
