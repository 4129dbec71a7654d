import { defineTopic } from '../../realtime/topics';
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

/**
 * On a user's access topic: they left the conversation, so their streams of
 * it must end, on every server instance. Ephemeral.
 */
export interface ConversationLeft {
  __typename: 'ConversationLeft';
  conversationId: string;
}

declare module '../../realtime/topics' {
  interface TopicEvents {
    /** One conversation, by conversation id, for its participants. */
    conversation: ConversationEvent;
    /** Ends a user's streams of the conversations they leave, by user id. */
    access: ConversationLeft;
  }
}

/** A conversation's topic, by conversation id. */
export const conversationTopic = defineTopic('conversation');

/** A user's access topic, by user id: the conversations they left. */
export const accessTopic = defineTopic('access');
