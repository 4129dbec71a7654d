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
