import { defineTopic } from '../../realtime/topics';
import type { UserView } from '../users/users.service';
import { UPLOAD_STEPS, type UploadRow, type UploadState, type UploadStep } from './uploads.table';

/** An upload as the API shows it and as events carry it. */
export interface UploadView {
  id: string;
  transactionId: string;
  owner: UserView;
  state: UploadState;
  step: UploadStep | null;
  /** 1-based number of the current step; 0 while queued. */
  stepNumber: number;
  totalSteps: number;
  message: string | null;
  resultPath: string | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toUploadView(row: UploadRow, owner: UserView): UploadView {
  return {
    id: row.id,
    transactionId: row.transactionId,
    owner,
    state: row.state,
    step: row.step,
    stepNumber: row.stepNumber,
    totalSteps: UPLOAD_STEPS.length,
    message: row.message,
    resultPath: row.resultPath,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface UploadSnapshot {
  __typename: 'UploadSnapshot';
  upload: UploadView;
}

export interface UploadStarted {
  __typename: 'UploadStarted';
  upload: UploadView;
}

export interface UploadProgressed {
  __typename: 'UploadProgressed';
  upload: UploadView;
}

export interface UploadCompleted {
  __typename: 'UploadCompleted';
  upload: UploadView;
}

export interface UploadFailed {
  __typename: 'UploadFailed';
  upload: UploadView;
}

/** The durable events of the upload topics. */
export type UploadEvent = UploadStarted | UploadProgressed | UploadCompleted | UploadFailed;

declare module '../../realtime/topics' {
  interface TopicEvents {
    /** One upload, by upload id: its owner and admins. */
    upload: UploadEvent;
    /** Every upload of an owner, by user id. */
    'uploads-owner': UploadEvent;
  }
}

/** One upload's topic, by upload id. */
export const uploadTopic = defineTopic('upload');

/** An owner's uploads topic, by user id. */
export const ownerUploadsTopic = defineTopic('uploads-owner');
