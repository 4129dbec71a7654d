import { describe, expect, it } from 'vitest';
import { LIST_SIZE, TEXT_LIMITS } from '../src/domains/uploads/uploads.service';
import { UPLOAD_STEPS } from '../src/domains/uploads/uploads.table';
import { RecentNotifications, UploadStream } from './kit/documents';
import { signUp, userWithRole, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { UploadStep, UploadStreamSubscription, UploadStreamSubscriptionVariables } from './kit/gql/graphql';
import { codes, gql, gqlData } from './kit/http';
import { ROOT, run, type Launch } from './kit/process';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

const UploadsStart = graphql(`
  mutation UploadsStart($transactionId: String!) {
    startUpload(transactionId: $transactionId) {
      id
      transactionId
      state
      step
      stepNumber
      totalSteps
      message
      resultPath
      error
      createdAt
      updatedAt
      owner {
        id
        email
      }
    }
  }
`);

const UploadsReport = graphql(`
  mutation UploadsReport($uploadId: ID!, $step: UploadStep!, $message: String) {
    reportUploadProgress(uploadId: $uploadId, step: $step, message: $message) {
      id
      state
      step
      stepNumber
      message
    }
  }
`);

const UploadsComplete = graphql(`
  mutation UploadsComplete($uploadId: ID!, $resultPath: String) {
    completeUpload(uploadId: $uploadId, resultPath: $resultPath) {
      id
      state
      step
      stepNumber
      resultPath
    }
  }
`);

const UploadsFail = graphql(`
  mutation UploadsFail($uploadId: ID!, $error: String!) {
    failUpload(uploadId: $uploadId, error: $error) {
      id
      state
      error
    }
  }
`);

const UploadsOne = graphql(`
  query UploadsOne($id: ID!) {
    upload(id: $id) {
      id
      state
      stepNumber
      owner {
        id
      }
    }
  }
`);

const UploadsList = graphql(`
  query UploadsList($state: UploadState, $first: Int) {
    uploads(state: $state, first: $first) {
      id
      state
      owner {
        id
      }
    }
  }
`);

type UploadEvent = UploadStreamSubscription['uploadProgress'];

const server = await startTestServer();
const worker = await userWithRole(server, 'SERVICE', 'worker');
const admin = await userWithRole(server, 'ADMIN');
const missingId = '00000000-0000-4000-8000-000000000000';

async function startUpload(owner: TestUser, transactionId = 'TX-1') {
  return (await gqlData(server.httpUrl, UploadsStart, { transactionId }, owner.token)).startUpload;
}

async function report(uploadId: string, step: UploadStep, message?: string, by = worker) {
  return (await gqlData(server.httpUrl, UploadsReport, { uploadId, step, message }, by.token)).reportUploadProgress;
}

/** Reports the first `count` steps, in order. */
async function reportSteps(uploadId: string, count: number) {
  for (const step of UPLOAD_STEPS.slice(0, count)) await report(uploadId, step);
}

async function watch(user: TestUser, variables: UploadStreamSubscriptionVariables = {}) {
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe('u', UploadStream, variables);
  const next = async (timeoutMs?: number): Promise<UploadEvent> =>
    (await socket.data<UploadStreamSubscription>('u', timeoutMs)).uploadProgress;
  return { socket, next };
}

async function notificationsOf(user: TestUser) {
  return (await gqlData(server.httpUrl, RecentNotifications, { first: 5 }, user.token)).notifications.edges.map((edge) => edge.node);
}

const stepOf = (event: UploadEvent) => (event.__typename === 'UploadProgressed' ? event.upload.step : event.__typename);

// First in the file, so the worker finds no other test's QUEUED upload before this one.
describe('the demo worker (scripts/worker-demo.ts)', () => {
  const WORKER: Launch = { command: [process.execPath, '--import', 'tsx', 'scripts/worker-demo.ts'], cwd: ROOT };

  /** The demo worker, signed in as `worker`, taking stepDelayMs over each step. */
  function startWorker(stepDelayMs: number) {
    const env = {
      API_URL: server.httpUrl,
      WORKER_EMAIL: worker.email,
      WORKER_PASSWORD: worker.password,
      STEP_DELAY_MS: String(stepDelayMs),
    };
    return run(env, WORKER);
  }

  it('picks up a QUEUED upload, reports the five steps and completes it, then stops on SIGTERM', async () => {
    const owner = await signUp(server, 'owner');
    const upload = await startUpload(owner, 'TX-WORKER');
    const { socket, next } = await watch(owner, { uploadId: upload.id });
    expect(await next()).toMatchObject({ __typename: 'UploadSnapshot', upload: { state: 'QUEUED', stepNumber: 0 } });

    const { child, exited, output } = startWorker(20);
    // The worker process still has to start and sign in: the first event gets more time.
    const first = await next(20_000);
    const rest = [];
    for (let i = 0; i < UPLOAD_STEPS.length; i++) rest.push(await next());
    expect([first, ...rest].map(stepOf)).toEqual([...UPLOAD_STEPS, 'UploadCompleted']);
    expect(rest.at(-1)).toMatchObject({ upload: { state: 'COMPLETED', resultPath: '/results/TX-WORKER' } });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toContain('stopped');
    expect(await socket.drain('u', 200)).toEqual([]);
  });

  it('fails the upload it is running when stopped, rather than leave it PROCESSING', async () => {
    const owner = await signUp(server, 'owner');
    const upload = await startUpload(owner, 'TX-STOPPED');
    const { next } = await watch(owner, { uploadId: upload.id });
    await next();

    const { child, exited } = startWorker(60_000);
    expect(stepOf(await next(20_000))).toBe('PREPARING_DATA');
    child.kill('SIGTERM');
    expect(await next()).toMatchObject({
      __typename: 'UploadFailed',
      upload: { state: 'FAILED', error: 'The worker stopped before finishing.' },
    });
    expect(await exited).toBe(0);
  });
});

describe('an upload from start to finish', () => {
  it('streams Started, each step, Completed to the owner, and notifies the owner', async () => {
    const owner = await signUp(server, 'owner');
    const mine = await watch(owner);
    expect(await mine.next()).toMatchObject({ __typename: 'StreamReady', cursor: expect.any(String) });

    const upload = await startUpload(owner, '  TX-42  ');
    expect(upload).toMatchObject({
      transactionId: 'TX-42',
      state: 'QUEUED',
      step: null,
      stepNumber: 0,
      totalSteps: 5,
      message: null,
      resultPath: null,
      error: null,
      owner: { id: owner.id, email: owner.email },
    });
    expect(await mine.next()).toMatchObject({
      __typename: 'UploadStarted',
      upload: { id: upload.id, transactionId: 'TX-42', state: 'QUEUED', step: null, stepNumber: 0, totalSteps: 5, owner: { id: owner.id } },
    });

    const one = await watch(owner, { uploadId: upload.id });
    expect(await one.next()).toMatchObject({ __typename: 'UploadSnapshot', upload: { id: upload.id, state: 'QUEUED', step: null } });

    for (const [index, step] of UPLOAD_STEPS.entries()) {
      const reported = await report(upload.id, step, `doing ${step}`);
      const expected = { state: 'PROCESSING', step, stepNumber: index + 1, message: `doing ${step}` };
      expect(reported).toMatchObject(expected);
      for (const stream of [mine, one]) expect(await stream.next()).toMatchObject({ __typename: 'UploadProgressed', upload: expected });
    }

    const { completeUpload } = await gqlData(
      server.httpUrl,
      UploadsComplete,
      { uploadId: upload.id, resultPath: '/out/TX-42.csv' },
      worker.token,
    );
    expect(completeUpload).toMatchObject({ state: 'COMPLETED', step: 'AUTO_POST', stepNumber: 5, resultPath: '/out/TX-42.csv' });
    for (const stream of [mine, one]) {
      expect(await stream.next()).toMatchObject({
        __typename: 'UploadCompleted',
        upload: { id: upload.id, state: 'COMPLETED', resultPath: '/out/TX-42.csv' },
      });
      expect(await stream.socket.drain('u', 200)).toEqual([]);
    }
    expect(await notificationsOf(owner)).toEqual([
      { kind: 'upload.completed', title: 'Upload completed', message: 'Upload TX-42 completed. Result: /out/TX-42.csv' },
    ]);
  });

  it('shows the current step in the snapshot of a page opened mid-upload', async () => {
    const owner = await signUp(server);
    const upload = await startUpload(owner);
    await report(upload.id, 'PREPARING_DATA', 'rows collected');
    await report(upload.id, 'UPLOAD_TO_UCM', 'file 3 of 7');
    const { next } = await watch(owner, { uploadId: upload.id });
    const snapshot = await next();
    expect(snapshot).toMatchObject({
      __typename: 'UploadSnapshot',
      cursor: expect.any(String),
      upload: { state: 'PROCESSING', step: 'UPLOAD_TO_UCM', stepNumber: 2, totalSteps: 5, message: 'file 3 of 7' },
    });
  });

  it('fails a QUEUED or a PROCESSING upload, streams UploadFailed and notifies the owner', async () => {
    const owner = await signUp(server);
    const queued = await startUpload(owner, 'TX-Q');
    const processing = await startUpload(owner, 'TX-P');
    await reportSteps(processing.id, 3);
    const { socket, next } = await watch(owner);
    await next();

    for (const upload of [queued, processing]) {
      const { failUpload } = await gqlData(
        server.httpUrl,
        UploadsFail,
        { uploadId: upload.id, error: 'ERP refused the journal' },
        worker.token,
      );
      expect(failUpload).toMatchObject({ id: upload.id, state: 'FAILED', error: 'ERP refused the journal' });
      expect(await next()).toMatchObject({
        __typename: 'UploadFailed',
        upload: { id: upload.id, state: 'FAILED', error: 'ERP refused the journal' },
      });
    }
    expect(await socket.drain('u', 200)).toEqual([]);
    expect(await notificationsOf(owner)).toEqual([
      { kind: 'upload.failed', title: 'Upload failed', message: 'Upload TX-P failed: ERP refused the journal' },
      { kind: 'upload.failed', title: 'Upload failed', message: 'Upload TX-Q failed: ERP refused the journal' },
    ]);
  });

  it('lets an admin watch and run anyone’s upload', async () => {
    const owner = await signUp(server);
    const upload = await startUpload(owner);
    const { next } = await watch(admin, { uploadId: upload.id });
    expect(await next()).toMatchObject({ __typename: 'UploadSnapshot', upload: { id: upload.id } });
    await report(upload.id, 'PREPARING_DATA', undefined, admin);
    expect(await next()).toMatchObject({ __typename: 'UploadProgressed', upload: { step: 'PREPARING_DATA', message: null } });
  });
});

describe('the order of steps', () => {
  it('refuses a step out of order, a repeated step and any report after the end, and streams nothing for them', async () => {
    const owner = await signUp(server);
    const upload = await startUpload(owner);
    const { socket, next } = await watch(owner, { uploadId: upload.id });
    await next();
    const attempt = async (step: UploadStep) =>
      codes(await gql(server.httpUrl, UploadsReport, { uploadId: upload.id, step }, worker.token));
    const complete = async () => codes(await gql(server.httpUrl, UploadsComplete, { uploadId: upload.id }, worker.token));

    expect(await attempt('UPLOAD_TO_UCM')).toEqual(['BAD_USER_INPUT']);
    expect(await complete()).toEqual(['BAD_USER_INPUT']);
    await report(upload.id, 'PREPARING_DATA');
    expect(await attempt('PREPARING_DATA')).toEqual(['BAD_USER_INPUT']);
    expect(await attempt('INTERFACE_LOADER')).toEqual(['BAD_USER_INPUT']);
    expect(await complete()).toEqual(['BAD_USER_INPUT']);
    for (const step of UPLOAD_STEPS.slice(1)) await report(upload.id, step);
    expect(await attempt('AUTO_POST')).toEqual(['BAD_USER_INPUT']);

    const { completeUpload } = await gqlData(server.httpUrl, UploadsComplete, { uploadId: upload.id }, worker.token);
    expect(completeUpload).toMatchObject({ state: 'COMPLETED', resultPath: null });
    expect(await complete()).toEqual(['BAD_USER_INPUT']);
    expect(await attempt('PREPARING_DATA')).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(server.httpUrl, UploadsFail, { uploadId: upload.id, error: 'late' }, worker.token))).toEqual(['BAD_USER_INPUT']);

    const delivered = [];
    for (let i = 0; i < UPLOAD_STEPS.length + 1; i++) delivered.push(stepOf(await next()));
    expect(delivered).toEqual([...UPLOAD_STEPS, 'UploadCompleted']);
    expect(await socket.drain('u', 200)).toEqual([]);
  });

  it('lets only one of two workers claim an upload with its first step', async () => {
    const owner = await signUp(server);
    const upload = await startUpload(owner);
    const claims = await Promise.all(
      [worker, admin].map((by) => gql(server.httpUrl, UploadsReport, { uploadId: upload.id, step: 'PREPARING_DATA' }, by.token)),
    );
    expect(claims.map((claim) => codes(claim).join()).sort()).toEqual(['', 'BAD_USER_INPUT']);
    expect((await gqlData(server.httpUrl, UploadsOne, { id: upload.id }, owner.token)).upload).toMatchObject({
      state: 'PROCESSING',
      stepNumber: 1,
    });
  });

  it('refuses any report on a failed upload', async () => {
    const owner = await signUp(server);
    const upload = await startUpload(owner);
    await gqlData(server.httpUrl, UploadsFail, { uploadId: upload.id, error: 'gone' }, worker.token);
    expect(codes(await gql(server.httpUrl, UploadsReport, { uploadId: upload.id, step: 'PREPARING_DATA' }, worker.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql(server.httpUrl, UploadsFail, { uploadId: upload.id, error: 'again' }, worker.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await gql(server.httpUrl, UploadsComplete, { uploadId: upload.id }, worker.token))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('who may do what', () => {
  it('lets only SERVICE accounts and admins report, complete and fail', async () => {
    const owner = await signUp(server);
    const partner = await userWithRole(server, 'PARTNER');
    const upload = await startUpload(owner);
    for (const caller of [owner, partner]) {
      expect(codes(await gql(server.httpUrl, UploadsReport, { uploadId: upload.id, step: 'PREPARING_DATA' }, caller.token))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await gql(server.httpUrl, UploadsComplete, { uploadId: upload.id }, caller.token))).toEqual(['FORBIDDEN']);
      expect(codes(await gql(server.httpUrl, UploadsFail, { uploadId: upload.id, error: 'no' }, caller.token))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await gql(server.httpUrl, UploadsReport, { uploadId: upload.id, step: 'PREPARING_DATA' }))).toEqual(['UNAUTHENTICATED']);
    expect((await gqlData(server.httpUrl, UploadsOne, { id: upload.id }, owner.token)).upload).toMatchObject({
      state: 'QUEUED',
      stepNumber: 0,
    });
  });

  it('shows one upload to its owner, admins and SERVICE accounts, and refuses anyone else', async () => {
    const owner = await signUp(server);
    const stranger = await signUp(server);
    const upload = await startUpload(owner);
    for (const reader of [owner, admin, worker]) {
      expect((await gqlData(server.httpUrl, UploadsOne, { id: upload.id }, reader.token)).upload).toMatchObject({
        id: upload.id,
        owner: { id: owner.id },
      });
    }
    expect(codes(await gql(server.httpUrl, UploadsOne, { id: upload.id }, stranger.token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(server.httpUrl, UploadsOne, { id: upload.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses watching one upload to anyone but its owner and admins, and the socket stays open', async () => {
    const owner = await signUp(server);
    const stranger = await signUp(server);
    const upload = await startUpload(owner);
    for (const outsider of [stranger, worker]) {
      const socket = await TestSocket.connect(server.wsUrl, outsider.token);
      socket.subscribe('theirs', UploadStream, { uploadId: upload.id });
      expect(codes(await socket.next('theirs'))).toEqual(['FORBIDDEN']);
      expect((await socket.message('theirs')).type).toBe('complete');
      socket.subscribe('own', UploadStream, {});
      expect((await socket.data<UploadStreamSubscription>('own')).uploadProgress.__typename).toBe('StreamReady');
    }
    const anonymous = await TestSocket.connect(server.wsUrl);
    anonymous.subscribe('u', UploadStream, { uploadId: upload.id });
    expect(codes(await anonymous.next('u'))).toEqual(['UNAUTHENTICATED']);
  });

  it('requires a viewer to start or list uploads', async () => {
    expect(codes(await gql(server.httpUrl, UploadsStart, { transactionId: 'TX' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(server.httpUrl, UploadsList, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers NOT_FOUND for an upload that does not exist', async () => {
    expect(codes(await gql(server.httpUrl, UploadsReport, { uploadId: missingId, step: 'PREPARING_DATA' }, worker.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await gql(server.httpUrl, UploadsComplete, { uploadId: missingId }, worker.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(server.httpUrl, UploadsFail, { uploadId: missingId, error: 'x' }, worker.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(server.httpUrl, UploadsOne, { id: missingId }, admin.token))).toEqual(['NOT_FOUND']);
    const socket = await TestSocket.connect(server.wsUrl, admin.token);
    socket.subscribe('u', UploadStream, { uploadId: missingId });
    expect(codes(await socket.next('u'))).toEqual(['NOT_FOUND']);
  });
});

describe('the uploads list', () => {
  it('shows owners their own uploads and admins and SERVICE accounts everyone’s, newest first', async () => {
    const ann = await signUp(server, 'ann');
    const bob = await signUp(server, 'bob');
    const first = await startUpload(ann, 'ann-1');
    const second = await startUpload(bob, 'bob-1');
    const third = await startUpload(ann, 'ann-2');
    await report(third.id, 'PREPARING_DATA');

    const annList = (await gqlData(server.httpUrl, UploadsList, {}, ann.token)).uploads;
    expect(annList.map((u) => u.id)).toEqual([third.id, first.id]);
    expect((await gqlData(server.httpUrl, UploadsList, {}, bob.token)).uploads.map((u) => u.id)).toEqual([second.id]);
    for (const reader of [admin, worker]) {
      const all = (await gqlData(server.httpUrl, UploadsList, { first: 3 }, reader.token)).uploads;
      expect(all.map((u) => u.id)).toEqual([third.id, second.id, first.id]);
      const queued = (await gqlData(server.httpUrl, UploadsList, { state: 'QUEUED', first: 2 }, reader.token)).uploads;
      expect(queued.map((u) => u.id)).toEqual([second.id, first.id]);
    }
    expect((await gqlData(server.httpUrl, UploadsList, { state: 'PROCESSING' }, ann.token)).uploads.map((u) => u.id)).toEqual([third.id]);
  });

  it(`returns ${LIST_SIZE.default} by default and refuses a page size outside 1 to ${LIST_SIZE.max}`, async () => {
    const owner = await signUp(server);
    for (let i = 0; i <= LIST_SIZE.default; i++) await startUpload(owner, `bulk-${i}`);
    expect((await gqlData(server.httpUrl, UploadsList, {}, owner.token)).uploads).toHaveLength(LIST_SIZE.default);
    expect((await gqlData(server.httpUrl, UploadsList, { first: LIST_SIZE.max }, owner.token)).uploads).toHaveLength(LIST_SIZE.default + 1);
    for (const first of [0, LIST_SIZE.max + 1]) {
      expect(codes(await gql(server.httpUrl, UploadsList, { first }, owner.token))).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('input limits', () => {
  it(`takes a transactionId of 1 to ${TEXT_LIMITS.transactionId} characters`, async () => {
    const owner = await signUp(server);
    for (const transactionId of ['', '   ', 'x'.repeat(TEXT_LIMITS.transactionId + 1)]) {
      expect(codes(await gql(server.httpUrl, UploadsStart, { transactionId }, owner.token))).toEqual(['BAD_USER_INPUT']);
    }
    expect((await startUpload(owner, 'x'.repeat(TEXT_LIMITS.transactionId))).transactionId).toHaveLength(TEXT_LIMITS.transactionId);
  });

  it('refuses malformed ids, cursors and texts over their limits', async () => {
    const owner = await signUp(server);
    const upload = await startUpload(owner);
    const uploadId = upload.id;
    const badReports = [
      { uploadId: 'nope', step: 'PREPARING_DATA' as const },
      { uploadId, step: 'PREPARING_DATA' as const, message: 'x'.repeat(TEXT_LIMITS.message + 1) },
    ];
    for (const variables of badReports)
      expect(codes(await gql(server.httpUrl, UploadsReport, variables, worker.token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(server.httpUrl, UploadsOne, { id: 'nope' }, owner.token))).toEqual(['BAD_USER_INPUT']);
    for (const error of ['', ' ', 'x'.repeat(TEXT_LIMITS.error + 1)]) {
      expect(codes(await gql(server.httpUrl, UploadsFail, { uploadId, error }, worker.token))).toEqual(['BAD_USER_INPUT']);
    }

    expect(await report(uploadId, 'PREPARING_DATA', 'x'.repeat(TEXT_LIMITS.message))).toMatchObject({ stepNumber: 1 });
    for (const step of UPLOAD_STEPS.slice(1)) await report(uploadId, step);
    const tooLong = { uploadId, resultPath: 'x'.repeat(TEXT_LIMITS.resultPath + 1) };
    expect(codes(await gql(server.httpUrl, UploadsComplete, tooLong, worker.token))).toEqual(['BAD_USER_INPUT']);
    const longest = { uploadId, resultPath: 'x'.repeat(TEXT_LIMITS.resultPath) };
    expect((await gqlData(server.httpUrl, UploadsComplete, longest, worker.token)).completeUpload.state).toBe('COMPLETED');

    const socket = await TestSocket.connect(server.wsUrl, owner.token);
    socket.subscribe('id', UploadStream, { uploadId: 'nope' });
    expect(codes(await socket.next('id'))).toEqual(['BAD_USER_INPUT']);
    socket.subscribe('one', UploadStream, { uploadId, after: 'garbage' });
    expect(codes(await socket.next('one'))).toEqual(['BAD_USER_INPUT']);
    socket.subscribe('all', UploadStream, { after: 'garbage' });
    expect(codes(await socket.next('all'))).toEqual(['BAD_USER_INPUT']);
  });

  it(`fails an upload with an error of up to ${TEXT_LIMITS.error} characters`, async () => {
    const owner = await signUp(server);
    const upload = await startUpload(owner);
    const error = 'e'.repeat(TEXT_LIMITS.error);
    expect((await gqlData(server.httpUrl, UploadsFail, { uploadId: upload.id, error }, worker.token)).failUpload.error).toBe(error);
  });
});

describe('isolation between viewers', () => {
  it("never sends bob an event about alice's uploads, nor lets him use her cursor", async () => {
    const alice = await signUp(server, 'alice');
    const bob = await signUp(server, 'bob');
    const aliceStream = await watch(alice);
    const bobStream = await watch(bob);
    const aliceReady = await aliceStream.next();
    await bobStream.next();

    const upload = await startUpload(alice);
    await report(upload.id, 'PREPARING_DATA');
    await gqlData(server.httpUrl, UploadsFail, { uploadId: upload.id, error: 'stop' }, worker.token);
    expect([await aliceStream.next(), await aliceStream.next(), await aliceStream.next()].map((e) => e.__typename)).toEqual([
      'UploadStarted',
      'UploadProgressed',
      'UploadFailed',
    ]);
    expect(await bobStream.socket.drain('u', 300)).toEqual([]);
    expect((await gqlData(server.httpUrl, UploadsList, {}, bob.token)).uploads).toEqual([]);

    bobStream.socket.subscribe('stolen', UploadStream, { after: aliceReady.cursor });
    expect(codes(await bobStream.socket.next('stolen'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('resuming', () => {
  it('replays exactly the missed events of one upload, in order, then StreamReady, then live ones', async () => {
    const owner = await signUp(server);
    const upload = await startUpload(owner);
    const first = await watch(owner, { uploadId: upload.id });
    await first.next();
    await report(upload.id, 'PREPARING_DATA');
    const seen = await first.next();
    first.socket.close();
    await first.socket.closed;

    await report(upload.id, 'UPLOAD_TO_UCM');
    await report(upload.id, 'INTERFACE_LOADER');

    const resumed = await watch(owner, { uploadId: upload.id, after: seen.cursor });
    const replayed = [await resumed.next(), await resumed.next()];
    expect(replayed.map(stepOf)).toEqual(['UPLOAD_TO_UCM', 'INTERFACE_LOADER']);
    expect(await resumed.next()).toMatchObject({ __typename: 'StreamReady', cursor: replayed[1]!.cursor });

    await report(upload.id, 'JOURNAL_IMPORT');
    expect(stepOf(await resumed.next())).toBe('JOURNAL_IMPORT');
    expect(await resumed.socket.drain('u', 200)).toEqual([]);
  });

  it("replays the owner's stream across uploads from StreamReady's cursor", async () => {
    const owner = await signUp(server);
    const first = await watch(owner);
    const ready = await first.next();
    first.socket.close();

    const one = await startUpload(owner, 'one');
    const two = await startUpload(owner, 'two');
    await report(one.id, 'PREPARING_DATA');

    const resumed = await watch(owner, { after: ready.cursor });
    const replayed = [await resumed.next(), await resumed.next(), await resumed.next()];
    expect(replayed.map((e) => e.__typename !== 'StreamReady' && e.__typename !== 'UploadSnapshot' && e.upload.id)).toEqual([
      one.id,
      two.id,
      one.id,
    ]);
    expect(replayed.map((e) => e.__typename)).toEqual(['UploadStarted', 'UploadStarted', 'UploadProgressed']);
    expect(await resumed.next()).toMatchObject({ __typename: 'StreamReady', cursor: replayed[2]!.cursor });
    expect(await resumed.socket.drain('u', 200)).toEqual([]);
  });
});
