import { describe, expect, it } from 'vitest';
import { WizardStream } from './kit/documents';
import { signUp } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { WizardStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Two server instances on one PostgreSQL database and one Redis.

const WizardCrossInstanceUpdate = graphql(`
  mutation WizardCrossInstanceUpdate($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
    }
  }
`);

const [a, b] = await Promise.all([startTestServer(), startTestServer()]);

describe('the wizard stream across instances', () => {
  it('delivers updateProfile on one instance to a wizardStatus subscriber on another', async () => {
    const user = await signUp(a, 'cross');
    const socket = await TestSocket.connect(b.wsUrl, user.token);
    socket.subscribe('w', WizardStream);
    const next = async () => (await socket.data<WizardStreamSubscription>('w')).wizardStatus;
    expect((await next()).details).toMatchObject({ lastName: false, phoneNumber: false });

    await gqlData(a.httpUrl, WizardCrossInstanceUpdate, { input: { lastName: 'Cross', phoneNumber: '555 0142' } }, user.token);
    const changed = await next();
    expect(changed.details).toMatchObject({ lastName: true, phoneNumber: true });
    expect(changed.missingFields).toEqual(['BUSINESS_TYPE', 'MANUAL_PROMPT', 'CHANNEL_CONNECTED']);
    expect(await socket.drain('w', 300)).toEqual([]);
  });

  it('answers a cursor from one instance with the current status on another', async () => {
    const user = await signUp(a, 'moved');
    const first = await TestSocket.connect(a.wsUrl, user.token);
    first.subscribe('w', WizardStream);
    const seen = (await first.data<WizardStreamSubscription>('w')).wizardStatus;
    first.close();
    await gqlData(a.httpUrl, WizardCrossInstanceUpdate, { input: { lastName: 'Moved' } }, user.token);

    const second = await TestSocket.connect(b.wsUrl, user.token);
    second.subscribe('w', WizardStream, { after: seen.cursor });
    const current = (await second.data<WizardStreamSubscription>('w')).wizardStatus;
    expect(current.details.lastName).toBe(true);
    expect(current.cursor).not.toBe(seen.cursor);
  });
});
