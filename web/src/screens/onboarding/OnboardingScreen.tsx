import { useEffect, useState } from 'react';
import { useApi } from '../../app/useApi';
import { graphql } from '../../gql';
import type { ChannelKind, OnboardingStatusFragment } from '../../gql/graphql';
import { useStream } from '../../realtime/useStream';
import { BusinessForm } from './BusinessForm';
import { Checklist } from './Checklist';
import { FormSection } from './FormSection';

graphql(`
  fragment OnboardingStatus on WizardStatus {
    canComplete
    wizardComplete
    missingFields
    details {
      firstName
      lastName
      phoneNumber
      businessType
      manualPrompt
      instagramConnected
      telegramConnected
    }
  }
`);

const WizardStream = graphql(`
  subscription WizardStream {
    wizardStatus {
      ...OnboardingStatus
    }
  }
`);

const Profile = graphql(`
  query OnboardingProfile {
    me {
      id
      firstName
      lastName
      phoneNumber
      businessType
    }
  }
`);

const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
    }
  }
`);

const SavePrompt = graphql(`
  mutation SaveManualPrompt($text: String!) {
    saveManualPrompt(text: $text) {
      canComplete
    }
  }
`);

const ConnectChannel = graphql(`
  mutation ConnectChannel($kind: ChannelKind!, $handle: String!) {
    connectChannel(kind: $kind, handle: $handle) {
      canComplete
    }
  }
`);

const DisconnectChannel = graphql(`
  mutation DisconnectChannel($kind: ChannelKind!) {
    disconnectChannel(kind: $kind) {
      canComplete
    }
  }
`);

const CompleteWizard = graphql(`
  mutation CompleteWizard {
    completeWizard {
      wizardComplete
    }
  }
`);

type ProfileValues = { firstName: string; lastName: string; phoneNumber: string; businessType: string };

/**
 * The onboarding wizard. The checklist and the complete button follow the
 * wizardStatus stream alone, so a step saved in another tab ticks here too.
 */
export function OnboardingScreen() {
  const api = useApi();
  const [status, setStatus] = useState<OnboardingStatusFragment>();
  const [profile, setProfile] = useState<ProfileValues>();
  const [error, setError] = useState<string>();

  useStream(WizardStream, {}, (data) => setStatus(data.wizardStatus as OnboardingStatusFragment), { onError: setError });

  useEffect(() => {
    api.query(Profile, {}).then(
      ({ me }) =>
        setProfile({
          firstName: me?.firstName ?? '',
          lastName: me?.lastName ?? '',
          phoneNumber: me?.phoneNumber ?? '',
          businessType: me?.businessType ?? '',
        }),
      (failure: Error) => setError(failure.message),
    );
  }, [api]);

  const channel = (kind: ChannelKind) => (handle: string) =>
    handle.trim() ? api.mutate(ConnectChannel, { kind, handle }) : api.mutate(DisconnectChannel, { kind });

  return (
    <div className="columns">
      <section className="card" aria-labelledby="checklist-title">
        <h1 id="checklist-title">Onboarding</h1>
        {status ? <Checklist status={status} /> : <p className="muted">Loading the checklist…</p>}
        <button
          type="button"
          className="primary"
          disabled={!status?.canComplete || status.wizardComplete}
          onClick={() => api.mutate(CompleteWizard, {}).catch((failure: Error) => setError(failure.message))}
        >
          {status?.wizardComplete ? 'Onboarding complete' : 'Complete onboarding'}
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </section>
      <div className="stack">
        {profile && (
          <FormSection
            title="Your details"
            fields={[
              { name: 'firstName', label: 'First name', value: profile.firstName, autoComplete: 'given-name' },
              { name: 'lastName', label: 'Last name', value: profile.lastName, autoComplete: 'family-name' },
              { name: 'phoneNumber', label: 'Phone number', value: profile.phoneNumber, autoComplete: 'tel', type: 'tel' },
              { name: 'businessType', label: 'Business type', value: profile.businessType },
            ]}
            onSave={(values) => api.mutate(UpdateProfile, { input: values })}
          />
        )}
        <FormSection
          title="Manual prompt"
          fields={[{ name: 'text', label: 'Prompt for the assistant', value: '', multiline: true }]}
          onSave={(values) => api.mutate(SavePrompt, { text: values['text'] ?? '' })}
        />
        <FormSection
          title="Instagram"
          hint="Save a handle to connect; save it empty to disconnect. One channel is enough."
          fields={[{ name: 'handle', label: 'Instagram handle', value: '' }]}
          saveLabel="Save Instagram"
          onSave={(values) => channel('INSTAGRAM')(values['handle'] ?? '')}
        />
        <FormSection
          title="Telegram"
          hint="Save a handle to connect; save it empty to disconnect."
          fields={[{ name: 'handle', label: 'Telegram handle', value: '' }]}
          saveLabel="Save Telegram"
          onSave={(values) => channel('TELEGRAM')(values['handle'] ?? '')}
        />
        <BusinessForm />
      </div>
    </div>
  );
}
