import { describe, expect, it } from 'vitest';
import { MAX_QUERY_COST, MAX_QUERY_DEPTH } from '../src/server/query-limits';
import { NotificationStream } from './kit/documents';
import { signUp } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { codes } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

const server = await startTestServer({ MAX_SUBSCRIPTIONS_PER_SOCKET: '3', MAX_SOCKETS_PER_USER: '2' });

async function post(query: string, token?: string) {
  const response = await fetch(server.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('MAX_SUBSCRIPTIONS_PER_SOCKET', () => {
  it('refuses one more operation on a socket with RATE_LIMITED; the socket and its other subscriptions stay', async () => {
    const user = await signUp(server);
    const socket = await TestSocket.connect(server.wsUrl, user.token);
    for (const id of ['1', '2', '3']) {
      socket.subscribe(id, NotificationStream);
      expect((await socket.data<NotificationStreamSubscription>(id)).notifications.__typename).toBe('UnreadCount');
    }
    socket.subscribe('4', NotificationStream);
    const refused = await socket.message('4');
    expect(refused.type).toBe('error');
    expect(refused.payload).toEqual([expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } })]);

    // Completing one makes room again.
    socket.complete('1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.subscribe('5', NotificationStream);
    expect((await socket.data<NotificationStreamSubscription>('5')).notifications.__typename).toBe('UnreadCount');

    // Another socket of the same user has its own allowance.
    const other = await TestSocket.connect(server.wsUrl, user.token);
    other.subscribe('1', NotificationStream);
    expect((await other.data<NotificationStreamSubscription>('1')).notifications.__typename).toBe('UnreadCount');
  });
});

describe('MAX_SOCKETS_PER_USER', () => {
  it('closes one more socket of the same user with 4429, and leaves everyone else alone', async () => {
    const user = await signUp(server);
    const first = await TestSocket.connect(server.wsUrl, user.token);
    await TestSocket.connect(server.wsUrl, user.token);

    const third = await TestSocket.open(server.wsUrl);
    third.send({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } });
    expect((await third.waitForClose()).code).toBe(4429);

    const someoneElse = await signUp(server);
    await TestSocket.connect(server.wsUrl, someoneElse.token);
    // Anonymous sockets count for nobody.
    await TestSocket.connect(server.wsUrl);

    first.close();
    await first.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await TestSocket.connect(server.wsUrl, user.token);
    again.subscribe('1', NotificationStream);
    expect((await again.data<NotificationStreamSubscription>('1')).notifications.__typename).toBe('UnreadCount');
  });
});

describe('MAX_ANONYMOUS_SOCKETS_PER_ADDRESS', () => {
  it('closes one more unauthenticated socket from an address with 4429; signing in frees its place', async () => {
    const proxied = await startTestServer({ MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '2', TRUST_PROXY: 'on' });
    const from = (address: string) => ({ headers: { 'x-real-ip': address } });
    // One acknowledged without a token, one that has not sent connection_init: both count.
    await TestSocket.connect(proxied.wsUrl, undefined, from('198.51.100.1'));
    const waiting = await TestSocket.open(proxied.wsUrl, from('198.51.100.1'));
    const third = await TestSocket.open(proxied.wsUrl, from('198.51.100.1'));
    expect((await third.waitForClose()).code).toBe(4429);
    // Another address has its own places.
    await TestSocket.connect(proxied.wsUrl, undefined, from('198.51.100.2'));

    // A token signs the waiting one in: it counts for its user from then on, not for the address.
    await waiting.init((await signUp(proxied)).token);
    await TestSocket.connect(proxied.wsUrl, undefined, from('198.51.100.1'));
  });
});

describe('query depth and cost', () => {
  const tooDeep = `{ __type(name: "Query") { ${'ofType { '.repeat(MAX_QUERY_DEPTH)}name${' }'.repeat(MAX_QUERY_DEPTH)} } }`;
  const page = (alias: string) =>
    `${alias}: notifications(first: 100) { edges { cursor node { id kind title message readAt createdAt } } }`;
  const tooCostly = `{ ${Array.from({ length: 20 }, (_, i) => page(`page${i}`)).join(' ')} }`;

  it('refuses an operation deeper than the limit, over HTTP and WebSocket', async () => {
    const http = await post(tooDeep);
    expect(http.body.errors?.[0]?.message).toMatch(new RegExp(`Query depth limit of ${MAX_QUERY_DEPTH} exceeded`));
    expect(codes(http.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const socket = await TestSocket.connect(server.wsUrl);
    socket.send({ type: 'subscribe', id: 'deep', payload: { query: tooDeep } });
    const refused = await socket.message('deep');
    expect(refused).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
  });

  it('refuses an operation costlier than the limit, and serves a real page', async () => {
    const user = await signUp(server);
    const http = await post(tooCostly, user.token);
    expect(http.body.errors?.[0]?.message).toMatch(new RegExp(`Query Cost limit of ${MAX_QUERY_COST} exceeded`));
    expect(codes(http.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const one = await post(`{ ${page('only')} }`, user.token);
    expect(one.body.errors).toBeUndefined();
  });
});
