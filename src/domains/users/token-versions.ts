import { eq, sql } from 'drizzle-orm';
import type { TokenVersions } from '../../auth/sessions';
import type { Db } from '../../db/client';
import { users } from './users.table';

/** The token versions Sessions checks and revokes, kept in each user's row. */
export class UserTokenVersions implements TokenVersions {
  // Prepared once: PostgreSQL parses and plans it once per connection, whatever the batch's size.
  private readonly versionsOf;

  constructor(private readonly db: Db) {
    this.versionsOf = db
      .select({ id: users.id, version: users.tokenVersion })
      .from(users)
      .where(sql`${users.id} = any(${sql.placeholder('ids')}::uuid[])`)
      .prepare('session_versions');
  }

  async read(userIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
    const rows = await this.versionsOf.execute({ ids: userIds });
    return new Map(rows.map((row) => [row.id, row.version]));
  }

  async increment(userId: string): Promise<boolean> {
    const [user] = await this.db
      .update(users)
      .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    return user !== undefined;
  }
}
