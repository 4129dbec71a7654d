import { expect, it } from 'vitest';
import type { PubSub } from '../src/realtime/pubsub';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// A writer that dies between its commit and its publish: the committed events
// still reach the live subscribers of the other instances, with no later write,
// within the bound docs/guarantees.md states, exactly once and in order. The writer here
// is an instance whose publishes never leave it.

/** The bound of the guarantee in docs/guarantees.md: two head checks and the reads they lead to. */
const BOUND_MS = 5_000;

const silenced = (pubsub: PubSub): PubSub => Object.create(pubsub, { publish: { value: async () => {} } }) as PubSub;
const [writer, reader] = await Promise.all([startTestServer({}, { pubsub: silenced }), startTestServer()]);

type Event = NotificationStreamSubscription['notifications'];
const titleOf = (event: Event) => (event.__typename === 'NotificationCreated' ? event.notification.title : event.__typename);

it('delivers events their writer never published within the bound, once each and in order, then goes on live', async () => {
  const user = await signUp(reader, 'unpublished');
  const admin = await superAdmin(reader);
  const socket = await TestSocket.connect(reader.wsUrl, user.token);
  socket.subscribe('n', NotificationStream);
  const next = async (timeoutMs?: number) => (await socket.data<NotificationStreamSubscription>('n', timeoutMs)).notifications;
  expect((await next()).__typename).toBe('UnreadCount');

  const lost = ['last words 1', 'last words 2', 'last words 3'];
  for (const title of lost) await notify(writer.httpUrl, admin.token, user.id, title);
  const committed = Date.now();
  const first = await next(BOUND_MS);
  console.info(`an unpublished event arrived ${Date.now() - committed} ms after its commit`);
  const arrived = [first, await next(), await next()];
  expect(arrived.map(titleOf)).toEqual(lost);

  await notify(reader.httpUrl, admin.token, user.id, 'published');
  const live = await next();
  expect(titleOf(live)).toBe('published');
  const cursors = [...arrived, live].map((event) => Number(event.cursor?.split('.')[0]));
  expect(cursors).toEqual(cursors.map((_, i) => cursors[0]! + i));
  // Nothing twice, however many checks pass.
  expect(await socket.drain('n', BOUND_MS)).toEqual([]);
}, 30_000);
