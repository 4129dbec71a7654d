import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin, userWithRole } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { codes, gql, gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

const SECRET = 'a-sessions-test-secret-long-enough-123';

const SessionsRenew = graphql(`
  mutation SessionsRenew($token: String!) {
    renewConnectionToken(token: $token)
  }
`);

const SessionsRevoke = graphql(`
  mutation SessionsRevoke($userId: ID!) {
    revokeSessions(userId: $userId)
  }
`);

const SessionsMe = graphql(`
  query SessionsMe {
    me {
      id
    }
  }
`);

const SessionsLogin = graphql(`
  mutation SessionsLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

const server = await startTestServer({ JWT_SECRET: SECRET });

/** A token of the user that lives only `lifetime` (a jose time span such as '2s'). */
function shortLived(userId: string, lifetime: string) {
  return new SignJWT({ role: 'USER', ver: 0 })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(new TextEncoder().encode(SECRET));
}

describe('renewConnectionToken', () => {
  it('keeps a socket open, and its subscriptions live, past the old token’s expiry', async () => {
    const user = await signUp(server, 'renew');
    const admin = await superAdmin(server);
    const socket = await TestSocket.connect(server.wsUrl, await shortLived(user.id, '2s'));
    socket.subscribe('n', NotificationStream);
    expect((await socket.data<NotificationStreamSubscription>('n')).notifications.__typename).toBe('UnreadCount');

    socket.subscribe('renew', SessionsRenew, { token: user.token });
    const renewed = await socket.data<{ renewConnectionToken: string }>('renew');
    expect(Date.parse(renewed.renewConnectionToken)).toBeGreaterThan(Date.now() + 60_000);

    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await notify(server.httpUrl, admin.token, user.id, 't');
    expect((await socket.data<NotificationStreamSubscription>('n')).notifications.__typename).toBe('NotificationCreated');
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
  });

  it("refuses another user's token (FORBIDDEN), a bad token (UNAUTHENTICATED), an anonymous socket and HTTP", async () => {
    const user = await signUp(server);
    const other = await signUp(server);
    const socket = await TestSocket.connect(server.wsUrl, user.token);
    socket.subscribe('other', SessionsRenew, { token: other.token });
    expect(codes(await socket.next('other'))).toEqual(['FORBIDDEN']);
    socket.subscribe('garbage', SessionsRenew, { token: 'garbage' });
    expect(codes(await socket.next('garbage'))).toEqual(['UNAUTHENTICATED']);

    const anonymous = await TestSocket.connect(server.wsUrl);
    anonymous.subscribe('anon', SessionsRenew, { token: user.token });
    expect(codes(await anonymous.next('anon'))).toEqual(['UNAUTHENTICATED']);

    expect(codes(await gql(server.httpUrl, SessionsRenew, { token: user.token }, user.token))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('revokeSessions', () => {
  it('makes every earlier token fail over HTTP and closes the user’s sockets with 4403; a new login works', async () => {
    const user = await signUp(server, 'revoked');
    const admin = await superAdmin(server);
    const socket = await TestSocket.connect(server.wsUrl, user.token);
    socket.subscribe('n', NotificationStream);
    await socket.data('n');
    const bystander = await signUp(server, 'bystander');
    const bystanderSocket = await TestSocket.connect(server.wsUrl, bystander.token);

    expect(await gqlData(server.httpUrl, SessionsRevoke, { userId: user.id }, admin.token)).toEqual({ revokeSessions: true });
    expect((await socket.waitForClose()).code).toBe(4403);
    expect(codes(await gql(server.httpUrl, SessionsMe, {}, user.token))).toEqual(['UNAUTHENTICATED']);

    const reconnecting = await TestSocket.open(server.wsUrl);
    reconnecting.send({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } });
    expect((await reconnecting.waitForClose()).code).toBe(4403);

    const { login } = await gqlData(server.httpUrl, SessionsLogin, { email: user.email, password: user.password });
    expect((await gqlData(server.httpUrl, SessionsMe, {}, login.token)).me?.id).toBe(user.id);
    // Nobody else is touched.
    expect(bystanderSocket.ws.readyState).toBe(bystanderSocket.ws.OPEN);
    expect((await gqlData(server.httpUrl, SessionsMe, {}, bystander.token)).me?.id).toBe(bystander.id);
  });

  it('refuses a token right after revokeSessions returns, though it came with every request before', async () => {
    const user = await signUp(server, 'regular');
    const admin = await superAdmin(server);
    for (let i = 0; i < 3; i++) expect((await gqlData(server.httpUrl, SessionsMe, {}, user.token)).me?.id).toBe(user.id);

    await gqlData(server.httpUrl, SessionsRevoke, { userId: user.id }, admin.token);
    expect(codes(await gql(server.httpUrl, SessionsMe, {}, user.token))).toEqual(['UNAUTHENTICATED']);
  });

  it('is for SUPER_ADMINs only, about users that exist', async () => {
    const user = await signUp(server);
    const admin = await userWithRole(server, 'ADMIN');
    expect(codes(await gql(server.httpUrl, SessionsRevoke, { userId: user.id }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(server.httpUrl, SessionsRevoke, { userId: user.id }, user.token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(server.httpUrl, SessionsRevoke, { userId: user.id }, admin.token))).toEqual(['FORBIDDEN']);
    const root = await superAdmin(server);
    expect(codes(await gql(server.httpUrl, SessionsRevoke, { userId: '00000000-0000-4000-8000-000000000000' }, root.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await gql(server.httpUrl, SessionsRevoke, { userId: 'nope' }, root.token))).toEqual(['BAD_USER_INPUT']);
  });
});
