import { graphql } from '../../gql';

// The chat's operations, shared by its components.

graphql(`
  fragment ChatMessage on Message {
    id
    conversationId
    content
    createdAt
    sender {
      id
      firstName
      email
    }
  }
`);

graphql(`
  fragment ChatConversation on Conversation {
    id
    title
    unreadCount
    createdAt
    participants {
      id
      firstName
      email
    }
    lastMessage {
      ...ChatMessage
    }
  }
`);

export const Conversations = graphql(`
  query Conversations {
    conversations {
      ...ChatConversation
    }
  }
`);

export const OneConversation = graphql(`
  query OneConversation($id: ID!) {
    conversation(id: $id) {
      ...ChatConversation
    }
  }
`);

/** What a conversation's row in the list needs: its new messages and the viewer's reads. */
export const ConversationActivity = graphql(`
  subscription ConversationActivity($conversationId: ID!) {
    conversationMessages(conversationId: $conversationId) {
      __typename
      ... on MessageSent {
        message {
          ...ChatMessage
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

/** The open thread's stream. A document of its own: urql shares one operation between equal documents, and the thread needs its own StreamReady. */
export const ThreadEvents = graphql(`
  subscription ThreadEvents($conversationId: ID!) {
    conversationMessages(conversationId: $conversationId) {
      __typename
      ... on MessageSent {
        message {
          ...ChatMessage
        }
      }
      ... on MessagesRead {
        lastReadMessageId
        user {
          id
        }
      }
      ... on TypingChanged {
        isTyping
        user {
          id
          firstName
          email
        }
      }
    }
  }
`);

export const Messages = graphql(`
  query Messages($conversationId: ID!) {
    messages(conversationId: $conversationId, last: 50) {
      edges {
        node {
          ...ChatMessage
        }
      }
    }
  }
`);

/** A new conversation's first message reaches the other participants as a notification (they watch no stream of it yet). */
export const ChatNotifications = graphql(`
  subscription ChatNotifications {
    notifications {
      __typename
      ... on NotificationCreated {
        notification {
          id
          kind
        }
      }
    }
  }
`);

export const SendMessage = graphql(`
  mutation SendMessage($conversationId: ID!, $content: String!) {
    sendMessage(conversationId: $conversationId, content: $content) {
      id
    }
  }
`);

export const SetTyping = graphql(`
  mutation SetTyping($conversationId: ID!, $isTyping: Boolean!) {
    setTyping(conversationId: $conversationId, isTyping: $isTyping)
  }
`);

export const MarkConversationRead = graphql(`
  mutation MarkConversationRead($conversationId: ID!) {
    markConversationRead(conversationId: $conversationId)
  }
`);

export const StartConversation = graphql(`
  mutation StartConversation($participantIds: [ID!]!, $title: String) {
    startConversation(participantIds: $participantIds, title: $title) {
      id
    }
  }
`);
