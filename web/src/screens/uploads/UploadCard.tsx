import { timeOf } from '../../components/time';
import type { UploadCardFragment, UploadStep } from '../../gql/graphql';

export const STEP_NAMES: Record<UploadStep, string> = {
  PREPARING_DATA: 'Preparing Data',
  UPLOAD_TO_UCM: 'Upload to UCM',
  INTERFACE_LOADER: 'Interface Loader',
  JOURNAL_IMPORT: 'Journal Import',
  AUTO_POST: 'AutoPost',
};

const STEPS = Object.keys(STEP_NAMES) as UploadStep[];

/** What the bar says: the step the worker last reported and how far along that is. */
function progressOf(upload: UploadCardFragment): { percent: number; label: string } {
  if (upload.state === 'COMPLETED') return { percent: 100, label: 'Completed' };
  if (!upload.step) return { percent: 0, label: 'Queued' };
  const percent = Math.round((upload.stepNumber / upload.totalSteps) * 100);
  return { percent, label: STEP_NAMES[upload.step] };
}

export function UploadCard({ upload }: { upload: UploadCardFragment }) {
  const { percent, label } = progressOf(upload);
  const failed = upload.state === 'FAILED';
  return (
    <article className="card stack" aria-label={`Upload ${upload.transactionId}`} data-state={upload.state}>
      <div className="row">
        <h2>{upload.transactionId}</h2>
        <span className={`tag state-${upload.state.toLowerCase()}`}>{upload.state.toLowerCase()}</span>
        <span className="muted">started {timeOf(upload.createdAt)}</span>
      </div>
      <div
        className={`progress${failed ? ' failed' : ''}`}
        role="progressbar"
        aria-label={`Progress of ${upload.transactionId}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${label}, ${percent}%`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress-label">
        <strong>{label}</strong> {percent}%{upload.message && <span className="muted"> · {upload.message}</span>}
      </p>
      <ol className="steps" aria-label="Steps">
        {STEPS.map((step, index) => {
          const number = index + 1;
          const done = upload.state === 'COMPLETED' || number < upload.stepNumber;
          const current = !done && number === upload.stepNumber;
          return (
            <li
              key={step}
              data-status={done ? 'done' : current ? (failed ? 'failed' : 'current') : 'todo'}
              aria-current={current ? 'step' : undefined}
            >
              {STEP_NAMES[step]}
            </li>
          );
        })}
      </ol>
      {failed && (
        <p className="error" role="alert">
          Failed: {upload.error}
        </p>
      )}
      {upload.resultPath && <p className="muted">Result: {upload.resultPath}</p>}
    </article>
  );
}
