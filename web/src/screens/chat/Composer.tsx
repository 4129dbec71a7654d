import { type FormEvent, useRef, useState } from 'react';
import { useApi } from '../../app/useApi';
import { SendMessage, SetTyping } from './documents';

/** The server ends a typing indicator 5 s after the last setTyping(true): say it again well before. */
const TYPING_REPEAT_MS = 2_000;

/** The message box: it tells the others while the viewer types, and stops telling them on send or leaving the box empty. */
export function Composer({ conversationId, onError }: { conversationId: string; onError: (message: string) => void }) {
  const api = useApi();
  const [text, setText] = useState('');
  const typingSentAt = useRef(0);

  const setTyping = (isTyping: boolean) => {
    typingSentAt.current = isTyping ? Date.now() : 0;
    api.mutate(SetTyping, { conversationId, isTyping }).catch(() => {});
  };

  const changed = (value: string) => {
    setText(value);
    if (!value.trim()) {
      if (typingSentAt.current) setTyping(false);
    } else if (Date.now() - typingSentAt.current > TYPING_REPEAT_MS) setTyping(true);
  };

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      await api.mutate(SendMessage, { conversationId, content: text });
      setText('');
      if (typingSentAt.current) setTyping(false);
    } catch (failure) {
      onError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <form className="composer row" onSubmit={send} aria-label="Write a message">
      <label className="grow">
        <span className="visually-hidden">Message</span>
        <input
          name="message"
          placeholder="Write a message"
          value={text}
          autoComplete="off"
          onChange={(event) => changed(event.target.value)}
          onBlur={() => !text.trim() && typingSentAt.current && setTyping(false)}
        />
      </label>
      <button type="submit" className="primary">
        Send
      </button>
    </form>
  );
}
