import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, orders } from '../src/domains/orders/orders.table';
import { UPLOAD_STATES, uploads } from '../src/domains/uploads/uploads.table';
import { DashboardStream, NotificationStream } from './kit/documents';
import { signUp, superAdmin, userWithRole, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { DashboardCurrentStatsQuery, DashboardStreamSubscription, NotificationStreamSubscription } from './kit/gql/graphql';
import { codes, gql, gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

const DashboardCreateBusiness = graphql(`
  mutation DashboardCreateBusiness($input: CreateBusinessInput!) {
    createBusiness(input: $input) {
      id
      name
      createdAt
      owner {
        id
        email
      }
    }
  }
`);

const DashboardCurrentStats = graphql(`
  query DashboardCurrentStats {
    dashboardStats {
      totalUsers
      totalBusinesses
      activeOrders
      uploadsInProgress
    }
  }
`);

const DashboardBusinessList = graphql(`
  query DashboardBusinessList {
    businesses {
      id
      name
      owner {
        id
        email
      }
    }
  }
`);

type DashboardEvent = DashboardStreamSubscription['dashboardEvents'];
type Stats = DashboardCurrentStatsQuery['dashboardStats'];

const JWT_SECRET = 'dashboard-test-secret-long-enough-0123456789';
const server = await startTestServer({ JWT_SECRET });
const root = await superAdmin(server);

async function watchDashboard(viewer: TestUser = root, after?: string) {
  const socket = await TestSocket.connect(server.wsUrl, viewer.token);
  socket.subscribe('d', DashboardStream, after ? { after } : {});
  const nextEvent = async (): Promise<DashboardEvent> => (await socket.data<DashboardStreamSubscription>('d')).dashboardEvents;
  return { socket, nextEvent };
}

/** A dashboard subscription past its snapshot, with the figures the snapshot showed. */
async function watchFromNow(viewer: TestUser = root) {
  const watch = await watchDashboard(viewer);
  const snapshot = await watch.nextEvent();
  if (snapshot.__typename !== 'DashboardSnapshot') throw new Error(`expected DashboardSnapshot, got ${snapshot.__typename}`);
  return { ...watch, snapshot };
}

async function createBusiness(owner: TestUser, name: string) {
  return (await gqlData(server.httpUrl, DashboardCreateBusiness, { input: { name } }, owner.token)).createBusiness;
}

async function currentStats() {
  return (await gqlData(server.httpUrl, DashboardCurrentStats, {}, root.token)).dashboardStats;
}

function plus(stats: Stats, delta: Partial<Stats>): Stats {
  return {
    totalUsers: stats.totalUsers + (delta.totalUsers ?? 0),
    totalBusinesses: stats.totalBusinesses + (delta.totalBusinesses ?? 0),
    activeOrders: stats.activeOrders + (delta.activeOrders ?? 0),
    uploadsInProgress: stats.uploadsInProgress + (delta.uploadsInProgress ?? 0),
  };
}

function describeEvent(event: DashboardEvent): string {
  if (event.__typename === 'BusinessCreated') return `business ${event.business.name}`;
  if (event.__typename === 'UserRegistered') return `user ${event.user.email}`;
  return event.__typename;
}

describe('the dashboard stream', () => {
  it('starts with a DashboardSnapshot: the current figures and the 10 newest businesses, with their owners', async () => {
    const owner = await signUp(server, 'owner');
    const names = Array.from({ length: 11 }, (_, i) => `snapshot business ${i + 1}`);
    for (const name of names) await createBusiness(owner, name);

    const { snapshot } = await watchFromNow();
    expect(snapshot.cursor).toEqual(expect.any(String));
    expect(snapshot.stats).toEqual(await currentStats());
    expect(snapshot.recentBusinesses.map((b) => b.name)).toEqual(names.slice(1).reverse());
    expect(snapshot.recentBusinesses[0]!.owner).toEqual({ id: owner.id, email: owner.email });
  });

  it('streams UserRegistered for every new user, signed up or created, with the exact figures', async () => {
    const { socket, nextEvent, snapshot } = await watchFromNow();

    const ann = await signUp(server, 'ann');
    expect(await nextEvent()).toMatchObject({
      __typename: 'UserRegistered',
      user: { id: ann.id, email: ann.email, role: 'USER', firstName: 'ann' },
      stats: plus(snapshot.stats, { totalUsers: 1 }),
    });
    const partner = await userWithRole(server, 'PARTNER');
    expect(await nextEvent()).toMatchObject({
      __typename: 'UserRegistered',
      user: { id: partner.id, email: partner.email, role: 'PARTNER' },
      stats: plus(snapshot.stats, { totalUsers: 2 }),
    });
    expect(await socket.drain('d', 300)).toEqual([]);
  });

  it('streams BusinessCreated with the business, its owner and the exact figures; the owner gets the business back', async () => {
    const owner = await signUp(server, 'founder');
    const { socket, nextEvent, snapshot } = await watchFromNow();

    const created = await createBusiness(owner, '  Bakery  ');
    expect(created).toMatchObject({ name: 'Bakery', owner: { id: owner.id, email: owner.email } });
    const event = await nextEvent();
    expect(event).toEqual({
      __typename: 'BusinessCreated',
      cursor: expect.any(String),
      at: expect.any(String),
      business: created,
      stats: plus(snapshot.stats, { totalBusinesses: 1 }),
    });
    expect(event.cursor).not.toBe(snapshot.cursor);
    expect(await currentStats()).toEqual(plus(snapshot.stats, { totalBusinesses: 1 }));
    expect(await socket.drain('d', 300)).toEqual([]);
  });

  it('keeps the figures exact under concurrent writes: each event counts exactly one more than the one before', async () => {
    const owner = await signUp(server, 'busy');
    const { socket, nextEvent, snapshot } = await watchFromNow();
    await Promise.all([
      ...Array.from({ length: 4 }, (_, i) => createBusiness(owner, `rush ${i}`)),
      signUp(server, 'rush-a'),
      signUp(server, 'rush-b'),
    ]);
    const events = [];
    for (let i = 0; i < 6; i++) events.push(await nextEvent());
    const stats = events.map((e) => (e.__typename === 'BusinessCreated' || e.__typename === 'UserRegistered' ? e.stats : null));
    const expected = [];
    let running = snapshot.stats;
    for (const event of events) {
      running = plus(running, event.__typename === 'BusinessCreated' ? { totalBusinesses: 1 } : { totalUsers: 1 });
      expected.push(running);
    }
    expect(stats).toEqual(expected);
    expect(running).toEqual(plus(snapshot.stats, { totalBusinesses: 4, totalUsers: 2 }));
    expect(await socket.drain('d', 300)).toEqual([]);
  });

  it('counts orders neither DELIVERED nor CANCELLED and uploads QUEUED or PROCESSING', async () => {
    const { nextEvent, snapshot } = await watchFromNow();
    // Rows in every status, written directly: the figures depend on status alone, not on how rows got there.
    await server.app.realtime.write(async (tx) => {
      await tx
        .insert(orders)
        .values(ORDER_STATUSES.map((status) => ({ customerId: root.id, status, description: status, priceCents: 100 })));
      await tx.insert(uploads).values(UPLOAD_STATES.map((state) => ({ ownerId: root.id, state, transactionId: state })));
    });
    const expected = plus(snapshot.stats, { activeOrders: ORDER_STATUSES.length - 2, uploadsInProgress: 2 });
    expect(await currentStats()).toEqual(expected);

    await createBusiness(root, 'counter');
    expect(await nextEvent()).toMatchObject({
      __typename: 'BusinessCreated',
      stats: { ...expected, totalBusinesses: expected.totalBusinesses + 1 },
    });
  });

  it('resumes from the last cursor with exactly the missed events, in order, then StreamReady, then live ones', async () => {
    const owner = await signUp(server, 'resumer');
    const first = await watchFromNow();
    await createBusiness(owner, 'seen');
    const seen = await first.nextEvent();
    first.socket.close();
    await first.socket.closed;

    const late = await signUp(server, 'late');
    await createBusiness(owner, 'missed 1');
    await createBusiness(late, 'missed 2');

    const resumed = await watchDashboard(root, seen.cursor!);
    const replayed = [await resumed.nextEvent(), await resumed.nextEvent(), await resumed.nextEvent()];
    expect(replayed.map(describeEvent)).toEqual([`user ${late.email}`, 'business missed 1', 'business missed 2']);
    expect(replayed.map((e) => e.__typename !== 'StreamReady' && e.stats.totalBusinesses)).toEqual([
      first.snapshot.stats.totalBusinesses + 1,
      first.snapshot.stats.totalBusinesses + 2,
      first.snapshot.stats.totalBusinesses + 3,
    ]);
    expect(await resumed.nextEvent()).toMatchObject({ __typename: 'StreamReady', cursor: replayed[2]!.cursor });

    await createBusiness(owner, 'live');
    expect(describeEvent(await resumed.nextEvent())).toBe('business live');
    expect(await resumed.socket.drain('d', 300)).toEqual([]);
  });

  it('answers a resume from the present with StreamReady at once', async () => {
    const { snapshot } = await watchFromNow();
    const again = await watchDashboard(root, snapshot.cursor!);
    expect(await again.nextEvent()).toMatchObject({ __typename: 'StreamReady', cursor: snapshot.cursor });
    expect(await again.socket.drain('d', 200)).toEqual([]);
  });

  it("refuses a cursor that is not the dashboard's with BAD_USER_INPUT, and the socket stays open", async () => {
    const socket = await TestSocket.connect(server.wsUrl, root.token);
    socket.subscribe('garbage', DashboardStream, { after: 'not-a-cursor' });
    expect(codes(await socket.next('garbage'))).toEqual(['BAD_USER_INPUT']);
    expect((await socket.message('garbage')).type).toBe('complete');

    // A cursor of another stream (the super admin's notifications) names another topic.
    socket.subscribe('notes', NotificationStream);
    const notesCursor = (await socket.data<NotificationStreamSubscription>('notes')).notifications.cursor;
    socket.subscribe('foreign', DashboardStream, { after: notesCursor });
    expect(codes(await socket.next('foreign'))).toEqual(['BAD_USER_INPUT']);

    socket.subscribe('good', DashboardStream);
    expect((await socket.data<DashboardStreamSubscription>('good')).dashboardEvents.__typename).toBe('DashboardSnapshot');
  });
});

describe('who may watch and query the dashboard', () => {
  it('lets only SUPER_ADMIN subscribe: USER and ADMIN get FORBIDDEN, anonymous UNAUTHENTICATED, and their sockets stay open', async () => {
    const refusals: [TestUser | undefined, string][] = [
      [await signUp(server, 'nosy'), 'FORBIDDEN'],
      [await userWithRole(server, 'ADMIN'), 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ];
    for (const [viewer, code] of refusals) {
      const socket = await TestSocket.connect(server.wsUrl, viewer?.token);
      socket.subscribe('d', DashboardStream);
      expect(codes(await socket.next('d'))).toEqual([code]);
      expect((await socket.message('d')).type).toBe('complete');
      socket.subscribe('again', DashboardStream);
      expect(codes(await socket.next('again'))).toEqual([code]);
    }
    const other = await userWithRole(server, 'SUPER_ADMIN', 'second-root');
    const { snapshot } = await watchFromNow(other);
    expect(snapshot.stats).toEqual(await currentStats());
  });

  it('never sends a refused viewer the events that follow', async () => {
    const nosy = await signUp(server, 'nosy');
    const socket = await TestSocket.connect(server.wsUrl, nosy.token);
    socket.subscribe('d', DashboardStream);
    expect(codes(await socket.next('d'))).toEqual(['FORBIDDEN']);
    expect((await socket.message('d')).type).toBe('complete');
    await createBusiness(nosy, 'not for nosy');
    await signUp(server, 'newcomer');
    expect(await socket.drain('d', 300)).toEqual([]);
  });

  it('answers dashboardStats to SUPER_ADMIN only', async () => {
    expect(codes(await gql(server.httpUrl, DashboardCurrentStats, {}))).toEqual(['UNAUTHENTICATED']);
    for (const viewer of [await signUp(server), await userWithRole(server, 'ADMIN'), await userWithRole(server, 'PARTNER')]) {
      expect(codes(await gql(server.httpUrl, DashboardCurrentStats, {}, viewer.token))).toEqual(['FORBIDDEN']);
    }
    expect(await currentStats()).toEqual((await watchFromNow()).snapshot.stats);
  });

  it('lists businesses newest first: all of them for a SUPER_ADMIN, their own for anyone else', async () => {
    const alice = await signUp(server, 'alice');
    const bob = await signUp(server, 'bob');
    const admin = await userWithRole(server, 'ADMIN');
    const a1 = await createBusiness(alice, 'alice one');
    const b1 = await createBusiness(bob, 'bob one');
    const a2 = await createBusiness(alice, 'alice two');

    const list = async (viewer: TestUser) => (await gqlData(server.httpUrl, DashboardBusinessList, {}, viewer.token)).businesses;
    expect(await list(alice)).toEqual([a2, a1].map(({ id, name }) => ({ id, name, owner: { id: alice.id, email: alice.email } })));
    expect((await list(bob)).map((b) => b.id)).toEqual([b1.id]);
    expect(await list(admin)).toEqual([]);
    const all = await list(root);
    expect(all.slice(0, 3).map((b) => b.id)).toEqual([a2.id, b1.id, a1.id]);
    expect(all).toHaveLength((await currentStats()).totalBusinesses);
    expect(all[1]!.owner).toEqual({ id: bob.id, email: bob.email });

    expect(codes(await gql(server.httpUrl, DashboardBusinessList, {}))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('createBusiness', () => {
  it('takes a name of 1 to 200 characters, trimmed; anything else is BAD_USER_INPUT and announces nothing', async () => {
    const owner = await signUp(server, 'namer');
    const { socket, nextEvent } = await watchFromNow();
    for (const name of ['', '   ', 'x'.repeat(201)]) {
      const result = await gql(server.httpUrl, DashboardCreateBusiness, { input: { name } }, owner.token);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.message).toBe('name must be between 1 and 200 characters long.');
    }
    expect(codes(await gql(server.httpUrl, DashboardCreateBusiness, { input: { name: 'anon' } }))).toEqual(['UNAUTHENTICATED']);
    expect(await socket.drain('d', 300)).toEqual([]);

    const longest = await createBusiness(owner, ` ${'y'.repeat(200)} `);
    expect(longest.name).toBe('y'.repeat(200));
    expect(describeEvent(await nextEvent())).toBe(`business ${longest.name}`);
  });

  it('refuses a valid token whose user no longer exists with UNAUTHENTICATED', async () => {
    const token = await new SignJWT({ role: 'USER' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(randomUUID())
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JWT_SECRET));
    expect(codes(await gql(server.httpUrl, DashboardCreateBusiness, { input: { name: 'ghost' } }, token))).toEqual(['UNAUTHENTICATED']);
  });

  it('notifies every SUPER_ADMIN on their notifications stream, and nobody else', async () => {
    const otherRoot = await userWithRole(server, 'SUPER_ADMIN', 'other-root');
    const admin = await userWithRole(server, 'ADMIN');
    const owner = await signUp(server, 'shopkeeper');
    const streams = await Promise.all(
      [root, otherRoot, admin, owner].map(async (viewer) => {
        const socket = await TestSocket.connect(server.wsUrl, viewer.token);
        socket.subscribe('n', NotificationStream);
        expect((await socket.data<NotificationStreamSubscription>('n')).notifications.__typename).toBe('UnreadCount');
        return socket;
      }),
    );

    await createBusiness(owner, 'Flower shop');
    const [rootStream, otherRootStream] = streams;
    for (const socket of [rootStream!, otherRootStream!]) {
      expect((await socket.data<NotificationStreamSubscription>('n')).notifications).toMatchObject({
        __typename: 'NotificationCreated',
        notification: { kind: 'business.created', title: 'New business', message: `${owner.email} created the business "Flower shop".` },
      });
    }
    for (const socket of streams) expect(await socket.drain('n', 300)).toEqual([]);
  });
});
