import { CombinedGraphQLErrors, InMemoryCache } from '@apollo/client';
import { createRealtimeClient, type RealtimeState } from '@realtime-api/client';
import { CombinedError } from '@urql/core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import WebSocket from 'ws';
import { apolloClient, urqlClient, watchWithApollo, watchWithUrql } from './kit/adapters';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin, type TestUser } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { startTestServer, type TestServer } from './kit/server';

// urql's exchange and Apollo's link on the realtime client, against the server in this process: what an
// app gets through each, what the operation's context and `after` variable do, and what unsubscribing ends.

const server = await startTestServer();
const admin = await superAdmin(server);

const activeNotifications = /^realtime_active_subscriptions\{field="notifications"\} (\S+)$/m;

/** The server's live notifications subscriptions. */
async function activeSubscriptions(): Promise<number> {
  const value = Number(activeNotifications.exec(await (await fetch(new URL('/metrics', server.url))).text())?.[1]);
  if (Number.isNaN(value)) throw new Error('no active notifications subscriptions in /metrics');
  return value;
}

function realtimeFor(user: TestUser, on: TestServer = server) {
  return createRealtimeClient({
    url: on.wsUrl,
    getToken: () => user.token,
    webSocketImpl: WebSocket,
    retry: { initialDelay: 50, maxDelay: 500 },
  });
}

/** A realtime client with one stream of its own live, so that its socket outlives any one subscription of urql's or Apollo's. */
async function keptOpen(user: TestUser) {
  const realtime = realtimeFor(user);
  const keeper = realtime.subscribe(NotificationStream, {}, { next: () => {} });
  await expect.poll(() => keeper.state).toBe('live');
  return realtime;
}

const events = (results: NotificationStreamSubscription[]) => results.map((result) => result.notifications);

describe('urql and Apollo Client on the realtime client', () => {
  it('urql: the exchange delivers the snapshot and live events with their cursors, reports the state, and unsubscribing ends the server-side subscription', async () => {
    const user = await signUp(server);
    const realtime = await keptOpen(user);
    const before = await activeSubscriptions();
    const states: RealtimeState[] = [];

    const watched = watchWithUrql(
      urqlClient(realtime, server.httpUrl, user.token),
      NotificationStream,
      {},
      { onState: (state) => states.push(state) },
    );
    await expect.poll(() => watched.results.length).toBe(1);
    const sent = await notify(server.httpUrl, admin.token, user.id, 'through urql');
    await expect.poll(() => watched.results.length).toBe(2);

    expect(events(watched.results)).toEqual([
      expect.objectContaining({ __typename: 'UnreadCount', unreadCount: 0, cursor: expect.any(String), at: expect.any(String) }),
      expect.objectContaining({
        __typename: 'NotificationCreated',
        unreadCount: 1,
        notification: expect.objectContaining({ id: sent.id, title: 'through urql' }),
        cursor: expect.any(String),
        at: expect.any(String),
      }),
    ]);
    expect(watched.errors).toEqual([]);
    expect(states).toEqual(['live']);
    expect(await activeSubscriptions()).toBe(before + 1);

    watched.unsubscribe();
    await expect.poll(activeSubscriptions).toBe(before);
    realtime.dispose();
  });

  it("Apollo: the link delivers the events; a cache with the package's possibleTypes keeps cursor and at, one without drops them; unsubscribing ends the server-side subscription", async () => {
    const user = await signUp(server);
    const realtime = await keptOpen(user);
    const before = await activeSubscriptions();

    // The cache without possibleTypes warns of every fragment it cannot match, as intended here.
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onTestFinished(() => warnings.mockRestore());
    const typed = watchWithApollo(apolloClient(realtime, server.httpUrl, user.token), NotificationStream, {});
    const untyped = watchWithApollo(apolloClient(realtime, server.httpUrl, user.token, new InMemoryCache()), NotificationStream, {});
    await expect.poll(() => [typed.results.length, untyped.results.length]).toEqual([1, 1]);
    const sent = await notify(server.httpUrl, admin.token, user.id, 'through Apollo');
    await expect.poll(() => [typed.results.length, untyped.results.length]).toEqual([2, 2]);

    expect(events(typed.results)).toEqual([
      expect.objectContaining({ __typename: 'UnreadCount', unreadCount: 0, cursor: expect.any(String), at: expect.any(String) }),
      expect.objectContaining({
        __typename: 'NotificationCreated',
        unreadCount: 1,
        notification: expect.objectContaining({ id: sent.id, title: 'through Apollo' }),
        cursor: expect.any(String),
        at: expect.any(String),
      }),
    ]);
    // The same events, through a cache that does not know which types implement RealtimeEvent.
    expect(events(untyped.results)).toEqual(events(typed.results).map(({ cursor: _cursor, at: _at, ...rest }) => rest));
    expect([...typed.errors, ...untyped.errors]).toEqual([]);
    expect(await activeSubscriptions()).toBe(before + 2);

    typed.unsubscribe();
    untyped.unsubscribe();
    await expect.poll(activeSubscriptions).toBe(before);
    realtime.dispose();
  });

  it("starts where the operation's `after` variable says, and ends a stream the server refuses with the host library's own error", async () => {
    const user = await signUp(server);
    const realtime = realtimeFor(user);
    const urql = urqlClient(realtime, server.httpUrl, user.token);
    const apollo = apolloClient(realtime, server.httpUrl, user.token);
    const first = watchWithUrql(urql, NotificationStream, {});
    await expect.poll(() => first.results.length).toBe(1);
    const head = events(first.results)[0]!.cursor!;

    // Resumed from the head: nothing was missed, so StreamReady comes first, not the snapshot.
    const resumed = [
      watchWithUrql(urql, NotificationStream, { after: head }),
      watchWithApollo(apollo, NotificationStream, { after: head }),
    ];
    await expect.poll(() => resumed.map((watched) => watched.results.length)).toEqual([1, 1]);
    for (const watched of resumed)
      expect(events(watched.results)).toEqual([expect.objectContaining({ __typename: 'StreamReady', cursor: head })]);

    // A position the stream never had: the server says BAD_USER_INPUT, and the stream is not retried.
    const [seq, tag] = head.split('.');
    const ahead = `${Number(seq) + 1}.${tag}`;
    const refused = [
      watchWithUrql(urql, NotificationStream, { after: ahead }),
      watchWithApollo(apollo, NotificationStream, { after: ahead }),
    ];
    await expect.poll(() => refused.map((watched) => watched.errors.length)).toEqual([1, 1]);
    const [urqlError, apolloError] = refused.map((watched) => watched.errors[0]);
    expect(urqlError).toBeInstanceOf(CombinedError);
    expect((urqlError as CombinedError).graphQLErrors.map((error) => error.extensions['code'])).toEqual(['BAD_USER_INPUT']);
    expect(CombinedGraphQLErrors.is(apolloError)).toBe(true);
    expect((apolloError as CombinedGraphQLErrors).errors.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    realtime.dispose();
  });

  it("calls the context's onReset once for a cursor older than the server keeps, then goes on from the snapshot", async () => {
    // Events are kept two seconds here; the server prunes every second.
    const shortLived = await startTestServer({ EVENT_RETENTION: '2s' });
    const [user, shortAdmin] = await Promise.all([signUp(shortLived), superAdmin(shortLived)]);
    const realtime = realtimeFor(user, shortLived);
    const first = watchWithUrql(urqlClient(realtime, shortLived.httpUrl, user.token), NotificationStream, {});
    await expect.poll(() => first.results.length).toBe(1);
    const old = events(first.results)[0]!.cursor!;
    first.unsubscribe();
    await notify(shortLived.httpUrl, shortAdmin.token, user.id, 'soon pruned');
    await new Promise((resolve) => setTimeout(resolve, 3_500));

    const resets = { urql: 0, apollo: 0 };
    const restarted = [
      watchWithUrql(
        urqlClient(realtime, shortLived.httpUrl, user.token),
        NotificationStream,
        { after: old },
        { onReset: () => resets.urql++ },
      ),
      watchWithApollo(
        apolloClient(realtime, shortLived.httpUrl, user.token),
        NotificationStream,
        { after: old },
        { onReset: () => resets.apollo++ },
      ),
    ];
    await expect.poll(() => restarted.map((watched) => watched.results.length)).toEqual([1, 1]);
    expect(resets).toEqual({ urql: 1, apollo: 1 });
    for (const watched of restarted) {
      expect(events(watched.results)).toEqual([expect.objectContaining({ __typename: 'UnreadCount', unreadCount: 1 })]);
      expect(watched.errors).toEqual([]);
    }
    realtime.dispose();
  });
});
