import { tokenExpiry } from '@realtime-api/client';
import { expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import { gql, gqlData } from './kit/http';
import { notificationLines, recordedClient, sleep, startInstance, subscribeFrames, watch } from './kit/realtime-client';

// Tokens that live a few seconds (JWT_TTL), under a client that must stay
// signed in across them, and a revocation that must sign it out for good.

const TTL_SECONDS = 4;
/** How many token lifetimes the client stays connected for. */
const LIFETIMES = 3;
/** Longer than four of the client's longest waits between attempts (FAST_RETRY): time enough for a retry loop to show. */
const QUIET_MS = 2_500;

const server = await startInstance({ JWT_TTL: String(TTL_SECONDS) });

const ClientTokensRefresh = graphql(`
  mutation ClientTokensRefresh {
    refreshToken {
      token
    }
  }
`);

const ClientTokensLogin = graphql(`
  mutation ClientTokensLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

const ClientTokensRevoke = graphql(`
  mutation ClientTokensRevoke($userId: ID!) {
    revokeSessions(userId: $userId)
  }
`);

let admin: TestUser | undefined;

/** Sends the user a notification as the super admin, signed in again when its token is about to expire; its id. */
async function sendTo(user: TestUser, title: string): Promise<string> {
  if (!admin || tokenExpiry(admin.token)! < Date.now() + 1_500) admin = await superAdmin(server);
  return (await notify(server.httpUrl, admin.token, user.id, title)).id;
}

const unauthenticated = [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })];

it('stays on one socket across several token lifetimes, renewing its token in band, and loses nothing; revoked, it signs out and stops', async () => {
  const user = await signUp(server, 'renewing');
  // An app's getToken: a fresh token from refreshToken, or the one it has when the refresh is refused.
  let token = user.token;
  let calls = 0;
  const getToken = async () => {
    calls++;
    token = (await gql(server.httpUrl, ClientTokensRefresh, {}, token)).data?.refreshToken.token ?? token;
    return token;
  };
  const { client, sockets, states } = recordedClient({ url: server.wsUrl, getToken });
  const stream = watch(client, NotificationStream, {});
  await expect.poll(() => client.state).toBe('live');

  const sent: string[] = [];
  const until = Date.now() + LIFETIMES * TTL_SECONDS * 1_000;
  for (let n = 1; Date.now() < until; n++) {
    sent.push(await sendTo(user, `notification ${n}`));
    await sleep(200);
  }
  await expect.poll(() => stream.events.length).toBeGreaterThanOrEqual(sent.length + 1);
  await sleep(300);
  expect(notificationLines(stream)).toEqual(['UnreadCount 0', ...sent]);

  // One socket all along, never closed (so never with 4403), its token renewed in band each lifetime.
  expect(sockets).toHaveLength(1);
  const [socket] = sockets;
  expect(socket!.closed).toBeUndefined();
  const renewals = socket!.sent.filter((frame) => frame.type === 'subscribe' && frame.payload?.query?.includes('renewConnectionToken'));
  expect(renewals.length).toBeGreaterThanOrEqual(LIFETIMES);
  const answers = socket!.received.filter((frame) => frame.type === 'next' && renewals.some((renewal) => renewal.id === frame.id));
  expect(answers.map((answer) => answer.payload?.errors ?? 'renewed')).toEqual(renewals.map(() => 'renewed'));
  expect(states).toEqual(['live']);

  const { token: adminToken } = await superAdmin(server);
  await gqlData(server.httpUrl, ClientTokensRevoke, { userId: user.id }, adminToken);
  await expect.poll(() => client.state).toBe('signedOut');
  expect(socket!.closed).toEqual({ code: 4403, reason: 'Sessions revoked' });
  expect(stream.errors).toEqual([unauthenticated]);
  expect(stream.states).toEqual(['live', 'signedOut']);
  expect(states).toEqual(['live', 'signedOut']);
  // No retry loop: no further socket, not even a token asked for.
  const callsAtSignOut = calls;
  await sleep(QUIET_MS);
  expect(sockets).toHaveLength(1);
  expect(calls).toBe(callsAtSignOut);
}, 60_000);

it('after a 4403 for an expired token, reconnects with a fresh one and resumes after its cursor, losing nothing', async () => {
  const user = await signUp(server, 'expiring');
  // An app whose getToken signs in again only once its token has expired: the client cannot renew in time.
  let token = user.token;
  let away: () => void = () => {};
  const backAgain = new Promise<void>((resolve) => (away = resolve));
  const getToken = async () => {
    // With a margin: the server's expiry timer may fire a little before the client's clock says so.
    if (tokenExpiry(token)! > Date.now() + 200) return token;
    await backAgain;
    token = (await gqlData(server.httpUrl, ClientTokensLogin, { email: user.email, password: user.password })).login.token;
    return token;
  };
  const { client, sockets, states } = recordedClient({ url: server.wsUrl, getToken });
  const stream = watch(client, NotificationStream, {});
  await expect.poll(() => client.state).toBe('live');
  const before = [await sendTo(user, 'before')];
  await expect.poll(() => stream.events.length).toBe(2);

  await expect.poll(() => sockets[0]!.closed, { timeout: TTL_SECONDS * 1_000 + 2_000 }).toEqual({ code: 4403, reason: 'Token expired' });
  // Written while the client has no socket.
  const during = [await sendTo(user, 'during 1'), await sendTo(user, 'during 2')];
  away();
  await expect.poll(() => client.state).toBe('live');
  const after = [await sendTo(user, 'after')];
  await expect.poll(() => stream.events.length).toBe(5);
  await sleep(300);

  expect(notificationLines(stream)).toEqual(['UnreadCount 0', ...before, ...during, ...after]);
  expect(stream.errors).toEqual([]);
  expect(states).toEqual(['live', 'recovering', 'live']);
  expect(sockets).toHaveLength(2);
  expect(subscribeFrames(sockets).map((frame) => frame.payload?.variables?.['after'])).toEqual([
    null,
    (stream.events[1]!.notifications as { cursor: string }).cursor,
  ]);
}, 30_000);

it('with no token, is signed out at once without opening a socket', async () => {
  const { client, sockets, states } = recordedClient({ url: server.wsUrl, getToken: () => null });
  const stream = watch(client, NotificationStream, {});
  await expect.poll(() => client.state).toBe('signedOut');
  expect(stream.errors).toEqual([unauthenticated]);
  expect(stream.events).toEqual([]);
  await sleep(QUIET_MS);
  expect(sockets).toEqual([]);
  expect(states).toEqual(['signedOut']);
});
