import { builder } from '../../graphql/builder';
import { eventType, eventUnion, streamed, StreamReadyType } from '../../graphql/realtime';
import { User } from '../users/users.graphql';
import type { BusinessCreated, BusinessView, DashboardSnapshot, DashboardStats, UserRegistered } from './dashboard.events';

const Business = builder.objectRef<BusinessView>('Business').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    owner: t.field({ type: User, resolve: (business) => business.owner }),
    createdAt: t.field({ type: 'DateTime', resolve: (business) => business.createdAt }),
  }),
});

const CreateBusinessInput = builder.inputType('CreateBusinessInput', {
  fields: (t) => ({ name: t.string({ required: true }) }),
});

const DashboardStatsType = builder.objectRef<DashboardStats>('DashboardStats').implement({
  fields: (t) => ({
    totalUsers: t.exposeInt('totalUsers'),
    totalBusinesses: t.exposeInt('totalBusinesses'),
    activeOrders: t.exposeInt('activeOrders', { description: 'Orders neither DELIVERED nor CANCELLED.' }),
    uploadsInProgress: t.exposeInt('uploadsInProgress', { description: 'Uploads QUEUED or PROCESSING.' }),
  }),
});

const DashboardSnapshotType = eventType<DashboardSnapshot>('DashboardSnapshot', 'Current figures, sent first on subscribe.');
builder.objectFields(DashboardSnapshotType, (t) => ({
  stats: t.field({ type: DashboardStatsType, resolve: (event) => event.stats }),
  recentBusinesses: t.field({ type: [Business], resolve: (event) => event.recentBusinesses }),
}));

const BusinessCreatedType = eventType<BusinessCreated>('BusinessCreated');
builder.objectFields(BusinessCreatedType, (t) => ({
  business: t.field({ type: Business, resolve: (event) => event.business }),
  stats: t.field({ type: DashboardStatsType, resolve: (event) => event.stats }),
}));

const UserRegisteredType = eventType<UserRegistered>('UserRegistered');
builder.objectFields(UserRegisteredType, (t) => ({
  user: t.field({ type: User, resolve: (event) => event.user }),
  stats: t.field({ type: DashboardStatsType, resolve: (event) => event.stats }),
}));

const DashboardEvent = eventUnion('DashboardEvent', [DashboardSnapshotType, BusinessCreatedType, UserRegisteredType, StreamReadyType]);

builder.queryFields((t) => ({
  dashboardStats: t.field({
    type: DashboardStatsType,
    description: 'SUPER_ADMIN only.',
    resolve: (_, __, ctx) => ctx.services.dashboard.stats(ctx.viewer),
  }),
  businesses: t.field({
    type: [Business],
    description: 'SUPER_ADMIN: all businesses; anyone else: their own.',
    resolve: (_, __, ctx) => ctx.services.dashboard.businesses(ctx.viewer),
  }),
}));

builder.mutationFields((t) => ({
  createBusiness: t.field({
    type: Business,
    description: 'Any signed-in user; super admins see it on dashboardEvents and get a notification.',
    args: { input: t.arg({ type: CreateBusinessInput, required: true }) },
    resolve: (_, { input }, ctx) => ctx.services.dashboard.createBusiness(ctx.viewer, input),
  }),
}));

builder.subscriptionFields((t) => ({
  dashboardEvents: t.field({
    type: DashboardEvent,
    description: 'SUPER_ADMIN only.',
    args: { after: t.arg.string() },
    subscribe: (_, { after }, ctx) => ctx.services.dashboard.subscribe(ctx.viewer, after),
    resolve: streamed,
  }),
}));
