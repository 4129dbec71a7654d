import { describe, expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Several server processes' worth of apps on one PostgreSQL database and one Redis.

// Started together on an empty database: the migration lock lets exactly one migrate.
const [a, b, c] = await Promise.all([startTestServer(), startTestServer(), startTestServer()]);

describe('several instances sharing PostgreSQL and Redis', () => {
  it('delivers a mutation on one instance to a subscriber on another', async () => {
    const user = await signUp(a, 'multi');
    const admin = await superAdmin(b);
    const socket = await TestSocket.connect(b.wsUrl, user.token);
    socket.subscribe('n', NotificationStream);
    expect((await socket.data<NotificationStreamSubscription>('n')).notifications.__typename).toBe('UnreadCount');

    await notify(a.httpUrl, admin.token, user.id, 'from a');
    await notify(c.httpUrl, admin.token, user.id, 'from c');
    const titles = [];
    for (let i = 0; i < 2; i++) {
      const event = (await socket.data<NotificationStreamSubscription>('n')).notifications;
      titles.push(event.__typename === 'NotificationCreated' ? event.notification.title : event.__typename);
    }
    expect(titles).toEqual(['from a', 'from c']);
  });

  it('resumes on another instance from a cursor another instance gave', async () => {
    const user = await signUp(a, 'mover');
    const admin = await superAdmin(a);
    const send = (title: string) => notify(a.httpUrl, admin.token, user.id, title);

    const first = await TestSocket.connect(a.wsUrl, user.token);
    first.subscribe('n', NotificationStream);
    await first.data('n');
    await send('seen');
    const seen = (await first.data<NotificationStreamSubscription>('n')).notifications;
    first.close();
    await send('missed 1');
    await send('missed 2');

    const second = await TestSocket.connect(c.wsUrl, user.token);
    second.subscribe('n', NotificationStream, { after: seen.cursor });
    const replayed = [];
    for (let i = 0; i < 3; i++) replayed.push((await second.data<NotificationStreamSubscription>('n')).notifications);
    expect(replayed.map((e) => (e.__typename === 'NotificationCreated' ? e.notification.title : e.__typename))).toEqual([
      'missed 1',
      'missed 2',
      'StreamReady',
    ]);
  });
});
