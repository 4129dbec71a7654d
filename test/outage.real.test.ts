import { print, type FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin, type TestUser } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { waitForHealth } from './kit/http';
import { startPostgres } from './kit/postgres';
import { freePort, startRedis } from './kit/redis';
import { startTestServer, type TestServer } from './kit/server';
import { Mailbox, TestSocket } from './kit/socket';

// A dependency that does not answer is something clients retry: a socket that
// cannot be served is closed with 1013, which graphql-ws clients retry, and an
// operation fails with UNAVAILABLE. Each test stops a service of its own (a
// private PostgreSQL, a private Redis) under a server and starts it again.

type Event = NotificationStreamSubscription['notifications'];

const clients: Client[] = [];
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
});

/**
 * An unmodified graphql-ws client subscribed to the user's notifications: it
 * retries what graphql-ws retries (with a short wait, to keep the test short).
 * next() waits for its next event (and fails once the subscription has failed or ended); closeCodes are those it saw.
 */
function subscribeWithClient(server: TestServer, user: TestUser) {
  const results = new Mailbox<FormattedExecutionResult<NotificationStreamSubscription>>();
  const closeCodes: number[] = [];
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${user.token}` },
    retryAttempts: 100,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 300)),
    on: { closed: (event) => closeCodes.push((event as { code: number }).code) },
  });
  clients.push(client);
  client.subscribe<NotificationStreamSubscription>({ query: print(NotificationStream) }, results.observer);
  const next = async (timeoutMs = 20_000): Promise<Event> => (await results.take(timeoutMs, 'a notifications event')).data!.notifications;
  return { closeCodes, next };
}

/** What an operation over HTTP gets while the service is away. */
async function sendDuring(server: TestServer, admin: TestUser, userId: string) {
  const response = await fetch(server.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
    body: JSON.stringify({
      query: `mutation { sendNotification(input: { userId: "${userId}", kind: "k", title: "during", message: "m" }) { id } }`,
    }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions: { code: string } }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), errors: body.errors };
}

/** A socket's subscription that is refused: the error message's payload. */
async function refusedSubscription(socket: TestSocket, id: string) {
  socket.subscribe(id, NotificationStream);
  const message = await socket.message(id, 10_000);
  return message.type === 'next' ? (message.payload as { errors?: unknown }).errors : message.payload;
}

describe('while PostgreSQL is away', () => {
  it('closes new sockets with 1013 and fails operations with UNAVAILABLE; a graphql-ws client reconnects by itself once it is back', async () => {
    const postgres = await startPostgres(await freePort());
    const server = await startTestServer({ DATABASE_URL: postgres.url });
    const user = await signUp(server, 'db-outage');
    const admin = await superAdmin(server);
    const before = subscribeWithClient(server, user);
    expect((await before.next()).__typename).toBe('UnreadCount');
    const open = await TestSocket.connect(server.wsUrl, user.token);

    await postgres.stop();
    const refused = await TestSocket.open(server.wsUrl);
    await expect(refused.init(user.token)).rejects.toThrow(/closed with 1013 The database is unavailable/);
    expect(await sendDuring(server, admin, user.id)).toEqual({
      status: 503,
      retryAfter: expect.stringMatching(/^\d+$/),
      errors: [
        expect.objectContaining({ message: 'The database is unavailable: try again shortly.', extensions: { code: 'UNAVAILABLE' } }),
      ],
    });
    expect(await refusedSubscription(open, 'during')).toEqual([expect.objectContaining({ extensions: { code: 'UNAVAILABLE' } })]);
    const during = subscribeWithClient(server, user);
    await expect.poll(() => during.closeCodes, { timeout: 10_000 }).toContain(1013);

    await postgres.start();
    expect((await during.next()).__typename).toBe('UnreadCount');
    await notify(server.httpUrl, admin.token, user.id, 'back');
    for (const client of [before, during]) expect(await client.next()).toMatchObject({ notification: { title: 'back' } });
  }, 60_000);
});

describe('while Redis is away', () => {
  it('closes new sockets with 1013 and fails new subscriptions with UNAVAILABLE; a graphql-ws client reconnects by itself once it is back', async () => {
    const port = await freePort();
    let redis = await startRedis(port);
    const server = await startTestServer({ REDIS_URL: redis.url });
    const user = await signUp(server, 'redis-outage');
    const admin = await superAdmin(server);
    const before = subscribeWithClient(server, user);
    expect((await before.next()).__typename).toBe('UnreadCount');
    const open = await TestSocket.connect(server.wsUrl, user.token);

    await redis.stop();
    await waitForHealth(server.url, 503);
    const refused = await TestSocket.open(server.wsUrl);
    expect((await refused.waitForClose(10_000)).code).toBe(1013);
    expect(await refusedSubscription(open, 'during')).toEqual([
      expect.objectContaining({ message: 'Redis is unavailable: try again shortly.', extensions: { code: 'UNAVAILABLE' } }),
    ]);
    const during = subscribeWithClient(server, user);
    await expect.poll(() => during.closeCodes, { timeout: 10_000 }).toContain(1013);
    // Writes still commit: the streams read them from the log once Redis is back.
    await notify(server.httpUrl, admin.token, user.id, 'while away');

    redis = await startRedis(port);
    expect(await before.next()).toMatchObject({ notification: { title: 'while away' } });
    expect((await during.next()).__typename).toBe('UnreadCount');
    await notify(server.httpUrl, admin.token, user.id, 'back');
    for (const client of [before, during]) expect(await client.next()).toMatchObject({ notification: { title: 'back' } });
    await redis.stop();
  }, 60_000);
});
