import { type FormEvent, useState } from 'react';
import { navigate } from '../../app/router';
import { useApi } from '../../app/useApi';
import type { SessionUser } from '../../auth/session';
import type { ChatConversationFragment } from '../../gql/graphql';
import { StartConversation } from './documents';
import { nameOf } from './people';

/**
 * A new conversation with people the viewer already talks to, or anyone by
 * id (the API lists no users; the viewer's own id is shown here to pass on).
 */
export function StartConversationForm({
  viewer,
  conversations,
  onStarted,
}: {
  viewer: SessionUser;
  conversations: ChatConversationFragment[];
  onStarted: () => void;
}) {
  const api = useApi();
  const [error, setError] = useState<string>();
  const known = new Map(
    conversations
      .flatMap((conversation) => conversation.participants)
      .filter((person) => person.id !== viewer.id)
      .map((person) => [person.id, person]),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const typed = String(form.get('ids') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    const participantIds = [...form.getAll('known').map(String), ...typed];
    try {
      const { startConversation } = await api.mutate(StartConversation, { participantIds, title: String(form.get('title') ?? '') || null });
      onStarted();
      navigate(`/chat/${startConversation.id}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <form className="stack" aria-labelledby="start-title" onSubmit={submit}>
      <h2 id="start-title">Start a conversation</h2>
      {known.size > 0 && (
        <fieldset>
          <legend>People you talk to</legend>
          {[...known.values()].map((person) => (
            <label key={person.id} className="check">
              <input type="checkbox" name="known" value={person.id} /> {nameOf(person)}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        Others, by user ID (separated by commas)
        <input name="ids" autoComplete="off" />
      </label>
      <label>
        Title (optional)
        <input name="title" />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        Start
      </button>
      <p className="muted">
        Your user ID, for others to start one with you: <code>{viewer.id}</code>
      </p>
    </form>
  );
}
