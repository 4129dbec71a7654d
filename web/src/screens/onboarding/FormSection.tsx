import { type FormEvent, useId, useState } from 'react';

export interface Field {
  name: string;
  label: string;
  value: string;
  type?: string;
  autoComplete?: string;
  multiline?: boolean;
}

/** A titled form of a few labelled fields, saved with one button; it says when the save failed or went through. */
export function FormSection({
  title,
  hint,
  fields,
  saveLabel = 'Save',
  onSave,
}: {
  title: string;
  hint?: string;
  fields: Field[];
  saveLabel?: string;
  onSave: (values: Record<string, string>) => Promise<unknown>;
}) {
  const id = useId();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(fields.map(({ name }) => [name, String(form.get(name) ?? '')]));
    try {
      await onSave(values);
      setOutcome({ ok: true, text: 'Saved.' });
    } catch (failure) {
      setOutcome({ ok: false, text: failure instanceof Error ? failure.message : String(failure) });
    }
  }

  return (
    <form className="card stack" aria-labelledby={id} onSubmit={submit}>
      <h2 id={id}>{title}</h2>
      {hint && <p className="muted">{hint}</p>}
      {fields.map((field) => (
        <div key={field.name} className="field">
          <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
          {field.multiline ? (
            <textarea id={`${id}-${field.name}`} name={field.name} defaultValue={field.value} rows={3} />
          ) : (
            <input
              id={`${id}-${field.name}`}
              name={field.name}
              defaultValue={field.value}
              type={field.type ?? 'text'}
              autoComplete={field.autoComplete}
            />
          )}
        </div>
      ))}
      <div className="row">
        <button type="submit">{saveLabel}</button>
        {outcome && (
          <span className={outcome.ok ? 'muted' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.text}
          </span>
        )}
      </div>
    </form>
  );
}
