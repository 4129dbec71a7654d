import { expect, it } from 'vitest';
import { encodeCursor } from '../src/realtime/cursor';
import { topics } from '../src/realtime/topics';
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
  expect((await socket.data<NotificationStreamSubscription>('current')).notifications).toMatchObject({ __typename: 'StreamReady', cursor: latest.cursor });

  socket.subscribe('fresh', NotificationStream);
  expect((await socket.data<NotificationStreamSubscription>('fresh')).notifications.__typename).toBe('UnreadCount');
});

it('refuses a cursor this stream never reached with CURSOR_EXPIRED', async () => {
  const user = await signUp(server, 'future');
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe('future', NotificationStream, { after: encodeCursor(topics.notifications(user.id), 99) });
  expect(codes(await socket.next('future'))).toEqual(['CURSOR_EXPIRED']);
});
