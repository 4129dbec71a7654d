import { type FormEvent, useReducer, useState } from 'react';
import { useApi } from '../../app/useApi';
import { mergeById, newestFirst } from '../../components/merge';
import { graphql } from '../../gql';
import type { UploadCardFragment } from '../../gql/graphql';
import { useStream } from '../../realtime/useStream';
import { UploadCard } from './UploadCard';

graphql(`
  fragment UploadCard on Upload {
    id
    transactionId
    state
    step
    stepNumber
    totalSteps
    message
    error
    resultPath
    createdAt
    updatedAt
  }
`);

const UploadsStream = graphql(`
  subscription UploadsStream {
    uploadProgress {
      __typename
      ... on UploadStarted {
        upload {
          ...UploadCard
        }
      }
      ... on UploadProgressed {
        upload {
          ...UploadCard
        }
      }
      ... on UploadCompleted {
        upload {
          ...UploadCard
        }
      }
      ... on UploadFailed {
        upload {
          ...UploadCard
        }
      }
    }
  }
`);

const MyUploads = graphql(`
  query MyUploads {
    uploads(first: 20) {
      ...UploadCard
    }
  }
`);

const StartUpload = graphql(`
  mutation StartUpload($transactionId: String!) {
    startUpload(transactionId: $transactionId) {
      id
    }
  }
`);

const SHOWN = 20;
const merge = (state: UploadCardFragment[], uploads: UploadCardFragment[]) => mergeById(state, uploads, newestFirst).slice(0, SHOWN);

/** Start an upload and watch the worker walk it through its five steps. */
export function UploadsScreen() {
  const api = useApi();
  const [uploads, add] = useReducer(merge, []);
  const [error, setError] = useState<string>();

  useStream(
    UploadsStream,
    {},
    (data) => {
      const event = data.uploadProgress;
      if ('upload' in event) add([event.upload as UploadCardFragment]);
    },
    {
      // Merging keeps each upload's newest copy, whichever came first.
      onReady: () =>
        api.query(MyUploads, {}).then(
          ({ uploads }) => add(uploads as UploadCardFragment[]),
          (failure: Error) => setError(failure.message),
        ),
      onError: setError,
    },
  );

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    try {
      await api.mutate(StartUpload, { transactionId: String(new FormData(form).get('transactionId')) });
      form.reset();
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <div className="stack">
      <h1>Uploads</h1>
      <form className="card row" aria-label="Start an upload" onSubmit={start}>
        <label className="grow">
          Transaction ID
          <input name="transactionId" required defaultValue={`TX-${Date.now().toString(36).toUpperCase()}`} />
        </label>
        <button type="submit" className="primary">
          Start upload
        </button>
      </form>
      <p className="muted">The demo worker picks each upload up within a second (include "fail" in the ID to watch one fail).</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {uploads.map((upload) => (
        <UploadCard key={upload.id} upload={upload} />
      ))}
    </div>
  );
}
