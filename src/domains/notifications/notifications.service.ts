import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { ADMINS, requireRole, requireViewer } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { Batcher, type Outcome } from '../../db/batcher';
import type { Db, Tx } from '../../db/client';
import { jsonRows } from '../../db/json-rows';
import { decodePageCursor, encodePageCursor, type PagePosition } from '../../db/page-cursor';
import { NotFoundError } from '../../errors';
import type { Envelope } from '../../realtime/envelope';
import { AppendStatement, type Append } from '../../realtime/event-log';
import type { EventWriter, Realtime } from '../../realtime/realtime';
import { KeyedSnapshot } from '../../realtime/stream-starts';
import { checkId, checkInt, checkText } from '../../validation';
import { users } from '../users/users.table';
import {
  notificationsTopic,
  toNotificationView,
  type NotificationCreated,
  type NotificationView,
  type UnreadCount,
} from './notifications.events';
import { notifications, unreadCounts } from './notifications.table';

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  message: string;
}

export interface NotificationPage {
  edges: { cursor: string; node: NotificationView }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const PAGE_MAX = 100;
const SEND_BATCH_MAX = 200;
// One at a time: a burst waits for the running batch, then goes in whole.
// Measured (npm run bench): more sends per second and less CPU than two.
const SEND_BATCHES_AT_ONCE = 1;

/** A user's notifications: pages, unread counts, sending, reading and the live stream. */
export class NotificationsService {
  private readonly sends = new Batcher((inputs: NewNotification[]) => this.sendTogether(inputs), {
    maxSize: SEND_BATCH_MAX,
    concurrency: SEND_BATCHES_AT_ONCE,
    // One user's events of a batch would need several turns of their topic's head.
    distinctBy: (input) => input.userId,
  });

  constructor(
    private readonly db: Db,
    private readonly realtime: Realtime,
  ) {}

  async list(viewer: Viewer | null, args: { first: number; after?: string | null; unreadOnly: boolean }): Promise<NotificationPage> {
    const { id: userId } = requireViewer(viewer);
    const first = checkInt(args.first, 'first', 1, PAGE_MAX);
    const filter = and(eq(notifications.userId, userId), args.unreadOnly ? isNull(notifications.readAt) : undefined);
    const position = args.after == null ? undefined : olderThan(decodePageCursor(args.after, 'after'));
    const [rows, [total]] = await Promise.all([
      this.db
        .select()
        .from(notifications)
        .where(and(filter, position))
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(first + 1),
      this.db.select({ n: count() }).from(notifications).where(filter),
    ]);
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodePageCursor(row), node: toNotificationView(row) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: args.after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: total!.n,
    };
  }

  async unreadCount(viewer: Viewer | null): Promise<number> {
    return countUnread(this.db, requireViewer(viewer).id);
  }

  /**
   * ADMIN or SUPER_ADMIN: a notification to any user. Sends that arrive
   * together are written by one statement (see Batcher), each still its
   * own event with its own unread count; a missing user fails only its call.
   */
  async send(viewer: Viewer | null, input: NewNotification): Promise<NotificationView> {
    requireRole(viewer, ...ADMINS);
    // Checked before it joins a batch, where bad input would fail the others too.
    return this.sends.submit(checkNotification({ ...input, userId: checkId(input.userId, 'userId') }));
  }

  // The inputs were checked by send().
  private async sendTogether(inputs: NewNotification[]): Promise<Outcome<NotificationView>[]> {
    const created = createdViews(await this.realtime.writeStatement(creationOf(inputs)));
    return created.map(
      (view): Outcome<NotificationView> => (view ? { ok: true, value: view } : { ok: false, error: new NotFoundError('User') }),
    );
  }

  /** Stores a notification and its event in the caller's transaction: how other domains notify users. */
  async create(events: EventWriter, input: NewNotification): Promise<NotificationView> {
    const notification = (await this.createMany(events, [input])).get(input.userId);
    if (!notification) throw new NotFoundError('User');
    return notification;
  }

  /**
   * create for many users at once, at most one notification each, in one
   * statement whatever their number (a message to a large conversation, say).
   * Returns the notifications by user id; users that do not exist get none.
   */
  async createMany(events: EventWriter, inputs: NewNotification[]): Promise<Map<string, NotificationView>> {
    if (inputs.length === 0) return new Map();
    const created = createdViews(await events.appendFrom(creationOf(inputs.map(checkNotification))));
    const byUser = new Map<string, NotificationView>();
    inputs.forEach((input, i) => {
      if (created[i]) byUser.set(input.userId, created[i]);
    });
    return byUser;
  }

  /** Marks one of the viewer's notifications read; NOT_FOUND for anyone else's. */
  async markRead(viewer: Viewer | null, id: string): Promise<NotificationView> {
    const { id: userId } = requireViewer(viewer);
    const mine = and(eq(notifications.id, checkId(id, 'id')), eq(notifications.userId, userId));
    return this.realtime.write(async (tx, events) => {
      const [updated] = await tx
        .update(notifications)
        .set({ readAt: new Date() })
        .where(and(mine, isNull(notifications.readAt)))
        .returning();
      if (updated) {
        await this.announceRead(tx, events, userId, [updated.id]);
        return toNotificationView(updated);
      }
      const [existing] = await tx.select().from(notifications).where(mine);
      if (!existing) throw new NotFoundError('Notification');
      return toNotificationView(existing);
    });
  }

  /** Marks every unread notification of the viewer read; returns how many. */
  async markAllRead(viewer: Viewer | null): Promise<number> {
    const { id: userId } = requireViewer(viewer);
    return this.realtime.write(async (tx, events) => {
      const updated = await tx
        .update(notifications)
        .set({ readAt: new Date() })
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      if (updated.length > 0)
        await this.announceRead(
          tx,
          events,
          userId,
          updated.map((row) => row.id),
        );
      return updated.length;
    });
  }

  /** The viewer's stream: UnreadCount first, or a replay from `after` then StreamReady. */
  subscribe(viewer: Viewer | null, after: string | null | undefined) {
    const { id: userId } = requireViewer(viewer);
    const topic = notificationsTopic(userId);
    return this.realtime.stream({
      topic,
      afterSeq: this.realtime.resumePoint(topic, after),
      snapshot: unreadSnapshots.of(userId),
    });
  }

  private async announceRead(tx: Tx, events: EventWriter, userId: string, ids: string[]): Promise<void> {
    // The count before the topic's turn, the order every writer of this topic keeps (see unreadCounts).
    const [count] = await tx
      .update(unreadCounts)
      .set({ unread: sql`${unreadCounts.unread} - ${ids.length}` })
      .where(eq(unreadCounts.userId, userId))
      .returning({ unread: unreadCounts.unread });
    await events.append(notificationsTopic(userId), () => ({
      __typename: 'NotificationsRead' as const,
      ids,
      unreadCount: count!.unread,
    }));
  }
}

/** Each subscriber's unread count, read for all the subscribers starting together at once. */
const unreadSnapshots = new KeyedSnapshot(async (tx, userIds: string[]): Promise<UnreadCount[]> => {
  const rows = await tx
    .select({ userId: unreadCounts.userId, unread: unreadCounts.unread })
    .from(unreadCounts)
    .where(inArray(unreadCounts.userId, [...new Set(userIds)]));
  const unreadOf = new Map(rows.map((row) => [row.userId, row.unread]));
  return userIds.map((userId) => ({ __typename: 'UnreadCount', unreadCount: unreadOf.get(userId) ?? 0 }));
});

async function countUnread(db: Db | Tx, userId: string): Promise<number> {
  const [count] = await db.select({ unread: unreadCounts.unread }).from(unreadCounts).where(eq(unreadCounts.userId, userId));
  return count?.unread ?? 0;
}

/**
 * The statement that stores a notification for each checked input whose user
 * exists, adds it to the user's unread count, and appends its NotificationCreated
 * event carrying the new count. The event is written here, whole but for
 * that count, and the row is read out of it, so the two cannot differ.
 */
const NOTIFICATIONS_CREATED = new AppendStatement('notifications_created', {
  prelude: sql`
    input as (select * from ${jsonRows('input', '"userId" uuid, topic text, event jsonb')}),
    created as (
      insert into ${notifications} (id, user_id, kind, title, message, created_at)
      select n.id, r."userId", n.kind, n.title, n.message, n."createdAt"
      from input r
      cross join jsonb_to_record(r.event -> 'notification') as n(id uuid, kind text, title text, message text, "createdAt" timestamptz)
      -- A subquery per row, not a join: the planner, which cannot tell how many rows the input holds, joined by
      -- reading the whole users table for every batch; this looks each user up by key.
      where (select true from ${users} where ${users.id} = r."userId")
      returning user_id
    ),
    counted as (
      insert into ${unreadCounts} (user_id, unread)
      select user_id, 1 from created order by user_id
      on conflict (user_id) do update set unread = ${unreadCounts}.unread + 1
      returning user_id, unread
    )`,
  source: sql`
    select r.topic, jsonb_set(r.event, '{unreadCount}', to_jsonb(c.unread))
    from input r join counted c on c.user_id = r."userId"`,
});

/** NOTIFICATIONS_CREATED for these checked inputs. */
function creationOf(inputs: NewNotification[]): Append {
  const createdAt = new Date().toISOString();
  const userTopics = inputs.map(({ userId }) => notificationsTopic(userId));
  const input = inputs.map(({ userId, kind, title, message }, i) => {
    const notification: NotificationView = { id: randomUUID(), kind, title, message, readAt: null, createdAt };
    const event: NotificationCreated = { __typename: 'NotificationCreated', notification, unreadCount: 0 };
    return { userId, topic: userTopics[i]!.key, event };
  });
  return { statement: NOTIFICATIONS_CREATED, topics: userTopics, values: { input: JSON.stringify(input) } };
}

/** The notifications a creationOf(inputs) stored, in the order of inputs; undefined where the user does not exist. */
function createdViews(appended: (Envelope | undefined)[]): (NotificationView | undefined)[] {
  return appended.map((envelope) => (envelope?.event as NotificationCreated | undefined)?.notification);
}

/** The notification with its texts checked against the limits of the contract. */
function checkNotification(input: NewNotification): NewNotification {
  return {
    userId: input.userId,
    kind: checkText(input.kind, 'kind', { max: 64 }),
    title: checkText(input.title, 'title', { max: 200 }),
    message: checkText(input.message, 'message', { max: 4000 }),
  };
}

function olderThan(position: PagePosition): SQL {
  return sql`(${notifications.createdAt}, ${notifications.id}) < (${position.createdAt}, ${position.id})`;
}
