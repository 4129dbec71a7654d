import { builder } from '../../graphql/builder';
import { eventType, eventUnion, streamed, StreamReadyType } from '../../graphql/realtime';
import { User } from '../users/users.graphql';
import type { UploadEvent, UploadSnapshot, UploadView } from './uploads.events';
import { LIST_SIZE } from './uploads.service';
import { UPLOAD_STATES, UPLOAD_STEPS } from './uploads.table';

const UploadStepEnum = builder.enumType('UploadStep', { values: UPLOAD_STEPS });
const UploadStateEnum = builder.enumType('UploadState', { values: UPLOAD_STATES });

const Upload = builder.objectRef<UploadView>('Upload').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    transactionId: t.exposeString('transactionId'),
    owner: t.field({ type: User, resolve: (upload) => upload.owner }),
    state: t.field({ type: UploadStateEnum, resolve: (upload) => upload.state }),
    step: t.field({ type: UploadStepEnum, nullable: true, resolve: (upload) => upload.step }),
    stepNumber: t.exposeInt('stepNumber', { description: '1-based number of the current step; 0 while queued.' }),
    totalSteps: t.exposeInt('totalSteps'),
    message: t.exposeString('message', { nullable: true }),
    resultPath: t.exposeString('resultPath', { nullable: true }),
    error: t.exposeString('error', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (upload) => upload.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (upload) => upload.updatedAt }),
  }),
});

/** An event type of the upload streams: each carries the whole upload as it now is. */
function uploadEventType<T extends UploadEvent | UploadSnapshot>(name: T['__typename'], description?: string) {
  const ref = eventType<T>(name, description);
  builder.objectFields(ref, (t) => ({ upload: t.field({ type: Upload, resolve: (event) => event.upload }) }));
  return ref;
}

const UploadEventUnion = eventUnion('UploadEvent', [
  uploadEventType<UploadSnapshot>('UploadSnapshot', 'Sent first when subscribing to one upload.'),
  uploadEventType('UploadStarted'),
  uploadEventType('UploadProgressed'),
  uploadEventType('UploadCompleted'),
  uploadEventType('UploadFailed'),
  StreamReadyType,
]);

builder.queryFields((t) => ({
  upload: t.field({
    type: Upload,
    nullable: true,
    description: 'Its owner, admins and SERVICE accounts; FORBIDDEN for anyone else.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, ctx) => ctx.services.uploads.get(ctx.viewer, id),
  }),
  uploads: t.field({
    type: [Upload],
    description: `Newest first. The viewer's own uploads; admins and SERVICE accounts see everyone's, so a worker finds the QUEUED ones with \`state: QUEUED\`. At most ${LIST_SIZE.max} per query.`,
    args: {
      state: t.arg({ type: UploadStateEnum, description: 'Only the uploads in this state.' }),
      first: t.arg.int({ defaultValue: LIST_SIZE.default, description: `How many to return, 1 to ${LIST_SIZE.max}.` }),
    },
    resolve: (_, { state, first }, ctx) => ctx.services.uploads.list(ctx.viewer, { state, first: first ?? LIST_SIZE.default }),
  }),
}));

builder.mutationFields((t) => ({
  startUpload: t.field({
    type: Upload,
    args: { transactionId: t.arg.string({ required: true }) },
    resolve: (_, { transactionId }, ctx) => ctx.services.uploads.start(ctx.viewer, transactionId),
  }),
  reportUploadProgress: t.field({
    type: Upload,
    description: 'SERVICE or ADMIN: the worker that runs the upload reports each step, in order; the first report moves it to PROCESSING.',
    args: {
      uploadId: t.arg.id({ required: true }),
      step: t.arg({ type: UploadStepEnum, required: true }),
      message: t.arg.string(),
    },
    resolve: (_, { uploadId, step, message }, ctx) => ctx.services.uploads.reportProgress(ctx.viewer, uploadId, step, message),
  }),
  completeUpload: t.field({
    type: Upload,
    description: 'SERVICE or ADMIN, after the last step (AUTO_POST) was reported.',
    args: { uploadId: t.arg.id({ required: true }), resultPath: t.arg.string() },
    resolve: (_, { uploadId, resultPath }, ctx) => ctx.services.uploads.complete(ctx.viewer, uploadId, resultPath),
  }),
  failUpload: t.field({
    type: Upload,
    description: 'SERVICE or ADMIN, while QUEUED or PROCESSING.',
    args: { uploadId: t.arg.id({ required: true }), error: t.arg.string({ required: true }) },
    resolve: (_, { uploadId, error }, ctx) => ctx.services.uploads.fail(ctx.viewer, uploadId, error),
  }),
}));

builder.subscriptionFields((t) => ({
  uploadProgress: t.field({
    type: UploadEventUnion,
    description: "One upload (its owner, admins) or, without uploadId, all of the viewer's uploads.",
    args: { uploadId: t.arg.id(), after: t.arg.string() },
    subscribe: (_, { uploadId, after }, ctx) => ctx.services.uploads.subscribe(ctx.viewer, uploadId, after),
    resolve: streamed,
  }),
}));
