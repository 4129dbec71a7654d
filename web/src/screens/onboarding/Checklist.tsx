import type { OnboardingStatusFragment } from '../../gql/graphql';

type Details = OnboardingStatusFragment['details'];

const STEPS: { label: string; done: (details: Details) => boolean }[] = [
  { label: 'First name', done: (d) => d.firstName },
  { label: 'Last name', done: (d) => d.lastName },
  { label: 'Phone number', done: (d) => d.phoneNumber },
  { label: 'Business type', done: (d) => d.businessType },
  { label: 'Manual prompt', done: (d) => d.manualPrompt },
  { label: 'Instagram connected', done: (d) => d.instagramConnected },
  { label: 'Telegram connected', done: (d) => d.telegramConnected },
];

/** One line per step, ticked from the stream's status. A channel is one step: Instagram or Telegram will do. */
export function Checklist({ status }: { status: OnboardingStatusFragment }) {
  return (
    <ul className="checklist" aria-label="Onboarding steps">
      {STEPS.map(({ label, done }) => {
        const ticked = done(status.details);
        return (
          <li key={label} data-done={ticked}>
            <span aria-hidden="true">{ticked ? '✔' : '○'}</span> {label}
            <span className="visually-hidden">{ticked ? ': done' : ': to do'}</span>
          </li>
        );
      })}
      <li className="muted">
        {status.canComplete
          ? 'Everything needed is filled in.'
          : `Missing: ${status.missingFields.join(', ').toLowerCase().replaceAll('_', ' ')}`}
      </li>
    </ul>
  );
}
