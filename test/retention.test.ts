import { expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { codes } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Events are kept two seconds here; the server prunes every second.
const server = await startTestServer({ EVENT_RETENTION: '2s' });

it('refuses a cursor older than EVENT_RETENTION with CURSOR_EXPIRED, and the stream restarts without after', async () => {
  const user = await signUp(server, 'old');
  const admin = await superAdmin(server);
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe('live', NotificationStream);
  const snapshot = (await socket.data<NotificationStreamSubscription>('live')).notifications;
  await notify(server.httpUrl, admin.token, user.id, 'soon pruned');
  const latest = (await socket.data<NotificationStreamSubscription>('live')).notifications;
  socket.complete('live');

  await new Promise((resolve) => setTimeout(resolve, 3_500));

  socket.subscribe('stale', NotificationStream, { after: snapshot.cursor });
  expect(codes(await socket.next('stale'))).toEqual(['CURSOR_EXPIRED']);
  expect((await socket.message('stale')).type).toBe('complete');

  // The newest cursor needs nothing that was pruned: the stream is simply live.
  socket.subscribe('current', NotificationStream, { after: latest.cursor });
  expect((await socket.data<NotificationStreamSubscription>('current')).notifications).toMatchObject({
    __typename: 'StreamReady',
    cursor: latest.cursor,
  });

  socket.subscribe('fresh', NotificationStream);
  expect((await socket.data<NotificationStreamSubscription>('fresh')).notifications.__typename).toBe('UnreadCount');
});

it('refuses a cursor ahead of the stream (a position it never had) with BAD_USER_INPUT naming `after`, and the socket stays open', async () => {
  const user = await signUp(server, 'future');
  const admin = await superAdmin(server);
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe('live', NotificationStream);
  await socket.data<NotificationStreamSubscription>('live');
  await notify(server.httpUrl, admin.token, user.id, 'the head');
  const head = (await socket.data<NotificationStreamSubscription>('live')).notifications.cursor!;
  const [seq, tag] = head.split('.');

  socket.subscribe('ahead', NotificationStream, { after: `${Number(seq) + 1}.${tag}` });
  const refused = await socket.next('ahead');
  expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
  expect(refused.errors![0]!.extensions).toMatchObject({ argumentName: 'after' });
  expect(refused.errors![0]!.message).toContain('`after`');
  expect((await socket.message('ahead')).type).toBe('complete');

  socket.subscribe('head', NotificationStream, { after: head });
  expect((await socket.data<NotificationStreamSubscription>('head')).notifications).toMatchObject({
    __typename: 'StreamReady',
    cursor: head,
  });
});
