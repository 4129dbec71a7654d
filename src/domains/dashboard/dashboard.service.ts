import { desc, eq, inArray, notInArray } from 'drizzle-orm';
import { requireRole, requireViewer } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import type { Db, Tx } from '../../db/client';
import { UnauthenticatedError } from '../../errors';
import type { EventWriter } from '../../realtime/realtime';
import { checkText } from '../../validation';
import { orders, type OrderStatus } from '../orders/orders.table';
import type { ServiceDeps } from '../service-deps';
import { uploads, type UploadState } from '../uploads/uploads.table';
import { users } from '../users/users.table';
import { withoutSecret, type UserView } from '../users/users.service';
import { businesses } from './businesses.table';
import { dashboardTopic, toBusinessView, type BusinessView, type DashboardSnapshot, type DashboardStats } from './dashboard.events';

export interface NewBusiness {
  name: string;
}

/** The one dashboard topic every super admin follows. */
const DASHBOARD = dashboardTopic('all');
const NAME_MAX = 200;
/** How many of the newest businesses a DashboardSnapshot carries. */
const RECENT_BUSINESSES = 10;
const FINISHED_ORDERS: OrderStatus[] = ['DELIVERED', 'CANCELLED'];
const UPLOADS_IN_PROGRESS: UploadState[] = ['QUEUED', 'PROCESSING'];

/** The super admins' dashboard: businesses, the platform's figures and the live stream of sign-ups and new businesses. */
export class DashboardService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Any signed-in user; announced on the dashboard, and every super admin is notified. */
  async createBusiness(viewer: Viewer | null, input: NewBusiness): Promise<BusinessView> {
    const { id: ownerId } = requireViewer(viewer);
    const name = checkText(input.name, 'name', { max: NAME_MAX });
    return this.deps.realtime.write(async (tx, events) => {
      const owner = await loadOwner(tx, ownerId);
      const [row] = await tx.insert(businesses).values({ ownerId, name, createdAt: new Date() }).returning();
      const business = toBusinessView(row!, owner);
      await events.append(DASHBOARD, async () => ({ __typename: 'BusinessCreated' as const, business, stats: await readStats(tx) }));
      await this.notifySuperAdmins(tx, events, business);
      return business;
    });
  }

  /** Appends UserRegistered inside the transaction that created the user. */
  async announceUserRegistered(tx: Tx, events: EventWriter, user: UserView): Promise<void> {
    await events.append(DASHBOARD, async () => ({ __typename: 'UserRegistered' as const, user, stats: await readStats(tx) }));
  }

  /** SUPER_ADMIN only. */
  async stats(viewer: Viewer | null): Promise<DashboardStats> {
    requireRole(viewer, 'SUPER_ADMIN');
    return readStats(this.deps.db);
  }

  /** Newest first: every business for a super admin, the viewer's own for anyone else. */
  async businesses(viewer: Viewer | null): Promise<BusinessView[]> {
    const signedIn = requireViewer(viewer);
    return listBusinesses(this.deps.db, { ownerId: signedIn.role === 'SUPER_ADMIN' ? undefined : signedIn.id });
  }

  /** SUPER_ADMIN only: DashboardSnapshot first, or a replay from `after` then StreamReady. */
  subscribe(viewer: Viewer | null, after: string | null | undefined) {
    requireRole(viewer, 'SUPER_ADMIN');
    return this.deps.realtime.stream({
      topic: DASHBOARD,
      afterSeq: this.deps.realtime.resumePoint(DASHBOARD, after),
      snapshot: async (tx): Promise<DashboardSnapshot> => ({
        __typename: 'DashboardSnapshot',
        stats: await readStats(tx),
        recentBusinesses: await listBusinesses(tx, { limit: RECENT_BUSINESSES }),
      }),
    });
  }

  private async notifySuperAdmins(tx: Tx, events: EventWriter, business: BusinessView): Promise<void> {
    const superAdmins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'SUPER_ADMIN'));
    const message = `${business.owner.email} created the business "${business.name}".`;
    await this.deps.notifications.createMany(
      events,
      superAdmins.map(({ id }) => ({ userId: id, kind: 'business.created', title: 'New business', message })),
    );
  }
}

/** The platform's figures as the reader's transaction sees them. */
async function readStats(db: Db | Tx): Promise<DashboardStats> {
  return {
    totalUsers: await db.$count(users),
    totalBusinesses: await db.$count(businesses),
    activeOrders: await db.$count(orders, notInArray(orders.status, FINISHED_ORDERS)),
    uploadsInProgress: await db.$count(uploads, inArray(uploads.state, UPLOADS_IN_PROGRESS)),
  };
}

async function listBusinesses(db: Db | Tx, { ownerId, limit }: { ownerId?: string; limit?: number }): Promise<BusinessView[]> {
  const query = db
    .select({ business: businesses, owner: users })
    .from(businesses)
    .innerJoin(users, eq(users.id, businesses.ownerId))
    .where(ownerId === undefined ? undefined : eq(businesses.ownerId, ownerId))
    .orderBy(desc(businesses.createdAt), desc(businesses.id))
    .$dynamic();
  const rows = await (limit === undefined ? query : query.limit(limit));
  return rows.map((row) => toBusinessView(row.business, withoutSecret(row.owner)));
}

// A valid token may outlive its user's row (a wiped database, say); the business would have no owner.
async function loadOwner(tx: Tx, id: string): Promise<UserView> {
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  if (!row) throw new UnauthenticatedError('The signed-in user no longer exists.');
  return withoutSecret(row);
}
