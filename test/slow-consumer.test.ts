import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin, type TestUser } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { codes } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// A client that stops reading must not make the server buffer without bound:
// each subscription keeps at most SUBSCRIPTION_BUFFER live events waiting, and
// one more ends it with SLOW_CONSUMER and `resumeAfter`, the last cursor it
// was sent. Resubscribing from there loses nothing, and nobody else notices.

type StreamEvent = NotificationStreamSubscription['notifications'];
type Message = Awaited<ReturnType<TestSocket['message']>>;
type Result = FormattedExecutionResult<NotificationStreamSubscription>;

const BUFFER = 50;
// Each transaction appends fewer events than the buffer holds, so a subscriber
// that keeps reading never has more than that waiting: only a stalled one overflows.
const BATCH = 25;
// A bound on the flood, for a server that never overflows. The flood stops as
// soon as an overflow is certain, well inside graphql-ws's keep-alive (it pings
// every 12 s and cuts a socket that has not answered 12 s later).
const MAX_EVENTS = 2_000;
// 4,000 characters of three UTF-8 bytes each: 12 KB frames fill the kernel's socket buffers with few events.
const MESSAGE = '€'.repeat(3_990);

const server = await startTestServer({ SUBSCRIPTION_BUFFER: String(BUFFER) });
const admin = await superAdmin(server);

const activeNotifications = /^realtime_active_subscriptions\{field="notifications"\} (\S+)$/m;
const deliveredTotal = /^realtime_events_delivered_total (\S+)$/m;

async function metric(pattern: RegExp): Promise<number> {
  const text = await (await fetch(new URL('/metrics', server.url))).text();
  const value = Number(pattern.exec(text)?.[1]);
  if (Number.isNaN(value)) throw new Error(`no ${pattern} in /metrics`);
  return value;
}

/** Waits (boundedly) until the metric reads `expected`, and returns what it read last. */
async function settle(pattern: RegExp, expected: number): Promise<number> {
  let value = await metric(pattern);
  for (let i = 0; i < 40 && value !== expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await metric(pattern);
  }
  return value;
}

/** Appends `count` notifications for the user in one transaction, through the server's own write path. */
async function appendNotifications(user: TestUser, from: number, count: number): Promise<{ id: string; title: string }[]> {
  return server.app.realtime.write(async (_tx, events) => {
    const created = [];
    for (let i = from; i < from + count; i++) {
      const notification = await server.app.services.notifications.create(events, {
        userId: user.id,
        kind: 'flood',
        title: `flood ${i}`,
        message: `${MESSAGE} ${i}`,
      });
      created.push({ id: notification.id, title: notification.title });
    }
    return created;
  });
}

async function subscribe(user: TestUser, id: string): Promise<{ socket: TestSocket; first: StreamEvent }> {
  const socket = await TestSocket.connect(server.wsUrl, user.token);
  socket.subscribe(id, NotificationStream);
  const first = (await socket.data<NotificationStreamSubscription>(id)).notifications;
  expect(first.__typename).toBe('UnreadCount');
  return { socket, first };
}

async function nextEvent(socket: TestSocket, id: string): Promise<StreamEvent> {
  return (await socket.data<NotificationStreamSubscription>(id)).notifications;
}

function created(event: StreamEvent): { id: string; title: string; cursor: string | null | undefined } {
  if (event.__typename !== 'NotificationCreated') throw new Error(`expected NotificationCreated, got ${event.__typename}`);
  return { id: event.notification.id, title: event.notification.title, cursor: event.cursor };
}

/** The result a `next` message carries (as TestSocket.next reads it). */
function result(message: Message | undefined): Result {
  expect(message?.type).toBe('next');
  return message!.payload as Result;
}

/** Every message for an operation up to and including `complete`. */
async function untilComplete(socket: TestSocket, id: string): Promise<Message[]> {
  const messages: Message[] = [];
  for (;;) {
    const message = await socket.message(id);
    messages.push(message);
    if (message.type !== 'next') return messages;
  }
}

describe('a subscriber that stops reading', () => {
  it('gets SLOW_CONSUMER with resumeAfter once its buffer overflows, resumes from there losing nothing, and holds nobody else up', async () => {
    const stalledUser = await signUp(server, 'stalled');
    const bystander = await signUp(server, 'bystander');

    // The bystander watches its own notifications; a second socket of the stalled user keeps reading.
    const other = await subscribe(bystander, 'b');
    const reader = await subscribe(stalledUser, 'r');
    const activeBefore = await metric(activeNotifications);

    const stalled = await subscribe(stalledUser, 'a');
    expect(await settle(activeNotifications, activeBefore + 1)).toBe(activeBefore + 1);
    const deliveredBefore = await metric(deliveredTotal);

    // Stop reading: the server's sends back up through the kernel's buffers, then its own.
    stalled.socket.ws.pause();

    const all: { id: string; title: string }[] = [];
    const readerCursors: (string | null | undefined)[] = [];
    let overflowed = false;
    while (!overflowed && all.length < MAX_EVENTS) {
      const batch = await appendNotifications(stalledUser, all.length, BATCH);
      all.push(...batch);
      // The reading socket gets every event, in order; once it has them, so has the stalled stream's inbox.
      for (const expected of batch) {
        const event = created(await nextEvent(reader.socket, 'r'));
        expect({ id: event.id, title: event.title }).toEqual(expected);
        readerCursors.push(event.cursor);
      }
      // Events handed to the stalled stream = all handed out since, minus the reader's.
      const deliveredToStalled = (await metric(deliveredTotal)) - deliveredBefore - all.length;
      // The inbox holds BUFFER; one more is taken and being sent: any further one must have overflowed it.
      overflowed = all.length - deliveredToStalled >= BUFFER + 2;
    }
    expect(overflowed, `the stalled stream kept up with ${all.length} events`).toBe(true);

    // The bystander's stream is not held up by the stalled one: a few events, all of them, while it still stalls.
    const bystanderIds = [];
    for (const title of ['during 1', 'during 2', 'during 3']) {
      bystanderIds.push((await notify(server.httpUrl, admin.token, bystander.id, title)).id);
    }
    const bystanderEvents = [];
    for (let i = 0; i < bystanderIds.length; i++) bystanderEvents.push(created(await nextEvent(other.socket, 'b')));
    expect(bystanderEvents.map((e) => e.id)).toEqual(bystanderIds);
    expect(bystanderEvents.map((e) => e.title)).toEqual(['during 1', 'during 2', 'during 3']);
    expect(stalled.socket.ws.isPaused).toBe(true);

    // Read again: what was sent before the overflow, then SLOW_CONSUMER, then complete.
    stalled.socket.ws.resume();
    const messages = await untilComplete(stalled.socket, 'a');
    expect(messages.at(-1)).toEqual({ id: 'a', type: 'complete' });
    const failed = result(messages.at(-2));
    expect(codes(failed)).toEqual(['SLOW_CONSUMER']);
    expect(failed.data ?? null).toBeNull();
    const resumeAfter = failed.errors?.[0]?.extensions?.['resumeAfter'];

    const live = messages.slice(0, -2).map((message) => {
      const { data, errors } = result(message);
      expect(errors).toBeUndefined();
      return created(data!.notifications);
    });
    // A prefix of what was written, in order, none skipped; resumeAfter is the last cursor it was sent.
    expect(live.length).toBeLessThan(all.length);
    expect(live.map(({ id, title }) => ({ id, title }))).toEqual(all.slice(0, live.length));
    expect(live.map((e) => e.cursor)).toEqual(readerCursors.slice(0, live.length));
    expect(resumeAfter).toBe(live.at(-1)?.cursor ?? stalled.first.cursor);
    expect(typeof resumeAfter).toBe('string');

    // The stalled subscription is gone from the gauge; the others are still there.
    expect(await settle(activeNotifications, activeBefore)).toBe(activeBefore);
    expect(stalled.socket.ws.readyState).toBe(stalled.socket.ws.OPEN);

    // The socket is still usable: resuming on it replays exactly the rest, in order, then StreamReady.
    stalled.socket.subscribe('resumed', NotificationStream, { after: String(resumeAfter) });
    const replayed = [];
    for (let i = live.length; i < all.length; i++) replayed.push(created(await nextEvent(stalled.socket, 'resumed')));
    expect(replayed.map(({ id, title }) => ({ id, title }))).toEqual(all.slice(live.length));
    expect(replayed.map((e) => e.cursor)).toEqual(readerCursors.slice(live.length));
    const ready = await nextEvent(stalled.socket, 'resumed');
    expect(ready).toMatchObject({ __typename: 'StreamReady', cursor: readerCursors.at(-1) });
    expect(await settle(activeNotifications, activeBefore + 1)).toBe(activeBefore + 1);

    // Live again, like everyone else.
    const [last] = await appendNotifications(stalledUser, all.length, 1);
    expect(created(await nextEvent(stalled.socket, 'resumed'))).toMatchObject(last!);
    expect(created(await nextEvent(reader.socket, 'r'))).toMatchObject(last!);
    expect(await stalled.socket.drain('resumed', 200)).toEqual([]);
    expect(await reader.socket.drain('r', 0)).toEqual([]);
    expect(await other.socket.drain('b', 0)).toEqual([]);
  }, 60_000);
});
