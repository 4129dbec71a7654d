import { describe, expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

let recording: string[] | undefined;
const server = await startTestServer({}, { onQuery: (statement) => recording?.push(statement) });
const admin = await superAdmin(server);

describe('subscriptions that start together', () => {
  it('read their snapshots in a shared transaction, each with its own state', async () => {
    const users = await Promise.all(Array.from({ length: 30 }, (_, i) => signUp(server, `crowd${i}`)));
    // A different unread count for each, so a state handed to the wrong subscriber shows.
    for (const [i, user] of users.entries()) {
      for (let n = 0; n < i % 4; n++) await notify(server.httpUrl, admin.token, user.id, `before ${n}`);
    }
    const sockets = await Promise.all(users.map((user) => TestSocket.connect(server.wsUrl, user.token)));

    recording = [];
    for (const socket of sockets) socket.subscribe('n', NotificationStream, {});
    const first = await Promise.all(sockets.map(async (socket) => (await socket.data<NotificationStreamSubscription>('n')).notifications));
    const statements = recording;
    recording = undefined;

    expect(first.map((event) => event.__typename === 'UnreadCount' && event.unreadCount)).toEqual(users.map((_, i) => i % 4));
    const headReads = statements.filter((statement) => statement.includes('from "topic_heads"'));
    // One transaction, and one read of the position, a subscription would be 30: the first may go alone,
    // the rest wait for a slot together.
    expect(headReads.length).toBeGreaterThan(0);
    expect(headReads.length).toBeLessThanOrEqual(5);

    // Each snapshot still matches its position: a notification sent now arrives once, with the next count.
    await notify(server.httpUrl, admin.token, users[5]!.id, 'after');
    expect((await sockets[5]!.data<NotificationStreamSubscription>('n')).notifications).toMatchObject({
      __typename: 'NotificationCreated',
      unreadCount: 2,
    });
    for (const socket of sockets) socket.close();
  });
});
