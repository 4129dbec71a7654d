// An example upload worker: a client of the API with a SERVICE account.
// It polls for QUEUED uploads and walks each through the five steps, with a
// pause standing in for the real ERP work (which is outside this product).
//
//   WORKER_EMAIL=worker@example.com WORKER_PASSWORD=... npm run worker:demo
//
// API_URL (default http://127.0.0.1:4000/graphql) and STEP_DELAY_MS (default 800) are optional.
// An upload whose transaction id contains "fail" fails at its third step, so that a failure can be shown.
import { setTimeout as sleep } from 'node:timers/promises';

const API_URL = process.env['API_URL'] ?? 'http://127.0.0.1:4000/graphql';
const STEP_DELAY_MS = Number(process.env['STEP_DELAY_MS'] ?? 800);
const POLL_MS = 1_000;
const STEPS = ['PREPARING_DATA', 'UPLOAD_TO_UCM', 'INTERFACE_LOADER', 'JOURNAL_IMPORT', 'AUTO_POST'] as const;
const FAILING_STEP = 'INTERFACE_LOADER';
const DEMO_FAILURE = 'Interface Loader rejected the journal lines: the transaction ID asked for a failure.';

const LOGIN = `mutation WorkerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const QUEUED = `query WorkerQueued { uploads(state: QUEUED) { id transactionId } }`;
const REPORT = `mutation WorkerReport($uploadId: ID!, $step: UploadStep!, $message: String) {
  reportUploadProgress(uploadId: $uploadId, step: $step, message: $message) { id }
}`;
const COMPLETE = `mutation WorkerComplete($uploadId: ID!, $resultPath: String) { completeUpload(uploadId: $uploadId, resultPath: $resultPath) { id } }`;
const FAIL = `mutation WorkerFail($uploadId: ID!, $error: String!) { failUpload(uploadId: $uploadId, error: $error) { id } }`;

interface QueuedUpload {
  id: string;
  transactionId: string;
}

/** A GraphQL error the API answered with, and its extensions.code. */
class ApiError extends Error {
  constructor(
    message: string,
    readonly code: unknown,
  ) {
    super(message);
  }
}

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    stop.abort();
  });
}

function log(line: string): void {
  console.log(`[worker] ${line}`);
}

let token = '';

async function call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(API_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: unknown } }[] };
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  return body.data!;
}

/** Calls the API, signing in again once if the token has expired. */
async function authorized<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  try {
    return await call<T>(query, variables);
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'UNAUTHENTICATED')) throw error;
    await signIn();
    return call<T>(query, variables);
  }
}

async function signIn(): Promise<void> {
  const email = process.env['WORKER_EMAIL'];
  const password = process.env['WORKER_PASSWORD'];
  if (!email || !password) throw new Error('set WORKER_EMAIL and WORKER_PASSWORD (a SERVICE account made with createUser)');
  token = '';
  token = (await call<{ login: { token: string } }>(LOGIN, { email, password })).login.token;
}

/** Runs one upload through every step. The first report claims it: if another worker did first, it is skipped. */
async function run(upload: QueuedUpload): Promise<void> {
  log(`upload ${upload.id} (${upload.transactionId}) picked up`);
  for (const [index, step] of STEPS.entries()) {
    try {
      await authorized(REPORT, { uploadId: upload.id, step, message: `Step ${index + 1} of ${STEPS.length}` });
    } catch (error) {
      if (index === 0 && error instanceof ApiError && error.code === 'BAD_USER_INPUT')
        return log(`upload ${upload.id} taken by another worker`);
      throw error;
    }
    log(`upload ${upload.id} ${step}`);
    if (step === FAILING_STEP && /fail/i.test(upload.transactionId)) {
      await pause(STEP_DELAY_MS);
      await authorized(FAIL, { uploadId: upload.id, error: DEMO_FAILURE });
      return log(`upload ${upload.id} failed on purpose`);
    }
    // Stopping mid-upload fails it, so it does not stay PROCESSING for ever.
    if (!(await pause(STEP_DELAY_MS))) {
      await authorized(FAIL, { uploadId: upload.id, error: 'The worker stopped before finishing.' });
      return log(`upload ${upload.id} failed: worker stopped`);
    }
  }
  await authorized(COMPLETE, { uploadId: upload.id, resultPath: `/results/${upload.transactionId}` });
  log(`upload ${upload.id} completed`);
}

/** Waits, unless the worker is stopping; true if it waited the whole time. */
async function pause(ms: number): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal: stop.signal });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  await signIn();
  log(`ready: polling ${API_URL}`);
  while (!stop.signal.aborted) {
    try {
      const { uploads } = await authorized<{ uploads: QueuedUpload[] }>(QUEUED);
      // The list is newest first: take the oldest of them.
      const next = uploads.at(-1);
      if (next) await run(next);
      else await pause(POLL_MS);
    } catch (error) {
      // The API may be restarting: try again on the next round.
      log(`error: ${error instanceof Error ? error.message : String(error)}`);
      await pause(POLL_MS);
    }
  }
  log('stopped');
}

main().catch((error: unknown) => {
  console.error('[worker]', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
