import { useReducer } from 'react';
import { Link } from '../../app/router';
import { useApi } from '../../app/useApi';
import type { ChatConversationFragment, ChatMessageFragment } from '../../gql/graphql';
import { useStream } from '../../realtime/useStream';
import { ConversationActivity, OneConversation } from './documents';
import { nameOf } from './people';

export function ConversationList({
  conversations,
  openId,
  viewerId,
}: {
  conversations: ChatConversationFragment[];
  openId: string | undefined;
  viewerId: string;
}) {
  if (conversations.length === 0) return <p className="muted">No conversations yet.</p>;
  return (
    <ul className="plain conversations">
      {conversations.map((conversation) => (
        <ConversationRow key={conversation.id} conversation={conversation} open={conversation.id === openId} viewerId={viewerId} />
      ))}
    </ul>
  );
}

interface RowState {
  /** The server's count, and the newest message it covered. */
  base: number;
  baseAt: string | null;
  /** Messages from others that came on the stream, by id (so none counts twice). */
  arrived: Map<string, string>;
  last: ChatMessageFragment | null;
}

type RowAction =
  | { type: 'fetched'; conversation: ChatConversationFragment }
  | { type: 'message'; message: ChatMessageFragment; fromOther: boolean }
  | { type: 'read' };

function rowReducer(state: RowState, action: RowAction): RowState {
  switch (action.type) {
    case 'fetched':
      return {
        ...state,
        base: action.conversation.unreadCount,
        baseAt: action.conversation.lastMessage?.createdAt ?? null,
        last: newer(state.last, action.conversation.lastMessage ?? null),
      };
    case 'message': {
      const arrived = new Map(state.arrived);
      if (action.fromOther) arrived.set(action.message.id, action.message.createdAt);
      return { ...state, arrived, last: newer(state.last, action.message) };
    }
    case 'read':
      return { ...state, base: 0, baseAt: state.last?.createdAt ?? null, arrived: new Map() };
  }
}

function newer(a: ChatMessageFragment | null, b: ChatMessageFragment | null): ChatMessageFragment | null {
  if (!a || !b) return a ?? b;
  return b.createdAt >= a.createdAt ? b : a;
}

/** One conversation with its unread count and last message, both kept live by its own stream. */
function ConversationRow({ conversation, open, viewerId }: { conversation: ChatConversationFragment; open: boolean; viewerId: string }) {
  const api = useApi();
  const [state, dispatch] = useReducer(rowReducer, {
    base: conversation.unreadCount,
    baseAt: conversation.lastMessage?.createdAt ?? null,
    arrived: new Map(),
    last: (conversation.lastMessage as ChatMessageFragment | null) ?? null,
  });
  useStream(
    ConversationActivity,
    { conversationId: conversation.id },
    (data) => {
      const event = data.conversationMessages;
      if (event.__typename === 'MessageSent') {
        dispatch({ type: 'message', message: event.message as ChatMessageFragment, fromOther: event.message.sender.id !== viewerId });
      } else if (event.__typename === 'MessagesRead' && event.user.id === viewerId) {
        dispatch({ type: 'read' });
      }
    },
    {
      // The count read now, plus the messages newer than it that arrive, misses nothing and counts none twice.
      onReady: () =>
        void api
          .query(OneConversation, { id: conversation.id })
          .then(({ conversation: fresh }) => fresh && dispatch({ type: 'fetched', conversation: fresh as ChatConversationFragment })),
    },
  );

  const unread = state.base + [...state.arrived.values()].filter((at) => !state.baseAt || at > state.baseAt).length;
  const others = conversation.participants.filter((person) => person.id !== viewerId);
  const title = conversation.title || others.map(nameOf).join(', ') || 'Just you';
  return (
    <li>
      <Link href={`/chat/${conversation.id}`} aria-current={open ? 'page' : undefined} className="conversation">
        <span className="conversation-title">{title}</span>
        {unread > 0 && !open && (
          <span className="count">
            {unread}
            <span className="visually-hidden"> unread</span>
          </span>
        )}
        <span className="muted conversation-last">
          {state.last ? `${nameOf(state.last.sender)}: ${state.last.content}` : 'No messages yet'}
        </span>
      </Link>
    </li>
  );
}
