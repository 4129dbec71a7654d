import { type FormEvent, useState } from 'react';
import { useApi } from '../../app/useApi';
import { graphql } from '../../gql';

const SendNotification = graphql(`
  mutation SendNotification($input: SendNotificationInput!) {
    sendNotification(input: $input) {
      id
    }
  }
`);

/** ADMIN and SUPER_ADMIN: a notification to any user, by id (the dashboard's sign-ups and `npm run demo` show ids). */
export function SendNotificationScreen() {
  const api = useApi();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const input = {
      userId: String(values.get('userId')).trim(),
      kind: 'admin.message',
      title: String(values.get('title')),
      message: String(values.get('message')),
    };
    try {
      await api.mutate(SendNotification, { input });
      setOutcome({ ok: true, text: 'Sent.' });
      form.reset();
    } catch (failure) {
      setOutcome({ ok: false, text: failure instanceof Error ? failure.message : String(failure) });
    }
  }

  return (
    <form className="card stack narrow" aria-labelledby="notify-title" onSubmit={submit}>
      <h1 id="notify-title">Send a notification</h1>
      <label>
        User ID
        <input name="userId" required />
      </label>
      <label>
        Title
        <input name="title" required />
      </label>
      <label>
        Message
        <textarea name="message" required rows={3} />
      </label>
      <div className="row">
        <button type="submit" className="primary">
          Send
        </button>
        {outcome && (
          <span className={outcome.ok ? 'muted' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.text}
          </span>
        )}
      </div>
    </form>
  );
}
