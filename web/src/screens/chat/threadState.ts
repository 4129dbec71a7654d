import { mergeById, oldestFirst } from '../../components/merge';
import type { ChatMessageFragment, ThreadEventsSubscription } from '../../gql/graphql';

export interface ThreadState {
  /** Oldest first, each once: the history loaded when the stream went live, and everything the stream sent. */
  messages: ChatMessageFragment[];
  /** Who is typing now, by id. */
  typing: Map<string, { id: string; firstName?: string | null; email?: string | null }>;
  /** Each other participant's newest read message, from MessagesRead. */
  readUpTo: Map<string, string>;
}

export type ThreadAction =
  | { type: 'event'; event: ThreadEventsSubscription['conversationMessages']; viewerId: string }
  | { type: 'history'; messages: ChatMessageFragment[] };

export const EMPTY: ThreadState = { messages: [], typing: new Map(), readUpTo: new Map() };

export function threadReducer(state: ThreadState, action: ThreadAction): ThreadState {
  if (action.type === 'history') return { ...state, messages: mergeById(state.messages, action.messages, oldestFirst) };
  const { event, viewerId } = action;
  switch (event.__typename) {
    case 'MessageSent': {
      const message = event.message as ChatMessageFragment;
      // A message ends its sender's typing, whether or not the stop reached us first.
      const typing = new Map(state.typing);
      typing.delete(message.sender.id);
      return { ...state, typing, messages: mergeById(state.messages, [message], oldestFirst) };
    }
    case 'TypingChanged': {
      if (event.user.id === viewerId) return state;
      const typing = new Map(state.typing);
      if (event.isTyping) typing.set(event.user.id, event.user);
      else typing.delete(event.user.id);
      return { ...state, typing };
    }
    case 'MessagesRead': {
      if (event.user.id === viewerId) return state;
      return { ...state, readUpTo: new Map(state.readUpTo).set(event.user.id, event.lastReadMessageId) };
    }
    default:
      return state;
  }
}

/** The ids of those who have read `messages[index]`: their read marker is at it or after it. */
export function readersOf(state: ThreadState, index: number): string[] {
  const position = new Map(state.messages.map((message, at) => [message.id, at]));
  return [...state.readUpTo].filter(([, messageId]) => (position.get(messageId) ?? -1) >= index).map(([userId]) => userId);
}
