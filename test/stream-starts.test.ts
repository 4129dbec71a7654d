import { describe, expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin, type TestUser } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Subscriptions that start together, as when an instance's clients come back to another:
// what they cost the database, and that each still gets exactly its own events.

type StreamEvent = NotificationStreamSubscription['notifications'];

let recording: string[] | undefined;
const server = await startTestServer({}, { onQuery: (statement) => recording?.push(statement) });
const admin = await superAdmin(server);

/** The statements the server runs while `start` runs. */
async function statementsOf(start: () => Promise<void>): Promise<string[]> {
  recording = [];
  try {
    await start();
    return recording;
  } finally {
    recording = undefined;
  }
}

const next = async (socket: TestSocket): Promise<StreamEvent> => (await socket.data<NotificationStreamSubscription>('n')).notifications;

/** Users who each have `i % 4` unread notifications, i being their place in the list. */
async function crowd(name: string, size: number): Promise<TestUser[]> {
  const users = await Promise.all(Array.from({ length: size }, (_, i) => signUp(server, `${name}${i}`)));
  for (const [i, user] of users.entries()) {
    for (let n = 0; n < i % 4; n++) await notify(server.httpUrl, admin.token, user.id, `before ${n}`);
  }
  return users;
}

describe('subscriptions that start together', () => {
  it('read their snapshots in a shared transaction, each with its own state', async () => {
    const users = await crowd('fresh', 30);
    const sockets = await Promise.all(users.map((user) => TestSocket.connect(server.wsUrl, user.token)));

    let first: StreamEvent[] = [];
    const statements = await statementsOf(async () => {
      for (const socket of sockets) socket.subscribe('n', NotificationStream, {});
      first = await Promise.all(sockets.map(next));
    });

    expect(first.map((event) => event.__typename === 'UnreadCount' && event.unreadCount)).toEqual(users.map((_, i) => i % 4));
    // One transaction, and one read of the position, a subscription would be 30: the first may go
    // alone, the rest wait for a slot together.
    const headReads = statements.filter((statement) => statement.includes('from "topic_heads"'));
    expect(headReads.length).toBeGreaterThan(0);
    expect(headReads.length).toBeLessThanOrEqual(5);
    // The unread counts too: one statement for each of those transactions, not one for each subscriber.
    const countReads = statements.filter((statement) => statement.includes('from "notification_unread_counts"'));
    expect(countReads.length).toBeGreaterThan(0);
    expect(countReads.length).toBeLessThanOrEqual(headReads.length);

    // Each snapshot still matches its position: a notification sent now arrives once, with the next count.
    await notify(server.httpUrl, admin.token, users[5]!.id, 'after');
    expect(await next(sockets[5]!)).toMatchObject({ __typename: 'NotificationCreated', unreadCount: 2 });
    for (const socket of sockets) socket.close();
  });

  it('read where they resume, and what each missed, in a few statements, each getting exactly its own events', async () => {
    const users = await crowd('back', 30);
    // Each user's cursor, then what each misses while away: none, one, two or three notifications.
    const cursors = await Promise.all(
      users.map(async (user) => {
        const socket = await TestSocket.connect(server.wsUrl, user.token);
        socket.subscribe('n', NotificationStream, {});
        const { cursor } = await next(socket);
        socket.close();
        return cursor!;
      }),
    );
    for (const [i, user] of users.entries()) {
      for (let n = 0; n < (i + 1) % 4; n++) await notify(server.httpUrl, admin.token, user.id, `missed ${i}.${n}`);
    }
    const sockets = await Promise.all(users.map((user) => TestSocket.connect(server.wsUrl, user.token)));

    const received: StreamEvent[][] = users.map(() => []);
    const statements = await statementsOf(async () => {
      for (const [i, socket] of sockets.entries()) socket.subscribe('n', NotificationStream, { after: cursors[i] });
      await Promise.all(
        sockets.map(async (socket, i) => {
          for (let event = await next(socket); event.__typename !== 'StreamReady'; event = await next(socket)) received[i]!.push(event);
        }),
      );
    });

    expect(received.map((events) => events.map((event) => event.__typename === 'NotificationCreated' && event.notification.title))).toEqual(
      users.map((_, i) => Array.from({ length: (i + 1) % 4 }, (_, n) => `missed ${i}.${n}`)),
    );
    // Two or three statements a resume would be 60 to 90.
    const logReads = statements.filter((statement) => statement.includes('"topic_heads"') || statement.includes('from "events"'));
    expect(logReads.length).toBeGreaterThan(0);
    expect(logReads.length).toBeLessThanOrEqual(5);
    for (const socket of sockets) socket.close();
  });

  it('resume past more events than a page (500) holds: every one, in order, then StreamReady', async () => {
    const [user] = await crowd('far', 1);
    const first = await TestSocket.connect(server.wsUrl, user!.token);
    first.subscribe('n', NotificationStream, {});
    const { cursor } = await next(first);
    first.close();
    const titles = Array.from({ length: 1_100 }, (_, n) => `missed ${n}`);
    for (let start = 0; start < titles.length; start += 50) {
      await Promise.all(titles.slice(start, start + 50).map((title) => notify(server.httpUrl, admin.token, user!.id, title)));
    }

    const socket = await TestSocket.connect(server.wsUrl, user!.token);
    socket.subscribe('n', NotificationStream, { after: cursor });
    const received: { title: string; unreadCount: number }[] = [];
    for (let event = await next(socket); event.__typename !== 'StreamReady'; event = await next(socket)) {
      if (event.__typename === 'NotificationCreated') received.push({ title: event.notification.title, unreadCount: event.unreadCount });
    }
    // Sent 50 at a time, so stored in an order of the server's making; each event's unread count is its place in the topic.
    expect(received.map((event) => event.unreadCount)).toEqual(titles.map((_, n) => n + 1));
    expect(new Set(received.map((event) => event.title))).toEqual(new Set(titles));
    socket.close();
  });
});
