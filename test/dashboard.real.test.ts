import { describe, expect, it } from 'vitest';
import { DashboardStream, NotificationStream } from './kit/documents';
import { signUp, superAdmin } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { DashboardStreamSubscription, NotificationStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Two server instances sharing one PostgreSQL database and one Redis.

const DashboardCrossInstanceCreate = graphql(`
  mutation DashboardCrossInstanceCreate($input: CreateBusinessInput!) {
    createBusiness(input: $input) {
      id
    }
  }
`);

const [a, b] = await Promise.all([startTestServer(), startTestServer()]);

describe('the dashboard across instances', () => {
  it('delivers a sign-up and a business created on one instance, and the notification, to a super admin on another', async () => {
    const root = await superAdmin(b);
    const socket = await TestSocket.connect(b.wsUrl, root.token);
    socket.subscribe('d', DashboardStream);
    socket.subscribe('n', NotificationStream);
    const nextEvent = async () => (await socket.data<DashboardStreamSubscription>('d')).dashboardEvents;
    const nextNotification = async () => (await socket.data<NotificationStreamSubscription>('n')).notifications;
    const snapshot = await nextEvent();
    if (snapshot.__typename !== 'DashboardSnapshot') throw new Error(`expected DashboardSnapshot, got ${snapshot.__typename}`);
    expect(await nextNotification()).toMatchObject({ __typename: 'UnreadCount' });

    const owner = await signUp(a, 'remote-owner');
    expect(await nextEvent()).toMatchObject({
      __typename: 'UserRegistered',
      user: { id: owner.id },
      stats: { totalUsers: snapshot.stats.totalUsers + 1, totalBusinesses: snapshot.stats.totalBusinesses },
    });

    const { createBusiness } = await gqlData(a.httpUrl, DashboardCrossInstanceCreate, { input: { name: 'Remote café' } }, owner.token);
    expect(await nextEvent()).toMatchObject({
      __typename: 'BusinessCreated',
      business: { id: createBusiness.id, name: 'Remote café' },
      stats: { totalUsers: snapshot.stats.totalUsers + 1, totalBusinesses: snapshot.stats.totalBusinesses + 1 },
    });
    expect(await nextNotification()).toEqual({
      __typename: 'NotificationCreated',
      cursor: expect.any(String),
      at: expect.any(String),
      unreadCount: expect.any(Number),
      notification: {
        id: expect.any(String),
        kind: 'business.created',
        title: 'New business',
        message: `${owner.email} created the business "Remote café".`,
        readAt: null,
        createdAt: expect.any(String),
      },
    });
    expect(await socket.drain('d', 300)).toEqual([]);
    expect(await socket.drain('n', 0)).toEqual([]);
  });
});
