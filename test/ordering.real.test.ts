import { describe, expect, it } from 'vitest';
import { MarkAllNotificationsRead, MarkNotificationRead, NotificationStream, UnreadNotificationCount } from './kit/documents';
import { notify, signUp, superAdmin, userWithRole, type TestUser } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Ordering under concurrency: two instances on one PostgreSQL and one Redis,
// many concurrent writers on one topic, subscribers spread over both instances.
// Every subscriber must see each committed event once, in the topic's order,
// and resuming from any cursor must give exactly the rest in that same order.

type StreamEvent = NotificationStreamSubscription['notifications'];

/** A NotificationCreated as a subscriber saw it, reduced to what must match everywhere. */
interface Seen {
  seq: number;
  tag: string;
  cursor: string;
  id: string;
  title: string;
  unreadCount: number;
  at: string;
}

const WAIT_MS = 15_000;
const QUIET_MS = 400;
const TOTAL = 50;

// Started together on an empty database: the migration lock lets exactly one migrate.
const [a, b] = await Promise.all([startTestServer(), startTestServer()]);
const instances = { a, b };
type InstanceName = keyof typeof instances;

// Several HTTP clients: two super admin sessions (one per instance) and two plain admins.
const senders: TestUser[] = [
  await superAdmin(a),
  await superAdmin(b),
  await userWithRole(a, 'ADMIN', 'admin1'),
  await userWithRole(b, 'ADMIN', 'admin2'),
];

/** Splits a cursor `<seq>.<tag>`. */
function parseCursor(cursor: string | null | undefined): { seq: number; tag: string } {
  const match = /^(\d+)\.([^.]+)$/.exec(cursor ?? '');
  if (!match) throw new Error(`not a cursor: ${JSON.stringify(cursor)}`);
  return { seq: Number(match[1]), tag: match[2]! };
}

function seen(event: StreamEvent, who: string): Seen {
  if (event.__typename !== 'NotificationCreated') throw new Error(`${who}: expected NotificationCreated, got ${JSON.stringify(event)}`);
  const { seq, tag } = parseCursor(event.cursor);
  const { notification, unreadCount, at } = event;
  return { seq, tag, cursor: event.cursor!, id: notification.id, title: notification.title, unreadCount, at };
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/** One subscription to the notifications stream: a socket and an operation id on it. */
interface Subscription {
  name: string;
  socket: TestSocket;
  id: string;
}

async function nextEvent(sub: Subscription): Promise<StreamEvent> {
  return (await sub.socket.data<NotificationStreamSubscription>(sub.id, WAIT_MS)).notifications;
}

/** `count` events of a subscription, as they arrive. */
async function take(sub: Subscription, count: number): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  for (let i = 0; i < count; i++) events.push(await nextEvent(sub));
  return events;
}

/** `count` NotificationCreated events of each subscription, all read together. */
function collect(subs: Subscription[], count: number): Promise<{ sub: Subscription; events: Seen[] }[]> {
  return Promise.all(subs.map(async (sub) => ({ sub, events: (await take(sub, count)).map((event) => seen(event, sub.name)) })));
}

/**
 * Subscriptions of `user` to its notifications: `layout` lists, per socket,
 * the instance it connects to and how many subscriptions it carries.
 */
async function subscribeAll(user: TestUser, label: string, layout: [InstanceName, number][]): Promise<Subscription[]> {
  const subs: Subscription[] = [];
  for (const [s, [instance, count]] of layout.entries()) {
    const socket = await TestSocket.connect(instances[instance].wsUrl, user.token);
    for (let i = 0; i < count; i++) {
      const sub = { name: `${label} ${instance}#${s}.${i}`, socket, id: `n${i}` };
      socket.subscribe(sub.id, NotificationStream, {});
      subs.push(sub);
    }
  }
  return subs;
}

/** Everything that arrived for any of the subscriptions within QUIET_MS (all waited on together). */
async function stragglers(subs: Subscription[]): Promise<{ name: string; messages: unknown[] }[]> {
  const drained = await Promise.all(subs.map(async (sub) => ({ name: sub.name, messages: await sub.socket.drain(sub.id, QUIET_MS) })));
  return drained.filter((d) => d.messages.length > 0);
}

/** Sends one notification per entry of `targets`, all at once, spread over both instances and every sender. */
function sendConcurrently(targets: TestUser[], label: string) {
  return Promise.all(
    targets.map(async (to, i) => {
      const through = i % 2 === 0 ? a : b;
      const sender = senders[Math.floor(i / 2) % senders.length]!;
      const title = `${label} ${String(i).padStart(2, '0')}`;
      const sent = await notify(through.httpUrl, sender.token, to.id, title);
      expect(sent.title).toBe(title);
      return { to, id: sent.id };
    }),
  );
}

/** Checks that a subscription started without `after` opened with the empty snapshot; returns its cursor. */
async function emptySnapshot(sub: Subscription): Promise<string> {
  const first = await nextEvent(sub);
  expect(first, sub.name).toMatchObject({ __typename: 'UnreadCount', unreadCount: 0 });
  parseCursor(first.cursor);
  return first.cursor!;
}

/**
 * Resumes from each of `points` (an index into `cursors`, the snapshot's cursor
 * first) on alternating instances, and checks that each gets exactly the
 * events after it, in `order`, then StreamReady at the last cursor.
 */
async function checkResumes(user: TestUser, label: string, cursors: string[], order: Seen[], points: number[]): Promise<Subscription[]> {
  // A few sockets per instance, each carrying several resumed subscriptions.
  const sockets = await Promise.all(
    (['a', 'b', 'a', 'b'] as const).map(async (instance) => ({
      instance,
      socket: await TestSocket.connect(instances[instance].wsUrl, user.token),
    })),
  );
  const resumed = points.map((k, i) => {
    const { instance, socket } = sockets[i % sockets.length]!;
    const sub = { name: `${label} resumed after #${k} on ${instance}`, socket, id: `r${k}` };
    socket.subscribe(sub.id, NotificationStream, { after: cursors[k]! });
    return { k, sub };
  });
  const last = cursors.at(-1)!;
  await Promise.all(
    resumed.map(async ({ k, sub }) => {
      const rest = (await take(sub, order.length - k)).map((event) => seen(event, sub.name));
      expect(rest, sub.name).toEqual(order.slice(k));
      expect(await nextEvent(sub), sub.name).toMatchObject({ __typename: 'StreamReady', cursor: last });
    }),
  );
  return resumed.map(({ sub }) => sub);
}

describe('ordering under concurrent writers, across two instances', () => {
  const title = `gives every subscriber the ${TOTAL} concurrent notifications of one user once, in one order, and resumes from any cursor`;
  it(title, { timeout: 90_000 }, async () => {
    const user = await signUp(a, 'ordered');
    const bystander = await signUp(b, 'bystander');

    // Six subscriptions over four sockets, three per instance.
    const subs = await subscribeAll(user, 'ordered', [
      ['a', 1],
      ['a', 2],
      ['b', 1],
      ['b', 2],
    ]);
    const watchers = await subscribeAll(bystander, 'bystander', [
      ['a', 1],
      ['b', 1],
    ]);
    const snapshots = await Promise.all(subs.map(emptySnapshot));
    await Promise.all(watchers.map(emptySnapshot));
    // Every snapshot reflects the same position: nothing was written yet.
    expect(new Set(snapshots).size).toBe(1);
    const start = parseCursor(snapshots[0]);

    const sent = await sendConcurrently(
      Array.from({ length: TOTAL }, () => user),
      'one topic',
    );
    const sentIds = sent.map((s) => s.id);
    expect(new Set(sentIds).size).toBe(TOTAL);

    const streams = await collect(subs, TOTAL);
    const reference = streams[0]!.events;
    for (const { sub, events } of streams) {
      // Consecutive sequence numbers right after the snapshot: none missing, none twice.
      expect(
        events.map((e) => e.seq),
        sub.name,
      ).toEqual(range(start.seq + 1, TOTAL));
      expect(new Set(events.map((e) => e.tag)), sub.name).toEqual(new Set([start.tag]));
      // The unread count each event carries grows one by one in that order.
      expect(
        events.map((e) => e.unreadCount),
        sub.name,
      ).toEqual(range(1, TOTAL));
      // Each committed notification exactly once.
      expect([...events.map((e) => e.id)].sort(), sub.name).toEqual([...sentIds].sort());
      // The same order (and the same events) on every subscriber, whichever instance it is on.
      expect(events, sub.name).toEqual(reference);
    }
    // Nothing more: no duplicate arrives late, and the bystander got nothing.
    expect(await stragglers([...subs, ...watchers])).toEqual([]);
    expect((await gqlData(b.httpUrl, UnreadNotificationCount, {}, user.token)).unreadNotificationCount).toBe(TOTAL);

    // Resume from every cursor seen: the snapshot's and each event's.
    const cursors = [snapshots[0]!, ...reference.map((e) => e.cursor)];
    const resumed = await checkResumes(user, 'ordered', cursors, reference, range(0, cursors.length));

    // Every stream, original or resumed, is live: one more notification reaches each exactly once.
    const [extra] = await sendConcurrently([user], 'after resume');
    await Promise.all(
      [...subs, ...resumed].map(async (sub) => {
        const event = seen(await nextEvent(sub), sub.name);
        expect(event, sub.name).toMatchObject({ seq: start.seq + TOTAL + 1, tag: start.tag, id: extra!.id, unreadCount: TOTAL + 1 });
      }),
    );
    expect(await stragglers([...subs, ...resumed, ...watchers])).toEqual([]);
  });

  it(`keeps two users' topics apart when ${TOTAL} concurrent notifications interleave them`, { timeout: 60_000 }, async () => {
    const xena = await signUp(a, 'xena');
    const yuri = await signUp(b, 'yuri');
    const layout: [InstanceName, number][] = [
      ['a', 2],
      ['b', 2],
    ];
    const xSubs = await subscribeAll(xena, 'xena', layout);
    const ySubs = await subscribeAll(yuri, 'yuri', layout);
    const xSnapshots = await Promise.all(xSubs.map(emptySnapshot));
    const ySnapshots = await Promise.all(ySubs.map(emptySnapshot));
    const xStart = parseCursor(xSnapshots[0]);
    const yStart = parseCursor(ySnapshots[0]);
    expect(xStart.tag).not.toBe(yStart.tag);

    // Targets x, x, y, y, x, x, ...: 26 for xena and 24 for yuri, each user's
    // through both instances (sendConcurrently alternates them), all in flight at once.
    const targets = Array.from({ length: TOTAL }, (_, i) => (Math.floor(i / 2) % 2 === 0 ? xena : yuri));
    const sent = await sendConcurrently(targets, 'two topics');
    const idsOf = (user: TestUser) => sent.filter((s) => s.to === user).map((s) => s.id);
    expect([idsOf(xena).length, idsOf(yuri).length]).toEqual([26, 24]);

    const check = async (user: TestUser, subs: Subscription[], start: { seq: number; tag: string }, snapshot: string) => {
      const own = idsOf(user);
      const perUser = own.length;
      const streams = await collect(subs, perUser);
      const reference = streams[0]!.events;
      for (const { sub, events } of streams) {
        expect(
          events.map((e) => e.seq),
          sub.name,
        ).toEqual(range(start.seq + 1, perUser));
        expect(new Set(events.map((e) => e.tag)), sub.name).toEqual(new Set([start.tag]));
        expect(
          events.map((e) => e.unreadCount),
          sub.name,
        ).toEqual(range(1, perUser));
        expect([...events.map((e) => e.id)].sort(), sub.name).toEqual([...own].sort());
        expect(events, sub.name).toEqual(reference);
      }
      // A spread of resume points, the first and the last included, on both instances.
      const cursors = [snapshot, ...reference.map((e) => e.cursor)];
      const middle = Math.floor(perUser / 2);
      const points = [0, 1, middle, middle + 1, perUser - 1, perUser];
      const resumed = await checkResumes(user, user === xena ? 'xena' : 'yuri', cursors, reference, points);
      return { reference, resumed };
    };
    const [x, y] = await Promise.all([check(xena, xSubs, xStart, xSnapshots[0]!), check(yuri, ySubs, yStart, ySnapshots[0]!)]);

    // Neither saw the other's events: no foreign id, and nothing more arrives anywhere.
    const yIds = new Set(idsOf(yuri));
    const xIds = new Set(idsOf(xena));
    expect(x.reference.filter((e) => yIds.has(e.id))).toEqual([]);
    expect(y.reference.filter((e) => xIds.has(e.id))).toEqual([]);
    expect(await stragglers([...xSubs, ...ySubs, ...x.resumed, ...y.resumed])).toEqual([]);
    expect((await gqlData(a.httpUrl, UnreadNotificationCount, {}, xena.token)).unreadNotificationCount).toBe(26);
    expect((await gqlData(b.httpUrl, UnreadNotificationCount, {}, yuri.token)).unreadNotificationCount).toBe(24);
  });

  it('keeps the unread count of every event in step with the stream when sends and reads of one user race on both instances', {
    timeout: 60_000,
  }, async () => {
    const user = await signUp(a, 'reader');
    const subs = await subscribeAll(user, 'reader', [
      ['a', 1],
      ['b', 1],
    ]);
    await Promise.all(subs.map(emptySnapshot));
    const first = await sendConcurrently(
      range(0, 20).map(() => user),
      'first',
    );

    // Reads of half of them one by one, a read of everything, and more sends: all at once, on both instances.
    await Promise.all([
      ...first.slice(0, 10).map(({ id }, i) => gqlData((i % 2 === 0 ? a : b).httpUrl, MarkNotificationRead, { id }, user.token)),
      gqlData(b.httpUrl, MarkAllNotificationsRead, {}, user.token),
      sendConcurrently(
        range(0, 20).map(() => user),
        'racing',
      ),
    ]);
    // Sent once everything else returned: the last event of the stream.
    const [last] = await sendConcurrently([user], 'last');
    const { unreadNotificationCount } = await gqlData(a.httpUrl, UnreadNotificationCount, {}, user.token);

    const streams = await Promise.all(
      subs.map(async (sub) => {
        const events: StreamEvent[] = [];
        for (;;) {
          const event = await nextEvent(sub);
          events.push(event);
          if (event.__typename === 'NotificationCreated' && event.notification.id === last!.id) return { sub, events };
        }
      }),
    );
    for (const { sub, events } of streams) {
      // Replaying the stream's own changes gives the count each event carries.
      let unread = 0;
      const readIds: string[] = [];
      for (const event of events) {
        if (event.__typename === 'NotificationCreated') unread += 1;
        else if (event.__typename === 'NotificationsRead') {
          unread -= event.ids.length;
          readIds.push(...event.ids);
        } else throw new Error(`${sub.name}: unexpected ${event.__typename}`);
        expect(event.unreadCount, sub.name).toBe(unread);
      }
      expect(
        events.filter((event) => event.__typename === 'NotificationCreated'),
        sub.name,
      ).toHaveLength(41);
      expect(new Set(readIds).size, sub.name).toBe(readIds.length);
      expect(unread, sub.name).toBe(unreadNotificationCount);
      expect(
        events.map((event) => parseCursor(event.cursor).seq),
        sub.name,
      ).toEqual(range(parseCursor(events[0]!.cursor).seq, events.length));
      expect(events, sub.name).toEqual(streams[0]!.events);
    }
    expect(await stragglers(subs)).toEqual([]);
  });
});
