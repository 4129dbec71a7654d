import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { serverInstances } from '../../realtime/instances.table';
import { conversationWatchers } from './conversations.table';

/** How often this instance says it is alive. */
const HEARTBEAT_MS = 10_000;
/** A watcher counts only while its instance was seen this recently: three missed heartbeats and it is presumed dead. */
const ALIVE_WITHIN = sql`interval '30 seconds'`;

/**
 * Who is subscribed to which conversation, across every server instance:
 * one row per (instance, conversation, user) counting that user's open
 * subscriptions there. The rows of an instance that stops beating stop
 * counting, so a crashed instance cannot make users look present forever.
 * Times come from the database clock, the one clock every instance shares.
 */
export class ConversationPresence {
  private heartbeat: NodeJS.Timeout | undefined;
  private registered = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly instanceId: string,
    private readonly onHeartbeatError: (error: unknown) => void,
  ) {}

  /** Counts one more subscription of the user to the conversation on this instance. */
  async watch(conversationId: string, userId: string): Promise<void> {
    await this.register();
    await this.db
      .insert(conversationWatchers)
      .values({ instanceId: this.instanceId, conversationId, userId, subscriptions: 1 })
      .onConflictDoUpdate({
        target: [conversationWatchers.instanceId, conversationWatchers.conversationId, conversationWatchers.userId],
        set: { subscriptions: sql`${conversationWatchers.subscriptions} + 1` },
      });
  }

  /** Counts one subscription less; the row goes with the last one. */
  async unwatch(conversationId: string, userId: string): Promise<void> {
    // After stop() this instance's rows are gone already, and the database may be too.
    if (this.stopped) return;
    // A failure here is logged by the stream; a lost decrement only keeps the
    // user counted as watching until this instance stops.
    const row = this.rowOf(conversationId, userId);
    await this.db
      .update(conversationWatchers)
      .set({ subscriptions: sql`${conversationWatchers.subscriptions} - 1` })
      .where(row);
    await this.db.delete(conversationWatchers).where(and(row, lte(conversationWatchers.subscriptions, 0)));
  }

  /** The users subscribed to the conversation on some live instance. */
  async watchers(db: Db | Tx, conversationId: string): Promise<Set<string>> {
    const rows = await db
      .selectDistinct({ userId: conversationWatchers.userId })
      .from(conversationWatchers)
      .innerJoin(serverInstances, eq(serverInstances.id, conversationWatchers.instanceId))
      .where(
        and(
          eq(conversationWatchers.conversationId, conversationId),
          gt(conversationWatchers.subscriptions, 0),
          gt(serverInstances.seenAt, sql`now() - ${ALIVE_WITHIN}`),
        ),
      );
    return new Set(rows.map((row) => row.userId));
  }

  /** Ends the heartbeat and removes this instance's rows: its subscriptions are over. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.heartbeat);
    if (!this.registered) return;
    await this.db.delete(conversationWatchers).where(eq(conversationWatchers.instanceId, this.instanceId));
    await this.db.delete(serverInstances).where(eq(serverInstances.id, this.instanceId));
  }

  // Started by the first subscription, so an instance that serves no conversation does no I/O for it.
  private async register(): Promise<void> {
    if (this.registered) return;
    this.heartbeat ??= setInterval(() => {
      // A missed beat is made up by the next; only three in a row make this instance's rows stop counting.
      this.beat().catch(this.onHeartbeatError);
    }, HEARTBEAT_MS).unref();
    await this.beat();
    this.registered = true;
  }

  private async beat(): Promise<void> {
    await this.db
      .insert(serverInstances)
      .values({ id: this.instanceId, seenAt: sql`now()` })
      .onConflictDoUpdate({ target: serverInstances.id, set: { seenAt: sql`now()` } });
  }

  private rowOf(conversationId: string, userId: string) {
    return and(
      eq(conversationWatchers.instanceId, this.instanceId),
      eq(conversationWatchers.conversationId, conversationId),
      eq(conversationWatchers.userId, userId),
    );
  }
}
