import { describe, expect, it } from 'vitest';
import { NotificationStream, WizardStream } from './kit/documents';
import { signUp, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import type {
  ChannelKind,
  NotificationStreamSubscription,
  UpdateProfileInput,
  WizardStatusPartsFragment,
  WizardStreamSubscription,
} from './kit/gql/graphql';
import { codes, gql, gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

const WizardCurrentStatus = graphql(`
  query WizardCurrentStatus {
    wizardStatus {
      ...WizardStatusParts
    }
  }
`);

const WizardUpdateProfile = graphql(`
  mutation WizardUpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      firstName
      lastName
      phoneNumber
      businessType
    }
  }
`);

const WizardSaveManualPrompt = graphql(`
  mutation WizardSaveManualPrompt($text: String!) {
    saveManualPrompt(text: $text) {
      ...WizardStatusParts
    }
  }
`);

const WizardConnectChannel = graphql(`
  mutation WizardConnectChannel($kind: ChannelKind!, $handle: String!) {
    connectChannel(kind: $kind, handle: $handle) {
      ...WizardStatusParts
    }
  }
`);

const WizardDisconnectChannel = graphql(`
  mutation WizardDisconnectChannel($kind: ChannelKind!) {
    disconnectChannel(kind: $kind) {
      ...WizardStatusParts
    }
  }
`);

const WizardComplete = graphql(`
  mutation WizardComplete {
    completeWizard {
      ...WizardStatusParts
    }
  }
`);

const server = await startTestServer();

const ALL_MISSING_BUT_FIRST_NAME = ['LAST_NAME', 'PHONE_NUMBER', 'BUSINESS_TYPE', 'MANUAL_PROMPT', 'CHANNEL_CONNECTED'];

// What a status says, without the position and time it was sent at.
const content = ({ cursor: _, at: __, ...status }: WizardStatusPartsFragment) => status;

async function subscribe(user: TestUser, after?: string) {
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe('w', WizardStream, after ? { after } : {});
  const nextStatus = async () => (await socket.data<WizardStreamSubscription>('w')).wizardStatus;
  return { socket, nextStatus };
}

const currentStatus = async (user: TestUser) => (await gqlData(server.httpUrl, WizardCurrentStatus, {}, user.token)).wizardStatus;
const updateProfile = async (user: TestUser, input: UpdateProfileInput) =>
  (await gqlData(server.httpUrl, WizardUpdateProfile, { input }, user.token)).updateProfile;
const saveManualPrompt = async (user: TestUser, text: string) =>
  (await gqlData(server.httpUrl, WizardSaveManualPrompt, { text }, user.token)).saveManualPrompt;
const connectChannel = async (user: TestUser, kind: ChannelKind, handle: string) =>
  (await gqlData(server.httpUrl, WizardConnectChannel, { kind, handle }, user.token)).connectChannel;
const disconnectChannel = async (user: TestUser, kind: ChannelKind) =>
  (await gqlData(server.httpUrl, WizardDisconnectChannel, { kind }, user.token)).disconnectChannel;
const completeWizard = async (user: TestUser) => (await gqlData(server.httpUrl, WizardComplete, {}, user.token)).completeWizard;

/** A user (first name from sign-up) with every other required field filled. */
async function readyUser(name: string): Promise<TestUser> {
  const user = await signUp(server, name);
  await updateProfile(user, { lastName: 'Smith', phoneNumber: '+1 (555) 010-2030', businessType: 'bakery' });
  await saveManualPrompt(user, 'Answer politely.');
  await connectChannel(user, 'INSTAGRAM', '@shop');
  return user;
}

describe('the wizard stream', () => {
  it('starts with the whole status and its cursor, the same as the query', async () => {
    const user = await signUp(server, 'ann');
    const { nextStatus } = await subscribe(user);
    const snapshot = await nextStatus();
    expect(snapshot).toEqual({
      __typename: 'WizardStatus',
      cursor: expect.any(String),
      at: expect.any(String),
      wizardComplete: false,
      canComplete: false,
      missingFields: ALL_MISSING_BUT_FIRST_NAME,
      details: {
        firstName: true,
        lastName: false,
        phoneNumber: false,
        businessType: false,
        manualPrompt: false,
        channelConnected: false,
        instagramConnected: false,
        telegramConnected: false,
      },
    });
    const queried = await currentStatus(user);
    expect(queried).toEqual({ ...snapshot, at: expect.any(String) });
  });

  it('sends the whole status on every change, each with the cursor the mutation returned', async () => {
    const user = await signUp(server, 'walk');
    const { socket, nextStatus } = await subscribe(user);
    const snapshot = await nextStatus();

    const profile = await updateProfile(user, { lastName: 'Walker', phoneNumber: '+44 20 7946 0000' });
    expect(profile).toEqual({ id: user.id, firstName: 'walk', lastName: 'Walker', phoneNumber: '+44 20 7946 0000', businessType: null });
    const afterProfile = await nextStatus();
    expect(afterProfile.missingFields).toEqual(['BUSINESS_TYPE', 'MANUAL_PROMPT', 'CHANNEL_CONNECTED']);
    expect(afterProfile.details).toMatchObject({ lastName: true, phoneNumber: true });

    await updateProfile(user, { businessType: 'florist' });
    expect((await nextStatus()).missingFields).toEqual(['MANUAL_PROMPT', 'CHANNEL_CONNECTED']);

    const prompted = await saveManualPrompt(user, 'Greet every customer by name.');
    const promptEvent = await nextStatus();
    expect(content(promptEvent)).toEqual(content(prompted));
    expect(promptEvent.cursor).toBe(prompted.cursor);
    expect(promptEvent.missingFields).toEqual(['CHANNEL_CONNECTED']);

    const connected = await connectChannel(user, 'TELEGRAM', 'walker_bot');
    const connectEvent = await nextStatus();
    expect(connectEvent).toMatchObject({ cursor: connected.cursor, canComplete: true, wizardComplete: false, missingFields: [] });
    expect(connectEvent.details).toMatchObject({ channelConnected: true, telegramConnected: true, instagramConnected: false });

    const completed = await completeWizard(user);
    expect(completed).toMatchObject({ wizardComplete: true, canComplete: true });
    expect(await nextStatus()).toMatchObject({ cursor: completed.cursor, wizardComplete: true });

    const cursors = [snapshot, afterProfile, promptEvent, connectEvent, completed].map((status) => status.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(await socket.drain('w', 300)).toEqual([]);
  });

  it('keeps a completed wizard complete when a field is cleared; completing again only answers', async () => {
    const user = await readyUser('done');
    await completeWizard(user);
    const { socket, nextStatus } = await subscribe(user);
    const snapshot = await nextStatus();
    expect(snapshot).toMatchObject({ wizardComplete: true, canComplete: true });

    const again = await completeWizard(user);
    expect(content(again)).toEqual(content(snapshot));
    expect(again.cursor).toBe(snapshot.cursor);
    expect(await socket.drain('w', 200)).toEqual([]);

    await updateProfile(user, { phoneNumber: null });
    expect(await nextStatus()).toMatchObject({ wizardComplete: true, canComplete: false, missingFields: ['PHONE_NUMBER'] });
    expect(await completeWizard(user)).toMatchObject({ wizardComplete: true, canComplete: false });
    expect(await socket.drain('w', 200)).toEqual([]);
  });

  it('refuses completeWizard with BAD_USER_INPUT, naming what is missing, until every field is filled', async () => {
    const user = await signUp(server, 'early');
    await updateProfile(user, { lastName: 'Early', phoneNumber: '12345', businessType: 'cafe' });
    await saveManualPrompt(user, 'Be brief.');
    const { socket, nextStatus } = await subscribe(user);
    await nextStatus();

    const refused = await gql(server.httpUrl, WizardComplete, {}, user.token);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toContain('CHANNEL_CONNECTED');
    expect(await socket.drain('w', 200)).toEqual([]);
    expect((await currentStatus(user)).wizardComplete).toBe(false);

    await connectChannel(user, 'INSTAGRAM', 'early.cafe');
    await nextStatus();
    expect(await completeWizard(user)).toMatchObject({ wizardComplete: true });
  });

  it('sends nothing when a change leaves the status as it was', async () => {
    const user = await readyUser('same');
    const { socket, nextStatus } = await subscribe(user);
    const snapshot = await nextStatus();

    expect(await updateProfile(user, {})).toMatchObject({ firstName: 'same', lastName: 'Smith' });
    expect(await updateProfile(user, { lastName: 'Smythe', businessType: 'patisserie' })).toMatchObject({
      lastName: 'Smythe',
      businessType: 'patisserie',
    });
    await saveManualPrompt(user, 'Answer politely, in French.');
    const reconnected = await connectChannel(user, 'INSTAGRAM', '@shop_two');
    await disconnectChannel(user, 'TELEGRAM');

    expect(await socket.drain('w', 300)).toEqual([]);
    expect(content(reconnected)).toEqual(content(snapshot));
    expect(reconnected.cursor).toBe(snapshot.cursor);
  });

  it('applies concurrent changes one at a time: each event shows one more field filled', async () => {
    const user = await signUp(server, 'busy');
    const { socket, nextStatus } = await subscribe(user);
    expect((await nextStatus()).missingFields).toHaveLength(5);

    await Promise.all([
      updateProfile(user, { lastName: 'Busy' }),
      updateProfile(user, { phoneNumber: '555 0100' }),
      updateProfile(user, { businessType: 'garage' }),
      saveManualPrompt(user, 'Quote prices in euros.'),
      connectChannel(user, 'TELEGRAM', 'busy_garage'),
    ]);
    const events = [];
    for (let i = 0; i < 5; i++) events.push(await nextStatus());
    expect(events.map((status) => status.missingFields.length)).toEqual([4, 3, 2, 1, 0]);
    expect(events.at(-1)).toMatchObject({ canComplete: true, cursor: (await currentStatus(user)).cursor });
    expect(await socket.drain('w', 300)).toEqual([]);
  });
});

describe('updateProfile', () => {
  it('keeps the fields left out, clears null and blank ones, and trims the rest', async () => {
    const user = await signUp(server, 'prof');
    expect(
      await updateProfile(user, { firstName: '  Ada ', lastName: ' Lovelace', phoneNumber: ' 020 7946 0018 ', businessType: 'engines ' }),
    ).toEqual({
      id: user.id,
      firstName: 'Ada',
      lastName: 'Lovelace',
      phoneNumber: '020 7946 0018',
      businessType: 'engines',
    });
    expect(await updateProfile(user, { lastName: null, businessType: '   ' })).toEqual({
      id: user.id,
      firstName: 'Ada',
      lastName: null,
      phoneNumber: '020 7946 0018',
      businessType: null,
    });
    expect((await currentStatus(user)).missingFields).toEqual(['LAST_NAME', 'BUSINESS_TYPE', 'MANUAL_PROMPT', 'CHANNEL_CONNECTED']);
  });

  it('accepts the longest values and phone numbers of 5 to 32 characters', async () => {
    const user = await signUp(server, 'long');
    const longest = { firstName: 'f'.repeat(100), lastName: 'l'.repeat(100), businessType: 'b'.repeat(100) };
    expect(await updateProfile(user, longest)).toMatchObject(longest);
    for (const phoneNumber of ['12345', '9'.repeat(32), '+1 (555) 010-9999']) {
      expect((await updateProfile(user, { phoneNumber })).phoneNumber).toBe(phoneNumber);
    }
  });

  it('refuses longer or malformed values with BAD_USER_INPUT and changes nothing', async () => {
    const user = await signUp(server, 'bad');
    await updateProfile(user, { phoneNumber: '555 0199' });
    const { socket, nextStatus } = await subscribe(user);
    await nextStatus();
    const refused: UpdateProfileInput[] = [
      { firstName: 'f'.repeat(101) },
      { lastName: 'l'.repeat(101) },
      { businessType: 'b'.repeat(101) },
      { phoneNumber: '1234' },
      { phoneNumber: '9'.repeat(33) },
      { phoneNumber: '555-CALL-NOW' },
      { phoneNumber: '(+- -)' },
      { lastName: 'Fine', phoneNumber: 'nope!' },
    ];
    for (const input of refused) {
      const result = await gql(server.httpUrl, WizardUpdateProfile, { input }, user.token);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toContain(Object.keys(input).at(-1));
    }
    expect(await updateProfile(user, {})).toMatchObject({ firstName: 'bad', lastName: null, phoneNumber: '555 0199', businessType: null });
    expect(await socket.drain('w', 200)).toEqual([]);
  });
});

describe('the manual prompt and the channels', () => {
  it('saves a prompt of 1 to 10,000 characters and refuses blank or longer ones', async () => {
    const user = await signUp(server, 'prompt');
    for (const text of ['', '   ', 'p'.repeat(10_001)]) {
      expect(codes(await gql(server.httpUrl, WizardSaveManualPrompt, { text }, user.token))).toEqual(['BAD_USER_INPUT']);
    }
    expect((await currentStatus(user)).details.manualPrompt).toBe(false);
    expect((await saveManualPrompt(user, 'p'.repeat(10_000))).details.manualPrompt).toBe(true);
  });

  it('connects and disconnects each channel; one connected channel is enough', async () => {
    const user = await signUp(server, 'chan');
    const { socket, nextStatus } = await subscribe(user);
    await nextStatus();

    expect((await connectChannel(user, 'INSTAGRAM', 'insta')).details).toMatchObject({ instagramConnected: true, channelConnected: true });
    await connectChannel(user, 'TELEGRAM', 'tele');
    await disconnectChannel(user, 'INSTAGRAM');
    await disconnectChannel(user, 'TELEGRAM');

    const details = [];
    for (let i = 0; i < 4; i++) details.push((await nextStatus()).details);
    expect(
      details.map(({ instagramConnected, telegramConnected, channelConnected }) => [
        instagramConnected,
        telegramConnected,
        channelConnected,
      ]),
    ).toEqual([
      [true, false, true],
      [true, true, true],
      [false, true, true],
      [false, false, false],
    ]);
    expect((await currentStatus(user)).missingFields).toContain('CHANNEL_CONNECTED');
    expect(await socket.drain('w', 200)).toEqual([]);
  });

  it('takes a handle of 1 to 100 characters and refuses blank or longer ones', async () => {
    const user = await signUp(server, 'handle');
    for (const handle of ['', '  ', 'h'.repeat(101)]) {
      expect(codes(await gql(server.httpUrl, WizardConnectChannel, { kind: 'TELEGRAM', handle }, user.token))).toEqual(['BAD_USER_INPUT']);
    }
    expect((await currentStatus(user)).details.telegramConnected).toBe(false);
    expect((await connectChannel(user, 'TELEGRAM', 'h'.repeat(100))).details.telegramConnected).toBe(true);
  });
});

describe('who may use the wizard', () => {
  it('refuses every operation without a viewer with UNAUTHENTICATED', async () => {
    const results = [
      await gql(server.httpUrl, WizardCurrentStatus, {}),
      await gql(server.httpUrl, WizardUpdateProfile, { input: { firstName: 'x' } }),
      await gql(server.httpUrl, WizardSaveManualPrompt, { text: 'x' }),
      await gql(server.httpUrl, WizardConnectChannel, { kind: 'INSTAGRAM', handle: 'x' }),
      await gql(server.httpUrl, WizardDisconnectChannel, { kind: 'INSTAGRAM' }),
      await gql(server.httpUrl, WizardComplete, {}),
    ];
    expect(results.map(codes)).toEqual(results.map(() => ['UNAUTHENTICATED']));

    const socket = await TestSocket.connect(server.wsUrl);
    socket.subscribe('w', WizardStream, {});
    expect(codes(await socket.next('w'))).toEqual(['UNAUTHENTICATED']);
  });

  it("never sends bob an event of alice's wizard, nor changes his", async () => {
    const alice = await signUp(server, 'alice');
    const bob = await signUp(server, 'bob');
    const aliceStream = await subscribe(alice);
    const bobStream = await subscribe(bob);
    await aliceStream.nextStatus();
    const bobBefore = await bobStream.nextStatus();

    await updateProfile(alice, { lastName: 'Liddell' });
    await connectChannel(alice, 'INSTAGRAM', 'alice');
    expect((await aliceStream.nextStatus()).details.lastName).toBe(true);
    expect((await aliceStream.nextStatus()).details.instagramConnected).toBe(true);
    expect(await bobStream.socket.drain('w', 300)).toEqual([]);
    expect(await currentStatus(bob)).toEqual({ ...bobBefore, at: expect.any(String) });
  });

  it("refuses a cursor of another stream (alice's wizard, bob's notifications, garbage) with BAD_USER_INPUT; the socket stays open", async () => {
    const alice = await signUp(server, 'alice');
    const bob = await signUp(server, 'bob');
    const aliceCursor = (await currentStatus(alice)).cursor!;
    const socket = await TestSocket.connect(server.wsUrl, bob.token);
    socket.subscribe('n', NotificationStream);
    const notificationsCursor = (await socket.data<NotificationStreamSubscription>('n')).notifications.cursor!;

    for (const after of [aliceCursor, notificationsCursor, 'not-a-cursor']) {
      socket.subscribe(after, WizardStream, { after });
      expect(codes(await socket.next(after))).toEqual(['BAD_USER_INPUT']);
      expect((await socket.message(after)).type).toBe('complete');
    }
    socket.subscribe('ok', WizardStream, {});
    expect((await socket.data<WizardStreamSubscription>('ok')).wizardStatus.details.firstName).toBe(true);
  });
});

describe('resuming the wizard stream', () => {
  it('answers `after` with the current status, then the live changes, without gap or duplicate', async () => {
    const user = await signUp(server, 'back');
    const first = await subscribe(user);
    await first.nextStatus();
    await updateProfile(user, { lastName: 'Back' });
    const seen = await first.nextStatus();
    first.socket.close();
    await first.socket.closed;

    await updateProfile(user, { phoneNumber: '555 0123' });
    await saveManualPrompt(user, 'Missed while away.');

    const resumed = await subscribe(user, seen.cursor!);
    const current = await resumed.nextStatus();
    expect(current.missingFields).toEqual(['BUSINESS_TYPE', 'CHANNEL_CONNECTED']);
    expect(current.cursor).not.toBe(seen.cursor);
    expect(current.cursor).toBe((await currentStatus(user)).cursor);

    await updateProfile(user, { businessType: 'tailor' });
    expect((await resumed.nextStatus()).missingFields).toEqual(['CHANNEL_CONNECTED']);
    expect(await resumed.socket.drain('w', 300)).toEqual([]);
  });

  it('answers a resume from the present with the status at that same cursor', async () => {
    const user = await signUp(server, 'now');
    const snapshot = await (await subscribe(user)).nextStatus();
    const again = await subscribe(user, snapshot.cursor!);
    expect(await again.nextStatus()).toEqual({ ...snapshot, at: expect.any(String) });
  });
});
