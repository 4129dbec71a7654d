import { ApolloClient, HttpLink, InMemoryCache, split } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Client as UrqlClient, fetchExchange, subscriptionExchange, type OperationResult } from '@urql/core';
import { readFileSync } from 'node:fs';
import { buildSchema, isAbstractType, Kind, OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { NotificationStream } from './kit/documents';
import { signUp, superAdmin, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { Mailbox } from './kit/socket';
import { startTestServer } from './kit/server';

// The GraphQL clients our users run, against the real server: Apollo Client
// (subscriptions over graphql-ws, the rest over HTTP) and urql.

// Sent through Apollo and urql, which report its operation name: not the kit's notify().
const ClientSendNotification = graphql(`
  mutation ClientSendNotification($input: SendNotificationInput!) {
    sendNotification(input: $input) {
      id
      title
    }
  }
`);

const ClientUnreadCount = graphql(`
  query ClientUnreadCount {
    unreadNotificationCount
  }
`);

const UrqlMarkAllRead = graphql(`
  mutation UrqlMarkAllRead {
    markAllNotificationsRead
  }
`);

const WAIT_MS = 5_000;

/**
 * The concrete types of every union and interface, which InMemoryCache needs
 * to match `... on RealtimeEvent` against a NotificationCreated (what the
 * codegen fragment-matcher plugin would generate for an app).
 */
const possibleTypes = (() => {
  const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const map: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type)) map[type.name] = schema.getPossibleTypes(type).map((member) => member.name);
  }
  return map;
})();

const server = await startTestServer();

/** Runs `close` when the current test finishes, pass or fail; the last registered runs first. */
function atTestEnd(close: () => unknown): void {
  onTestFinished(async () => {
    await close();
  });
}

/** The data of a client's result (Apollo's or urql's); fails on an error or no data. */
function dataOf<T>(result: { data?: T | undefined; error?: { message: string } | undefined }, what: string): T {
  if (result.error || result.data == null) throw new Error(`${what} failed: ${result.error?.message ?? 'no data'}`);
  return result.data;
}

/** Checks an event's __typename, and narrows its type to that member of the union. */
function expectEvent<E extends { __typename: string }, K extends E['__typename']>(
  event: E,
  typename: K,
): asserts event is Extract<E, { __typename: K }> {
  expect(event.__typename).toBe(typename);
}

/** The operation names a client sent over HTTP, from the POST body or the GET query string. */
function recordingFetch(operations: string[]): typeof fetch {
  return (input, init) => {
    if (typeof init?.body === 'string') {
      const body: { operationName?: string } = JSON.parse(init.body);
      operations.push(body.operationName ?? '(anonymous)');
    } else {
      const url = new URL(input instanceof Request ? input.url : String(input));
      operations.push(url.searchParams.get('operationName') ?? '(anonymous)');
    }
    return fetch(input, init);
  };
}

interface Connection {
  /** Operations sent over HTTP, by name. */
  http: string[];
  /** How many times the graphql-ws client was acknowledged. */
  sockets: number;
}

/** A graphql-ws client as our users configure it: the ws package in Node, the token in connectionParams. */
function wsClient(token: string, connection: Connection): WsClient {
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    // A test fails at the first problem instead of reconnecting.
    retryAttempts: 0,
    on: { connected: () => void connection.sockets++ },
  });
  // Resolves once the socket the client opened last has closed.
  let closed: Promise<void> = Promise.resolve();
  client.on('opened', () => {
    closed = new Promise((resolve) => {
      const off = client.on('closed', () => {
        off();
        resolve();
      });
    });
  });
  atTestEnd(async () => {
    await client.dispose();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the graphql-ws socket stayed open after dispose()')), WAIT_MS);
    });
    await Promise.race([closed, late]).finally(() => clearTimeout(timer));
  });
  return client;
}

/** Apollo Client 4: subscriptions through GraphQLWsLink, queries and mutations through HttpLink. */
function apollo(user: TestUser): { client: ApolloClient; connection: Connection } {
  const connection: Connection = { http: [], sockets: 0 };
  const ws = wsClient(user.token, connection);
  const http = new HttpLink({
    uri: server.httpUrl,
    headers: { authorization: `Bearer ${user.token}` },
    fetch: recordingFetch(connection.http),
  });
  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    new GraphQLWsLink(ws),
    http,
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache({ possibleTypes }) });
  // Registered after the graphql-ws client, so it runs before its dispose().
  atTestEnd(() => client.stop());
  return { client, connection };
}

/** urql: fetchExchange over HTTP, subscriptionExchange forwarding to graphql-ws. */
function urql(user: TestUser): { client: UrqlClient; connection: Connection } {
  const connection: Connection = { http: [], sockets: 0 };
  const ws = wsClient(user.token, connection);
  const client = new UrqlClient({
    url: server.httpUrl,
    // As docs/clients.md sets it: urql sends queries as GETs, which need the x-graphql-yoga-csrf header.
    preferGetMethod: false,
    fetch: recordingFetch(connection.http),
    fetchOptions: { headers: { authorization: `Bearer ${user.token}` } },
    exchanges: [
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
      fetchExchange,
    ],
  });
  return { client, connection };
}

describe('Apollo Client 4', () => {
  it('streams notifications over graphql-ws while mutations and queries go over HTTP', async () => {
    expect.assertions(11);
    const [user, admin] = await Promise.all([signUp(server, 'apollo'), superAdmin(server)]);
    const subscriber = apollo(user);
    const sender = apollo(admin);

    const received = new Mailbox<ApolloClient.SubscribeResult<NotificationStreamSubscription>>();
    const subscription = subscriber.client.subscribe({ query: NotificationStream }).subscribe(received.observer);
    atTestEnd(() => subscription.unsubscribe());

    const snapshot = dataOf(await received.take(WAIT_MS, 'UnreadCount'), 'the first event').notifications;
    expectEvent(snapshot, 'UnreadCount');
    expect(snapshot.unreadCount).toBe(0);

    const title = `Apollo hello ${user.id}`;
    const sent = dataOf(
      await sender.client.mutate({
        mutation: ClientSendNotification,
        variables: { input: { userId: user.id, kind: 'test', title, message: 'sent through Apollo' } },
      }),
      'sendNotification',
    ).sendNotification;
    expect(sent.title).toBe(title);

    const created = dataOf(await received.take(WAIT_MS, 'NotificationCreated'), 'the second event').notifications;
    expectEvent(created, 'NotificationCreated');
    expect(created.unreadCount).toBe(1);
    expect(created.notification).toMatchObject({ id: sent.id, title, message: 'sent through Apollo', readAt: null });
    expect(created.cursor).toEqual(expect.any(String));

    const count = await subscriber.client.query({ query: ClientUnreadCount, fetchPolicy: 'network-only' });
    expect(dataOf(count, 'unreadNotificationCount').unreadNotificationCount).toBe(1);

    // The split link: the subscription went over the socket, everything else over HTTP.
    expect(subscriber.connection).toEqual({ http: ['ClientUnreadCount'], sockets: 1 });
    expect(sender.connection).toEqual({ http: ['ClientSendNotification'], sockets: 0 });
    expect(await received.take(300, 'nothing more').catch((error: Error) => error.message)).toMatch(/timed out/);
  });
});

describe('urql', () => {
  it('streams notifications over graphql-ws, including the read event of a mutation sent through urql', async () => {
    expect.assertions(15);
    const [user, admin] = await Promise.all([signUp(server, 'urql'), superAdmin(server)]);
    const subscriber = urql(user);
    const sender = urql(admin);

    const received = new Mailbox<OperationResult<NotificationStreamSubscription>>();
    const subscription = subscriber.client.subscription(NotificationStream, {}).subscribe((result) => received.put(result));
    atTestEnd(() => subscription.unsubscribe());

    const snapshot = dataOf(await received.take(WAIT_MS, 'UnreadCount'), 'the first event').notifications;
    expectEvent(snapshot, 'UnreadCount');
    expect(snapshot.unreadCount).toBe(0);

    const title = `urql hello ${user.id}`;
    const sent = dataOf(
      await sender.client
        .mutation(ClientSendNotification, { input: { userId: user.id, kind: 'test', title, message: 'sent through urql' } })
        .toPromise(),
      'sendNotification',
    ).sendNotification;
    expect(sent.title).toBe(title);

    const created = dataOf(await received.take(WAIT_MS, 'NotificationCreated'), 'the second event').notifications;
    expectEvent(created, 'NotificationCreated');
    expect(created.unreadCount).toBe(1);
    expect(created.notification).toMatchObject({ id: sent.id, title, message: 'sent through urql', readAt: null });
    expect(created.cursor).toEqual(expect.any(String));

    const count = await subscriber.client.query(ClientUnreadCount, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(dataOf(count, 'unreadNotificationCount').unreadNotificationCount).toBe(1);

    const marked = await subscriber.client.mutation(UrqlMarkAllRead, {}).toPromise();
    expect(dataOf(marked, 'markAllNotificationsRead').markAllNotificationsRead).toBe(1);

    const read = dataOf(await received.take(WAIT_MS, 'NotificationsRead'), 'the third event').notifications;
    expectEvent(read, 'NotificationsRead');
    expect(read.ids).toEqual([sent.id]);
    expect(read.unreadCount).toBe(0);

    expect(subscriber.connection).toEqual({ http: ['ClientUnreadCount', 'UrqlMarkAllRead'], sockets: 1 });
    expect(sender.connection).toEqual({ http: ['ClientSendNotification'], sockets: 0 });
    expect(await received.take(300, 'nothing more').catch((error: Error) => error.message)).toMatch(/timed out/);
  });
});
