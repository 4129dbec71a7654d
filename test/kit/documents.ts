import { graphql } from './gql';

/**
 * The viewer's notifications stream, with every field the tests read: one
 * document for every test that subscribes to it (resume with `after`).
 */
export const NotificationStream = graphql(`
  subscription NotificationStream($after: String) {
    notifications(after: $after) {
      __typename
      ... on RealtimeEvent {
        cursor
        at
      }
      ... on UnreadCount {
        unreadCount
      }
      ... on NotificationCreated {
        unreadCount
        notification {
          id
          title
          message
          kind
          readAt
          createdAt
        }
      }
      ... on NotificationsRead {
        ids
        unreadCount
      }
    }
  }
`);

/** The viewer's unread count, for tests that check it after their changes. */
export const UnreadNotificationCount = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationRead = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsRead = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
