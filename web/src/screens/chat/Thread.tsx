import { useEffect, useReducer, useRef, useState } from 'react';
import { useApi } from '../../app/useApi';
import type { SessionUser } from '../../auth/session';
import { timeOf } from '../../components/time';
import type { ChatConversationFragment, ChatMessageFragment } from '../../gql/graphql';
import { useStream } from '../../realtime/useStream';
import { Composer } from './Composer';
import { MarkConversationRead, Messages, ThreadEvents } from './documents';
import { nameOf } from './people';
import { EMPTY, readersOf, threadReducer } from './threadState';

/** One conversation: its messages, who is typing, who has read what; it marks what the viewer sees as read. */
export function Thread({
  conversationId,
  conversation,
  viewer,
}: {
  conversationId: string;
  conversation: ChatConversationFragment | undefined;
  viewer: SessionUser;
}) {
  const api = useApi();
  const [state, dispatch] = useReducer(threadReducer, EMPTY);
  const [error, setError] = useState<string>();
  const bottom = useRef<HTMLLIElement>(null);

  useStream(
    ThreadEvents,
    { conversationId },
    (data) => dispatch({ type: 'event', event: data.conversationMessages, viewerId: viewer.id }),
    {
      // Merging by id shows each message once, whether it came in the history or on the stream.
      onReady: () =>
        api.query(Messages, { conversationId }).then(
          ({ messages }) => dispatch({ type: 'history', messages: messages.edges.map((edge) => edge.node as ChatMessageFragment) }),
          (failure: Error) => setError(failure.message),
        ),
      onError: setError,
    },
  );

  const last = state.messages.at(-1);
  // What another wrote and the viewer now sees is read; the other side's receipt comes from this.
  useEffect(() => {
    if (!last || last.sender.id === viewer.id) return;
    const mark = () => document.visibilityState === 'visible' && api.mutate(MarkConversationRead, { conversationId }).catch(() => {});
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [api, conversationId, last, viewer.id]);

  // The newest message in view when it arrives.
  useEffect(() => {
    if (last) bottom.current?.scrollIntoView?.({ block: 'end' });
  }, [last]);

  const people = new Map(conversation?.participants.map((person) => [person.id, person]));
  const typing = [...state.typing.values()].map(nameOf);
  return (
    <div className="thread">
      <h2>
        {conversation?.title ||
          [...people.values()]
            .filter((person) => person.id !== viewer.id)
            .map(nameOf)
            .join(', ') ||
          'Conversation'}
      </h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ol className="plain messages" aria-label="Messages" aria-live="polite">
        {state.messages.map((message, index) => {
          const mine = message.sender.id === viewer.id;
          const readers = mine ? readersOf(state, index).map((id) => nameOf(people.get(id) ?? { id })) : [];
          return (
            <li key={message.id} className={mine ? 'message mine' : 'message'} data-message-id={message.id}>
              <span className="muted">
                {mine ? 'You' : nameOf(message.sender)} · {timeOf(message.createdAt)}
              </span>
              <p className="message-text">{message.content}</p>
              {mine && <span className="receipt">{readers.length ? `Read by ${readers.join(', ')}` : 'Sent'}</span>}
            </li>
          );
        })}
        <li ref={bottom} aria-hidden="true" />
      </ol>
      <p className="typing" aria-live="polite">
        {typing.length > 0 && `${typing.join(', ')} ${typing.length > 1 ? 'are' : 'is'} typing…`}
      </p>
      <Composer conversationId={conversationId} onError={setError} />
    </div>
  );
}
