import { graphql } from './gql';

// Documents that several test files send. A stream's subscription asks for every field its tests read,
// so the embedded and the real-service tests of a stream subscribe alike.

/** The viewer's notifications stream (resume with `after`). */
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

/** The viewer's latest notifications, for tests that check what a change notified. */
export const RecentNotifications = graphql(`
  query RecentNotifications($first: Int!) {
    notifications(first: $first) {
      totalCount
      edges {
        node {
          kind
          title
          message
        }
      }
    }
  }
`);

/** A conversation's messages, typing and read marks (resume with `after`). */
export const ConversationStream = graphql(`
  subscription ConversationStream($conversationId: ID!, $after: String) {
    conversationMessages(conversationId: $conversationId, after: $after) {
      __typename
      ... on RealtimeEvent {
        cursor
        at
      }
      ... on MessageSent {
        message {
          id
          conversationId
          content
          createdAt
          sender {
            id
            firstName
          }
        }
      }
      ... on TypingChanged {
        isTyping
        user {
          id
        }
      }
      ... on MessagesRead {
        lastReadMessageId
        user {
          id
        }
      }
    }
  }
`);

/** The admin dashboard's figures and what changes them (resume with `after`). */
export const DashboardStream = graphql(`
  subscription DashboardStream($after: String) {
    dashboardEvents(after: $after) {
      __typename
      ... on RealtimeEvent {
        cursor
        at
      }
      ... on DashboardSnapshot {
        stats {
          totalUsers
          totalBusinesses
          activeOrders
          uploadsInProgress
        }
        recentBusinesses {
          id
          name
          createdAt
          owner {
            id
            email
          }
        }
      }
      ... on BusinessCreated {
        stats {
          totalUsers
          totalBusinesses
          activeOrders
          uploadsInProgress
        }
        business {
          id
          name
          createdAt
          owner {
            id
            email
          }
        }
      }
      ... on UserRegistered {
        stats {
          totalUsers
          totalBusinesses
          activeOrders
          uploadsInProgress
        }
        user {
          id
          email
          role
          firstName
        }
      }
    }
  }
`);

/** One order's updates, or with no orderId all the viewer's orders' (resume with `after`). */
export const OrderStream = graphql(`
  subscription OrderStream($orderId: ID, $after: String) {
    orderUpdates(orderId: $orderId, after: $after) {
      __typename
      ... on RealtimeEvent {
        cursor
        at
      }
      ... on OrderSnapshot {
        order {
          id
          status
          partner {
            id
          }
        }
      }
      ... on OrderCreated {
        order {
          id
          status
          description
        }
      }
      ... on OrderStatusChanged {
        previousStatus
        order {
          id
          status
        }
      }
      ... on OrderAssigned {
        order {
          id
          status
          partner {
            id
          }
        }
      }
      ... on OrderLocationUpdated {
        orderId
        location {
          latitude
          longitude
          at
        }
      }
      ... on PartnerEarningsUpdated {
        orderId
        amountCents
        totalCents
      }
    }
  }
`);

/** One upload's progress, or with no uploadId all the viewer's uploads' (resume with `after`). */
export const UploadStream = graphql(`
  subscription UploadStream($uploadId: ID, $after: String) {
    uploadProgress(uploadId: $uploadId, after: $after) {
      __typename
      ... on RealtimeEvent {
        cursor
        at
      }
      ... on UploadSnapshot {
        upload {
          id
          state
          step
          stepNumber
          totalSteps
          message
        }
      }
      ... on UploadStarted {
        upload {
          id
          transactionId
          state
          step
          stepNumber
          totalSteps
          owner {
            id
          }
        }
      }
      ... on UploadProgressed {
        upload {
          id
          state
          step
          stepNumber
          message
        }
      }
      ... on UploadCompleted {
        upload {
          id
          state
          resultPath
        }
      }
      ... on UploadFailed {
        upload {
          id
          state
          error
        }
      }
    }
  }
`);

// Every field of the wizard's status, for its stream and the wizard's queries and mutations.
graphql(`
  fragment WizardStatusParts on WizardStatus {
    __typename
    cursor
    at
    wizardComplete
    canComplete
    missingFields
    details {
      firstName
      lastName
      phoneNumber
      businessType
      manualPrompt
      channelConnected
      instagramConnected
      telegramConnected
    }
  }
`);

/** The viewer's onboarding wizard status (resume with `after`). */
export const WizardStream = graphql(`
  subscription WizardStream($after: String) {
    wizardStatus(after: $after) {
      ...WizardStatusParts
    }
  }
`);
