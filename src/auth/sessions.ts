import { eq, sql } from 'drizzle-orm';
import { Batcher, type Outcome } from '../db/batcher';
import type { Db } from '../db/client';
import { users } from '../domains/users/users.table';
import type { Realtime } from '../realtime/realtime';
import { topics } from '../realtime/topics';
import type { Viewer } from './viewer';

const VERSION_BATCH_MAX = 500;
const VERSION_BATCHES_AT_ONCE = 4;

/** Published on a user's sessions topic when their tokens were revoked. */
export interface SessionsRevoked {
  __typename: 'SessionsRevoked';
}

/**
 * Which tokens still count. A token carries its user's token version; revoking
 * increments it, so every token issued before fails at once on every instance
 * (the check reads the database), and open sockets hear it on the sessions topic.
 */
export class Sessions {
  // Every request checks its token; the checks waiting together share one query.
  private readonly versions = new Batcher((userIds: string[]) => this.readVersions(userIds), {
    maxSize: VERSION_BATCH_MAX,
    concurrency: VERSION_BATCHES_AT_ONCE,
  });

  // Prepared once: PostgreSQL parses and plans it once per connection, whatever the batch's size.
  private readonly versionsOf;

  constructor(
    private readonly db: Db,
    private readonly realtime: Realtime,
  ) {
    this.versionsOf = db
      .select({ id: users.id, version: users.tokenVersion })
      .from(users)
      .where(sql`${users.id} = any(${sql.placeholder('ids')}::uuid[])`)
      .prepare('session_versions');
  }

  /** True while the viewer's token was issued under the user's current token version (and the user exists). */
  async isCurrent(viewer: Viewer): Promise<boolean> {
    return (await this.versions.submit(viewer.id)) === viewer.tokenVersion;
  }

  /** Makes every token of the user issued so far fail; false when there is no such user. */
  async revoke(userId: string): Promise<boolean> {
    const [user] = await this.db
      .update(users)
      .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!user) return false;
    this.realtime.publishEphemeral(topics.sessions(userId), { __typename: 'SessionsRevoked' });
    return true;
  }

  private async readVersions(userIds: string[]): Promise<Outcome<number | null>[]> {
    const rows = await this.versionsOf.execute({ ids: [...new Set(userIds)] });
    const versionOf = new Map(rows.map((row) => [row.id, row.version]));
    return userIds.map((id) => ({ ok: true, value: versionOf.get(id) ?? null }));
  }

  /** Calls onRevoked when the user's sessions are revoked, on any instance. */
  watch(userId: string, onRevoked: () => void): Promise<() => void> {
    return this.realtime.watch(topics.sessions(userId), onRevoked);
  }
}
