import { defineTopic } from '../../realtime/topics';
import type { UserRow } from '../users/users.table';
import type { WizardStateRow } from './wizard.table';

export const WIZARD_FIELDS = ['FIRST_NAME', 'LAST_NAME', 'PHONE_NUMBER', 'BUSINESS_TYPE', 'MANUAL_PROMPT', 'CHANNEL_CONNECTED'] as const;
export type WizardField = (typeof WIZARD_FIELDS)[number];

export const CHANNEL_KINDS = ['INSTAGRAM', 'TELEGRAM'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface WizardDetails {
  firstName: boolean;
  lastName: boolean;
  phoneNumber: boolean;
  businessType: boolean;
  manualPrompt: boolean;
  channelConnected: boolean;
  instagramConnected: boolean;
  telegramConnected: boolean;
}

/** The whole status of one user's wizard: the snapshot and every event of the stream. */
export interface WizardStatus {
  __typename: 'WizardStatus';
  wizardComplete: boolean;
  canComplete: boolean;
  missingFields: WizardField[];
  details: WizardDetails;
}

export type WizardEvent = WizardStatus;

declare module '../../realtime/topics' {
  interface TopicEvents {
    /** A user's onboarding wizard, by user id. */
    wizard: WizardEvent;
  }
}

/** A user's wizard topic, by user id. */
export const wizardTopic = defineTopic('wizard');

/** What a status is made of: the user's profile columns and their wizard_states row (null before the first wizard write). */
export interface WizardRecord {
  user: Pick<UserRow, 'firstName' | 'lastName' | 'phoneNumber' | 'businessType'>;
  state: Pick<WizardStateRow, 'manualPrompt' | 'instagramHandle' | 'telegramHandle' | 'completedAt'> | null;
}

// Blank counts as missing, like a blank input counts as null.
const isFilled = (value: string | null | undefined): boolean => Boolean(value?.trim());

export function toWizardStatus({ user, state }: WizardRecord): WizardStatus {
  const instagramConnected = isFilled(state?.instagramHandle);
  const telegramConnected = isFilled(state?.telegramHandle);
  const details: WizardDetails = {
    firstName: isFilled(user.firstName),
    lastName: isFilled(user.lastName),
    phoneNumber: isFilled(user.phoneNumber),
    businessType: isFilled(user.businessType),
    manualPrompt: isFilled(state?.manualPrompt),
    channelConnected: instagramConnected || telegramConnected,
    instagramConnected,
    telegramConnected,
  };
  const filled: Record<WizardField, boolean> = {
    FIRST_NAME: details.firstName,
    LAST_NAME: details.lastName,
    PHONE_NUMBER: details.phoneNumber,
    BUSINESS_TYPE: details.businessType,
    MANUAL_PROMPT: details.manualPrompt,
    CHANNEL_CONNECTED: details.channelConnected,
  };
  const missingFields = WIZARD_FIELDS.filter((field) => !filled[field]);
  return {
    __typename: 'WizardStatus',
    wizardComplete: state?.completedAt != null,
    canComplete: missingFields.length === 0,
    missingFields,
    details,
  };
}
