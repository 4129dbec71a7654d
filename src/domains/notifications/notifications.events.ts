import { defineTopic } from '../../realtime/topics';
import type { NotificationRow } from './notifications.table';

/** A notification as the API shows it, and as it travels inside events. */
export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  message: string;
  readAt: string | null;
  createdAt: string;
}

export function toNotificationView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    message: row.message,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface NotificationCreated {
  __typename: 'NotificationCreated';
  notification: NotificationView;
  unreadCount: number;
}

export interface NotificationsRead {
  __typename: 'NotificationsRead';
  ids: string[];
  unreadCount: number;
}

/** The durable events of a user's notifications topic. */
export type NotificationEvent = NotificationCreated | NotificationsRead;

declare module '../../realtime/topics' {
  interface TopicEvents {
    /** A user's notifications, by user id. */
    notifications: NotificationEvent;
  }
}

/** A user's notifications topic, by user id. */
export const notificationsTopic = defineTopic('notifications');

/** The snapshot a notifications subscription starts with. */
export interface UnreadCount {
  __typename: 'UnreadCount';
  unreadCount: number;
}
