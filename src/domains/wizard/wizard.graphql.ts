import { builder } from '../../graphql/builder';
import { eventType, streamed } from '../../graphql/realtime';
import { User } from '../users/users.graphql';
import { CHANNEL_KINDS, WIZARD_FIELDS, type WizardDetails, type WizardStatus } from './wizard.events';

const WizardFieldEnum = builder.enumType('WizardField', { values: WIZARD_FIELDS });

const ChannelKindEnum = builder.enumType('ChannelKind', { values: CHANNEL_KINDS });

const WizardDetailsType = builder.objectRef<WizardDetails>('WizardDetails').implement({
  fields: (t) => ({
    firstName: t.exposeBoolean('firstName'),
    lastName: t.exposeBoolean('lastName'),
    phoneNumber: t.exposeBoolean('phoneNumber'),
    businessType: t.exposeBoolean('businessType'),
    manualPrompt: t.exposeBoolean('manualPrompt'),
    channelConnected: t.exposeBoolean('channelConnected', { description: 'True when at least one messaging channel is connected.' }),
    instagramConnected: t.exposeBoolean('instagramConnected'),
    telegramConnected: t.exposeBoolean('telegramConnected'),
  }),
});

const WizardStatusType = eventType<WizardStatus>(
  'WizardStatus',
  'The onboarding wizard of one user. Emitted as a whole on subscribe and on every change.',
);
builder.objectFields(WizardStatusType, (t) => ({
  wizardComplete: t.exposeBoolean('wizardComplete', { description: 'The user finished the wizard (completeWizard succeeded).' }),
  canComplete: t.exposeBoolean('canComplete', { description: 'Every required field is filled: missingFields is empty.' }),
  missingFields: t.field({ type: [WizardFieldEnum], resolve: (status) => status.missingFields }),
  details: t.field({ type: WizardDetailsType, resolve: (status) => status.details }),
}));

const UpdateProfileInput = builder.inputType('UpdateProfileInput', {
  description: 'Fields left out are kept; a field set to null is cleared.',
  fields: (t) => ({
    firstName: t.string(),
    lastName: t.string(),
    phoneNumber: t.string(),
    businessType: t.string(),
  }),
});

builder.queryFields((t) => ({
  wizardStatus: t.field({
    type: WizardStatusType,
    resolve: (_, __, ctx) => ctx.services.wizard.status(ctx.viewer),
  }),
}));

builder.mutationFields((t) => ({
  updateProfile: t.field({
    type: User,
    args: { input: t.arg({ type: UpdateProfileInput, required: true }) },
    resolve: (_, { input }, ctx) => ctx.services.wizard.updateProfile(ctx.viewer, input),
  }),
  saveManualPrompt: t.field({
    type: WizardStatusType,
    args: { text: t.arg.string({ required: true }) },
    resolve: (_, { text }, ctx) => ctx.services.wizard.saveManualPrompt(ctx.viewer, text),
  }),
  connectChannel: t.field({
    type: WizardStatusType,
    args: { kind: t.arg({ type: ChannelKindEnum, required: true }), handle: t.arg.string({ required: true }) },
    resolve: (_, { kind, handle }, ctx) => ctx.services.wizard.connectChannel(ctx.viewer, kind, handle),
  }),
  disconnectChannel: t.field({
    type: WizardStatusType,
    args: { kind: t.arg({ type: ChannelKindEnum, required: true }) },
    resolve: (_, { kind }, ctx) => ctx.services.wizard.disconnectChannel(ctx.viewer, kind),
  }),
  completeWizard: t.field({
    type: WizardStatusType,
    description: 'BAD_USER_INPUT unless canComplete.',
    resolve: (_, __, ctx) => ctx.services.wizard.complete(ctx.viewer),
  }),
}));

builder.subscriptionFields((t) => ({
  wizardStatus: t.field({
    type: WizardStatusType,
    description: "The viewer's onboarding wizard.",
    args: { after: t.arg.string() },
    subscribe: (_, { after }, ctx) => ctx.services.wizard.subscribe(ctx.viewer, after),
    resolve: streamed,
  }),
}));
