import { useCallback, useEffect, useState } from 'react';
import { Link } from '../../app/router';
import { useApi } from '../../app/useApi';
import type { SessionUser } from '../../auth/session';
import type { ChatConversationFragment } from '../../gql/graphql';
import { useStream } from '../../realtime/useStream';
import { ConversationList } from './ConversationList';
import { ChatNotifications, Conversations } from './documents';
import { StartConversationForm } from './StartConversationForm';
import { Thread } from './Thread';

/** Conversations on one side, the open thread (or a form to start one) on the other; on a phone, one at a time. */
export function ChatScreen({ user, conversationId }: { user: SessionUser; conversationId: string | undefined }) {
  const api = useApi();
  const [conversations, setConversations] = useState<ChatConversationFragment[]>();
  const [error, setError] = useState<string>();

  const load = useCallback(
    () =>
      api.query(Conversations, {}).then(
        (data) => setConversations(data.conversations as ChatConversationFragment[]),
        (failure: Error) => setError(failure.message),
      ),
    [api],
  );
  useEffect(() => void load(), [load]);
  // Someone started a conversation with the viewer: its first message came as a notification.
  useStream(ChatNotifications, {}, (data) => {
    const event = data.notifications;
    if (event.__typename === 'NotificationCreated' && event.notification.kind === 'conversation.message') void load();
  });

  const open = conversations?.find((conversation) => conversation.id === conversationId);
  return (
    <div className={`chat${conversationId ? ' chat-open' : ''}`}>
      <section className="card chat-list" aria-labelledby="conversations-title">
        <div className="row">
          <h1 id="conversations-title">Chat</h1>
          <Link href="/chat" className="button">
            New conversation
          </Link>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {conversations && <ConversationList conversations={conversations} openId={conversationId} viewerId={user.id} />}
      </section>
      <section className="card chat-main">
        {conversationId ? (
          <>
            <Link href="/chat" className="back">
              ← Conversations
            </Link>
            <Thread key={conversationId} conversationId={conversationId} conversation={open} viewer={user} />
          </>
        ) : (
          <StartConversationForm viewer={user} conversations={conversations ?? []} onStarted={load} />
        )}
      </section>
    </div>
  );
}
