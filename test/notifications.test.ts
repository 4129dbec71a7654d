import { describe, expect, it } from 'vitest';
import { notificationsTopic } from '../src/domains/notifications/notifications.events';
import { MarkAllNotificationsRead, MarkNotificationRead, NotificationStream } from './kit/documents';
import { signUp, superAdmin, userWithRole, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { codes, gql, gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// The mutation under test (errors, any input, readAt): not the kit's notify().
const SendNotification = graphql(`
  mutation SendNotification($input: SendNotificationInput!) {
    sendNotification(input: $input) {
      id
      title
      readAt
    }
  }
`);

const NotificationPage = graphql(`
  query NotificationPage($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          readAt
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
    unreadNotificationCount
  }
`);

type StreamEvent = NotificationStreamSubscription['notifications'];

const server = await startTestServer();
const admin = await superAdmin(server);

async function send(to: TestUser, title: string) {
  const { sendNotification } = await gqlData(
    server.httpUrl,
    SendNotification,
    { input: { userId: to.id, kind: 'test', title, message: `${title} message` } },
    admin.token,
  );
  return sendNotification;
}

async function subscribe(user: TestUser, after?: string) {
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe('n', NotificationStream, after ? { after } : {});
  const nextEvent = async (): Promise<StreamEvent> => (await socket.data<NotificationStreamSubscription>('n')).notifications;
  return { socket, nextEvent };
}

describe('the notifications stream', () => {
  it('starts with UnreadCount, then streams each notification and read with its unread count', async () => {
    const user = await signUp(server, 'ann');
    await send(user, 'before 1');
    await send(user, 'before 2');
    const { nextEvent } = await subscribe(user);

    const first = await nextEvent();
    expect(first).toMatchObject({ __typename: 'UnreadCount', unreadCount: 2 });
    expect(first.cursor).toEqual(expect.any(String));

    const sent = await send(user, 'hello');
    const created = await nextEvent();
    expect(created).toMatchObject({
      __typename: 'NotificationCreated',
      unreadCount: 3,
      notification: { id: sent.id, title: 'hello', message: 'hello message', kind: 'test', readAt: null },
    });
    expect(created.cursor).not.toBe(first.cursor);

    const { markNotificationRead } = await gqlData(server.httpUrl, MarkNotificationRead, { id: sent.id }, user.token);
    expect(markNotificationRead.readAt).toEqual(expect.any(String));
    expect(await nextEvent()).toMatchObject({ __typename: 'NotificationsRead', ids: [sent.id], unreadCount: 2 });

    const { markAllNotificationsRead } = await gqlData(server.httpUrl, MarkAllNotificationsRead, {}, user.token);
    expect(markAllNotificationsRead).toBe(2);
    const allRead = await nextEvent();
    expect(allRead).toMatchObject({ __typename: 'NotificationsRead', unreadCount: 0 });
    expect(allRead.__typename === 'NotificationsRead' && allRead.ids).toHaveLength(2);
  });

  it('sends nothing for a read that changes nothing', async () => {
    const user = await signUp(server);
    const sent = await send(user, 'once');
    await gqlData(server.httpUrl, MarkNotificationRead, { id: sent.id }, user.token);
    const { socket, nextEvent } = await subscribe(user);
    expect(await nextEvent()).toMatchObject({ __typename: 'UnreadCount', unreadCount: 0 });
    await gqlData(server.httpUrl, MarkNotificationRead, { id: sent.id }, user.token);
    expect(await gqlData(server.httpUrl, MarkAllNotificationsRead, {}, user.token)).toEqual({ markAllNotificationsRead: 0 });
    expect(await socket.drain('n', 300)).toEqual([]);
  });

  it('resumes from the last cursor with exactly the missed events, in order, then StreamReady, then live ones', async () => {
    const user = await signUp(server, 'res');
    const first = await subscribe(user);
    await first.nextEvent();
    await send(user, 'one');
    await send(user, 'two');
    await first.nextEvent();
    const seen = await first.nextEvent();
    first.socket.close();
    await first.socket.closed;

    for (const title of ['three', 'four', 'five']) await send(user, title);

    const resumed = await subscribe(user, seen.cursor!);
    const replayed = [await resumed.nextEvent(), await resumed.nextEvent(), await resumed.nextEvent()];
    expect(replayed.map((e) => e.__typename === 'NotificationCreated' && e.notification.title)).toEqual(['three', 'four', 'five']);
    expect(replayed.map((e) => e.__typename === 'NotificationCreated' && e.unreadCount)).toEqual([3, 4, 5]);
    const ready = await resumed.nextEvent();
    expect(ready).toMatchObject({ __typename: 'StreamReady', cursor: replayed[2]!.cursor });

    await send(user, 'six');
    expect(await resumed.nextEvent()).toMatchObject({ __typename: 'NotificationCreated', notification: { title: 'six' } });
    expect(await resumed.socket.drain('n', 200)).toEqual([]);
  });

  it('answers a resume from the present with StreamReady at once', async () => {
    const user = await signUp(server);
    const { nextEvent } = await subscribe(user);
    const snapshot = await nextEvent();
    const again = await subscribe(user, snapshot.cursor!);
    expect(await again.nextEvent()).toMatchObject({ __typename: 'StreamReady', cursor: snapshot.cursor });
  });

  it('publishes nothing for a change whose transaction rolls back, and skips no cursor', async () => {
    const user = await signUp(server);
    const { socket, nextEvent } = await subscribe(user);
    const snapshot = await nextEvent();

    await expect(
      server.app.realtime.write(async (_tx, events) => {
        await server.app.services.notifications.create(events, { userId: user.id, kind: 'test', title: 'doomed', message: 'never' });
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(await socket.drain('n', 300)).toEqual([]);
    expect((await gqlData(server.httpUrl, NotificationPage, {}, user.token)).notifications.totalCount).toBe(0);

    await send(user, 'kept');
    const kept = await nextEvent();
    expect(kept).toMatchObject({ notification: { title: 'kept' }, unreadCount: 1 });
    // The rolled-back event took no position: resuming from the snapshot yields just the kept one.
    const resumed = await subscribe(user, snapshot.cursor!);
    expect(await resumed.nextEvent()).toMatchObject({ cursor: kept.cursor, notification: { title: 'kept' } });
    expect(await resumed.nextEvent()).toMatchObject({ __typename: 'StreamReady' });
  });
});

describe('isolation between viewers', () => {
  it('never sends bob an event meant for alice', async () => {
    const alice = await signUp(server, 'alice');
    const bob = await signUp(server, 'bob');
    const aliceStream = await subscribe(alice);
    const bobStream = await subscribe(bob);
    await aliceStream.nextEvent();
    await bobStream.nextEvent();

    const secret = await send(alice, 'for alice only');
    expect(await aliceStream.nextEvent()).toMatchObject({ notification: { id: secret.id } });
    await gqlData(server.httpUrl, MarkNotificationRead, { id: secret.id }, alice.token);
    expect(await aliceStream.nextEvent()).toMatchObject({ __typename: 'NotificationsRead' });
    expect(await bobStream.socket.drain('n', 300)).toEqual([]);
  });

  it("refuses bob alice's cursor, her notifications and marking them read", async () => {
    const alice = await signUp(server, 'alice');
    const bob = await signUp(server, 'bob');
    const aliceStream = await subscribe(alice);
    const aliceCursor = (await aliceStream.nextEvent()).cursor!;
    const secret = await send(alice, 'private');

    const socket = await TestSocket.connect(server.wsUrl, bob.token);
    socket.subscribe('stolen', NotificationStream, { after: aliceCursor });
    expect(codes(await socket.next('stolen'))).toEqual(['BAD_USER_INPUT']);
    expect((await socket.message('stolen')).type).toBe('complete');

    expect(codes(await gql(server.httpUrl, MarkNotificationRead, { id: secret.id }, bob.token))).toEqual(['NOT_FOUND']);
    expect((await gqlData(server.httpUrl, NotificationPage, {}, bob.token)).notifications.totalCount).toBe(0);
    // The topic key is derived from the viewer alone: there is no argument that names a user.
    expect(notificationsTopic(bob.id).key).not.toBe(notificationsTopic(alice.id).key);
  });

  it('refuses a cursor that is not a cursor, and the socket stays open', async () => {
    const user = await signUp(server);
    const socket = await TestSocket.connect(server.wsUrl, user.token);
    socket.subscribe('bad', NotificationStream, { after: 'not-a-cursor' });
    expect(codes(await socket.next('bad'))).toEqual(['BAD_USER_INPUT']);
    socket.subscribe('good', NotificationStream);
    expect((await socket.data<NotificationStreamSubscription>('good')).notifications.__typename).toBe('UnreadCount');
  });
});

describe('notification queries and mutations', () => {
  it('pages newest first with cursors, counts what the filter selects, and filters unread', async () => {
    const user = await signUp(server);
    const sent = [];
    for (const title of ['n1', 'n2', 'n3', 'n4', 'n5']) sent.push(await send(user, title));
    await gqlData(server.httpUrl, MarkNotificationRead, { id: sent[4]!.id }, user.token);

    const page1 = await gqlData(server.httpUrl, NotificationPage, { first: 2 }, user.token);
    expect(page1.notifications.edges.map((e) => e.node.title)).toEqual(['n5', 'n4']);
    expect(page1.notifications.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page1.notifications.totalCount).toBe(5);
    expect(page1.unreadNotificationCount).toBe(4);

    const page2 = await gqlData(server.httpUrl, NotificationPage, { first: 2, after: page1.notifications.pageInfo.endCursor }, user.token);
    expect(page2.notifications.edges.map((e) => e.node.title)).toEqual(['n3', 'n2']);
    const page3 = await gqlData(server.httpUrl, NotificationPage, { first: 2, after: page2.notifications.pageInfo.endCursor }, user.token);
    expect(page3.notifications.edges.map((e) => e.node.title)).toEqual(['n1']);
    expect(page3.notifications.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const unread = await gqlData(server.httpUrl, NotificationPage, { unreadOnly: true }, user.token);
    expect(unread.notifications.totalCount).toBe(4);
    expect(unread.notifications.edges.map((e) => e.node.title)).toEqual(['n4', 'n3', 'n2', 'n1']);
  });

  it('refuses page sizes out of range and foreign cursors with BAD_USER_INPUT', async () => {
    const user = await signUp(server);
    for (const variables of [
      { first: 0 },
      { first: 101 },
      { after: 'garbage' },
      { after: Buffer.from('2026-01-01T00:00:00Z|x').toString('base64url') },
    ]) {
      expect(codes(await gql(server.httpUrl, NotificationPage, variables, user.token))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('lets only admins send, to users that exist, with valid text', async () => {
    const user = await signUp(server);
    const input = { userId: user.id, kind: 'k', title: 't', message: 'm' };
    expect(codes(await gql(server.httpUrl, SendNotification, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(server.httpUrl, SendNotification, { input }, user.token))).toEqual(['FORBIDDEN']);
    const plainAdmin = await userWithRole(server, 'ADMIN');
    expect((await gqlData(server.httpUrl, SendNotification, { input }, plainAdmin.token)).sendNotification.title).toBe('t');

    const missing = { ...input, userId: '00000000-0000-4000-8000-000000000000' };
    expect(codes(await gql(server.httpUrl, SendNotification, { input: missing }, admin.token))).toEqual(['NOT_FOUND']);
    for (const bad of [
      { ...input, userId: 'nope' },
      { ...input, title: '   ' },
      { ...input, message: 'x'.repeat(4001) },
    ]) {
      expect(codes(await gql(server.httpUrl, SendNotification, { input: bad }, admin.token))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('refuses NUL in texts with BAD_USER_INPUT, and stores a lone surrogate as U+FFFD', async () => {
    const user = await signUp(server);
    const input = { userId: user.id, kind: 'k', title: 't', message: 'm' };
    expect(codes(await gql(server.httpUrl, SendNotification, { input: { ...input, title: 'a\u0000b' } }, admin.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const { socket, nextEvent } = await subscribe(user);
    expect(await nextEvent()).toMatchObject({ __typename: 'UnreadCount', unreadCount: 0 });
    const sent = await gqlData(server.httpUrl, SendNotification, { input: { ...input, title: 'half \ud800 pair' } }, admin.token);
    expect(sent.sendNotification.title).toBe('half \ufffd pair');
    expect(await nextEvent()).toMatchObject({
      __typename: 'NotificationCreated',
      unreadCount: 1,
      notification: { title: 'half \ufffd pair' },
    });
    socket.close();
  });

  it('answers sends that arrive together each on their own: a missing user fails only its own call', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => signUp(server)));
    const streams = await Promise.all(users.map((user) => subscribe(user)));
    for (const { nextEvent } of streams) expect(await nextEvent()).toMatchObject({ __typename: 'UnreadCount', unreadCount: 0 });
    const missing = '00000000-0000-4000-8000-000000000000';
    const recipients = [...users, ...users.slice(0, 3)].map((user) => user.id);
    const replies = await Promise.all(
      [...recipients, missing].map((userId, i) =>
        gql(server.httpUrl, SendNotification, { input: { userId, kind: 'k', title: `together ${i}`, message: 'm' } }, admin.token),
      ),
    );
    expect(replies.map((reply) => (reply.errors ? codes(reply)[0] : 'ok'))).toEqual([...recipients.map(() => 'ok'), 'NOT_FOUND']);
    for (const [i, { nextEvent }] of streams.entries()) {
      const received = [await nextEvent(), ...(i < 3 ? [await nextEvent()] : [])];
      expect(received.map((event) => event.__typename === 'NotificationCreated' && event.unreadCount)).toEqual(i < 3 ? [1, 2] : [1]);
    }
    expect(await Promise.all(streams.map(({ socket }) => socket.drain('n', 300)))).toEqual(streams.map(() => []));
    for (const { socket } of streams) socket.close();
  });

  it('requires a viewer for the queries and the read mutations', async () => {
    expect(codes(await gql(server.httpUrl, NotificationPage, {}))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(server.httpUrl, MarkAllNotificationsRead, {}))).toEqual(['UNAUTHENTICATED']);
  });
});
