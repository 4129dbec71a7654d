// Every table, for drizzle-kit and for the typed client.
export * from '../domains/users/users.table';
export * from '../domains/notifications/notifications.table';
export * from '../realtime/event-log.table';
