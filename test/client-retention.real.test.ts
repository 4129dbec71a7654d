import { expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin, type TestUser } from './kit/fixtures';
import { codes } from './kit/http';
import {
  type Instance,
  kill,
  notificationLines,
  recordedClient,
  refusals,
  sleep,
  startInstance,
  subscribeFrames,
  watch,
} from './kit/realtime-client';
import { TestSocket } from './kit/socket';

// A client offline for longer than events are kept (EVENT_RETENTION; each
// instance prunes every second here): its cursor has expired when it is back,
// so the app is told to refetch, once, and the stream starts again from its
// snapshot and goes on live.

const env = { EVENT_RETENTION: '2s' };
const [home, other] = await Promise.all([startInstance(env), startInstance(env)]);

/** Sends the user a notification through the other instance, as the super admin; its id. */
async function send(user: TestUser, title: string): Promise<string> {
  const admin = await superAdmin(other);
  return (await notify(other.httpUrl, admin.token, user.id, title)).id;
}

/** Whether resuming the user's notifications after the cursor is refused with CURSOR_EXPIRED. */
async function expired(server: Instance, user: TestUser, after: string | null): Promise<boolean> {
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  try {
    socket.subscribe('probe', NotificationStream, { after });
    return codes(await socket.next('probe')).includes('CURSOR_EXPIRED');
  } finally {
    socket.close();
  }
}

it('offline past EVENT_RETENTION: onReset is called once, and the stream goes on live with its snapshot and later events', async () => {
  const user = await signUp(other, 'returning');
  let url = home.wsUrl;
  const { client, sockets, states } = recordedClient({ url: () => url, getToken: () => user.token });
  const stream = watch(client, NotificationStream, {});
  await expect.poll(() => client.state).toBe('live');
  const before = await send(user, 'before');
  await expect.poll(() => stream.events.length).toBe(2);
  const cursor = stream.subscription.cursor;

  await kill(home);
  await expect.poll(() => client.state).toBe('offline');
  await send(user, 'missed 1');
  await send(user, 'missed 2');
  // Back only once what it missed is pruned.
  await expect.poll(() => expired(other, user, cursor), { timeout: 10_000, interval: 250 }).toBe(true);
  url = other.wsUrl;
  await expect.poll(() => client.state, { timeout: 10_000 }).toBe('live');
  const after = await send(user, 'after');
  await expect.poll(() => stream.events.length).toBe(4);
  await sleep(300);

  expect(notificationLines(stream)).toEqual(['UnreadCount 0', before, 'onReset', 'UnreadCount 3', after]);
  expect(stream.errors).toEqual([]);
  expect(states).toEqual(['live', 'recovering', 'offline', 'recovering', 'live']);
  // Resumed after its cursor, refused, then subscribed afresh.
  expect(subscribeFrames(sockets).map((frame) => frame.payload?.variables?.['after'])).toEqual([null, cursor, null]);
  const back = sockets.at(-1)!;
  expect(back.url).toBe(other.wsUrl);
  expect(refusals(back)).toEqual([['CURSOR_EXPIRED']]);
}, 60_000);
