import { describe, expect, it } from 'vitest';
import { UPLOAD_STEPS } from '../src/domains/uploads/uploads.table';
import { UploadStream } from './kit/documents';
import { signUp, userWithRole } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { UploadStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Two instances on one PostgreSQL database and one Redis: the worker reports to one, the owner watches on the other.

const UploadsCrossInstanceStart = graphql(`
  mutation UploadsCrossInstanceStart($transactionId: String!) {
    startUpload(transactionId: $transactionId) {
      id
    }
  }
`);

const UploadsCrossInstanceReport = graphql(`
  mutation UploadsCrossInstanceReport($uploadId: ID!, $step: UploadStep!) {
    reportUploadProgress(uploadId: $uploadId, step: $step) {
      id
    }
  }
`);

const UploadsCrossInstanceComplete = graphql(`
  mutation UploadsCrossInstanceComplete($uploadId: ID!) {
    completeUpload(uploadId: $uploadId) {
      id
    }
  }
`);

const [a, b] = await Promise.all([startTestServer(), startTestServer()]);

describe('uploads across instances', () => {
  it('delivers progress reported on one instance to the subscribers of another', async () => {
    const owner = await signUp(a, 'owner');
    const worker = await userWithRole(a, 'SERVICE', 'worker');
    const socket = await TestSocket.connect(b.wsUrl, owner.token);
    const next = async (id: string) => (await socket.data<UploadStreamSubscription>(id)).uploadProgress;
    socket.subscribe('mine', UploadStream, {});
    expect((await next('mine')).__typename).toBe('StreamReady');

    const { startUpload } = await gqlData(a.httpUrl, UploadsCrossInstanceStart, { transactionId: 'TX-X' }, owner.token);
    expect(await next('mine')).toMatchObject({ __typename: 'UploadStarted', upload: { id: startUpload.id } });
    socket.subscribe('one', UploadStream, { uploadId: startUpload.id });
    expect(await next('one')).toMatchObject({ __typename: 'UploadSnapshot', upload: { state: 'QUEUED' } });

    for (const [index, step] of UPLOAD_STEPS.entries()) {
      await gqlData(a.httpUrl, UploadsCrossInstanceReport, { uploadId: startUpload.id, step }, worker.token);
      for (const id of ['mine', 'one']) {
        expect(await next(id)).toMatchObject({ __typename: 'UploadProgressed', upload: { step, stepNumber: index + 1 } });
      }
    }
    await gqlData(a.httpUrl, UploadsCrossInstanceComplete, { uploadId: startUpload.id }, worker.token);
    for (const id of ['mine', 'one'])
      expect(await next(id)).toMatchObject({ __typename: 'UploadCompleted', upload: { state: 'COMPLETED' } });
    expect(await socket.drain('one', 200)).toEqual([]);
  });
});
