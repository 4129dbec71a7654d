import type { UserView } from '../users/users.service';

/**
 * A message as events carry it. The content stays encrypted here too, since
 * events are stored: the GraphQL field decrypts it on the way out.
 */
export interface MessageView {
  id: string;
  conversationId: string;
  sender: UserView;
  contentCiphertext: string;
  createdAt: string;
}

export interface MessageSent {
  __typename: 'MessageSent';
  message: MessageView;
}

/** Ephemeral: never stored or replayed. */
export interface TypingChanged {
  __typename: 'TypingChanged';
  user: UserView;
  isTyping: boolean;
}

export interface MessagesRead {
  __typename: 'MessagesRead';
  user: UserView;
  lastReadMessageId: string;
}

/** The events of one conversation's topic. */
export type ConversationEvent = MessageSent | TypingChanged | MessagesRead;
