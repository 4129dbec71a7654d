import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { NotificationStream } from './kit/documents';
import { signUp, superAdmin, uniqueEmail, userWithRole } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { codes, gql, gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

const Me = graphql(`
  query Me {
    me {
      id
      email
      role
      firstName
    }
  }
`);

const SignUpUser = graphql(`
  mutation SignUpUser($input: SignUpInput!) {
    signUp(input: $input) {
      token
      expiresAt
      user {
        id
        email
        role
      }
    }
  }
`);

const LoginUser = graphql(`
  mutation LoginUser($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        email
      }
    }
  }
`);

const CreateAdmin = graphql(`
  mutation CreateAdmin($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      role
      email
    }
  }
`);

const Refresh = graphql(`
  mutation Refresh {
    refreshToken {
      token
      expiresAt
    }
  }
`);

const server = await startTestServer({ JWT_SECRET: 'a-test-secret-that-is-long-enough-1234', JWT_TTL: '3600' });

function forge(claims: Record<string, unknown>, secret = 'a-test-secret-that-is-long-enough-1234', expiresIn = '1h') {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

describe('sign up and sign in', () => {
  it('signs up a USER whose token lasts JWT_TTL and names them in me', async () => {
    const email = uniqueEmail('ada');
    const { signUp: payload } = await gqlData(server.httpUrl, SignUpUser, { input: { email, password: 'correct horse' } });
    expect(payload.user).toMatchObject({ email, role: 'USER' });
    const lifetime = Date.parse(payload.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(3590_000);
    expect(lifetime).toBeLessThanOrEqual(3600_000);
    const { me } = await gqlData(server.httpUrl, Me, {}, payload.token);
    expect(me).toMatchObject({ id: payload.user.id, email, role: 'USER' });
  });

  it('refuses a taken email, case-insensitively, and invalid input with BAD_USER_INPUT', async () => {
    const email = uniqueEmail('bea');
    await gqlData(server.httpUrl, SignUpUser, { input: { email, password: 'long enough' } });
    for (const input of [
      { email: email.toUpperCase(), password: 'long enough' },
      { email: 'not-an-email', password: 'long enough' },
      { email: uniqueEmail(), password: 'short' },
      { email: uniqueEmail(), password: 'long enough', firstName: 'x'.repeat(101) },
    ]) {
      expect(codes(await gql(server.httpUrl, SignUpUser, { input }))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('logs in with the right password and says the same for a wrong password and an unknown email', async () => {
    const user = await signUp(server, 'cy');
    const { login } = await gqlData(server.httpUrl, LoginUser, { email: user.email.toUpperCase(), password: user.password });
    expect(login.user.email).toBe(user.email);
    const wrong = await gql(server.httpUrl, LoginUser, { email: user.email, password: 'not the password' });
    const unknown = await gql(server.httpUrl, LoginUser, { email: uniqueEmail('nobody'), password: 'not the password' });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('issues a fresh token with refreshToken, and refuses it without one', async () => {
    const user = await signUp(server);
    const { refreshToken } = await gqlData(server.httpUrl, Refresh, {}, user.token);
    const { me } = await gqlData(server.httpUrl, Me, {}, refreshToken.token);
    expect(me?.id).toBe(user.id);
    expect(codes(await gql(server.httpUrl, Refresh, {}))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('createUser and the bootstrap super admin', () => {
  it('lets the bootstrap SUPER_ADMIN create an ADMIN', async () => {
    const admin = await superAdmin(server);
    const { me } = await gqlData(server.httpUrl, Me, {}, admin.token);
    expect(me?.role).toBe('SUPER_ADMIN');
    const email = uniqueEmail('admin');
    const { createUser } = await gqlData(
      server.httpUrl,
      CreateAdmin,
      { input: { email, password: 'admin password', role: 'ADMIN' } },
      admin.token,
    );
    expect(createUser).toMatchObject({ role: 'ADMIN', email });
  });

  it('refuses createUser to anonymous callers (UNAUTHENTICATED) and to anyone but a SUPER_ADMIN (FORBIDDEN)', async () => {
    const input = { email: uniqueEmail(), password: 'admin password', role: 'ADMIN' as const };
    expect(codes(await gql(server.httpUrl, CreateAdmin, { input }))).toEqual(['UNAUTHENTICATED']);
    const user = await signUp(server);
    expect(codes(await gql(server.httpUrl, CreateAdmin, { input }, user.token))).toEqual(['FORBIDDEN']);
    const admin = await userWithRole(server, 'ADMIN');
    expect(codes(await gql(server.httpUrl, CreateAdmin, { input }, admin.token))).toEqual(['FORBIDDEN']);
  });
});

describe('tokens over HTTP', () => {
  it('treats no token as anonymous', async () => {
    expect(await gqlData(server.httpUrl, Me, {})).toEqual({ me: null });
  });

  it('fails a request with a malformed, forged or expired token with UNAUTHENTICATED', async () => {
    const user = await signUp(server);
    const forged = await forge({ sub: user.id, role: 'SUPER_ADMIN' }, 'some-other-secret-that-is-long-enough');
    const expired = await forge({ sub: user.id, role: 'USER' }, undefined, '-1s');
    for (const token of ['garbage', forged, expired]) {
      expect(codes(await gql(server.httpUrl, Me, {}, token))).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('tokens over graphql-ws', () => {
  it('acknowledges a socket without a token as anonymous, and refuses its subscriptions with UNAUTHENTICATED', async () => {
    const socket = await TestSocket.connect(server.wsUrl);
    socket.subscribe('1', NotificationStream);
    const result = await socket.next('1');
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect((await socket.message('1')).type).toBe('complete');
    // The socket stays open for other operations.
    socket.subscribe('2', NotificationStream);
    expect(codes(await socket.next('2'))).toEqual(['UNAUTHENTICATED']);
  });

  it('reads the authorization key of connectionParams in any case, as in HTTP headers', async () => {
    const user = await signUp(server);
    for (const key of ['Authorization', 'AUTHORIZATION']) {
      const socket = await TestSocket.open(server.wsUrl);
      await socket.initWith({ [key]: `Bearer ${user.token}` });
      socket.subscribe('1', NotificationStream);
      expect((await socket.data<NotificationStreamSubscription>('1')).notifications.__typename).toBe('UnreadCount');
    }
  });

  it('says which key to use when connectionParams holds a token under one it does not read', async () => {
    const user = await signUp(server);
    for (const [payload, named] of [
      [{ token: user.token }, 'connectionParams.token'],
      [{ headers: { Authorization: `Bearer ${user.token}` } }, 'connectionParams.headers.Authorization'],
    ] as const) {
      const socket = await TestSocket.open(server.wsUrl);
      await socket.initWith(payload);
      socket.subscribe('1', NotificationStream);
      const [error] = (await socket.next('1')).errors ?? [];
      expect(error?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(error?.message).toContain(`${named} is not read: send the token as connectionParams.authorization`);
    }
  });

  it('closes a socket whose connection_init carries a bad, forged or expired token with 4403', async () => {
    const user = await signUp(server);
    const forged = await forge({ sub: user.id, role: 'USER' }, 'some-other-secret-that-is-long-enough');
    const expired = await forge({ sub: user.id, role: 'USER' }, undefined, '-1s');
    for (const authorization of ['Bearer garbage', `Bearer ${forged}`, `Bearer ${expired}`, 'Basic abc']) {
      const socket = await TestSocket.open(server.wsUrl);
      socket.send({ type: 'connection_init', payload: { authorization } });
      expect((await socket.waitForClose()).code).toBe(4403);
    }
  });

  it('closes an open socket with 4403 when its token expires', async () => {
    const user = await signUp(server);
    const shortLived = await forge({ sub: user.id, role: 'USER' }, undefined, '2s');
    const socket = await TestSocket.connect(server.wsUrl, shortLived);
    socket.subscribe('1', NotificationStream);
    expect((await socket.data<{ notifications: { __typename: string } }>('1')).notifications.__typename).toBe('UnreadCount');
    expect((await socket.waitForClose(5_000)).code).toBe(4403);
  });
});
