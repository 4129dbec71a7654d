import { mkdirSync } from 'node:fs';
import { sql, type ExtractTablesWithRelations, type Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { MIGRATIONS_FOLDER } from '../migrations';
import * as schema from './schema';

export type Schema = typeof schema;
/** The typed database, the same type whether PostgreSQL or PGlite is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction of Db: what services write through. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  readonly db: Db;
  /** `postgres` or `pglite`, for logs and the benchmark's output. */
  readonly kind: 'postgres' | 'pglite';
  /** Applies pending migrations; safe when several processes start together. */
  migrate(): Promise<void>;
  /** Resolves when the database answers a query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// Any fixed number: every instance of this app takes the same lock while migrating.
const MIGRATION_LOCK = 727_101;

export interface DatabaseOptions {
  /** `postgres://…`; without it, embedded PGlite. */
  url?: string;
  /** PGlite's directory; `memory://` keeps nothing on disk. */
  dataDir: string;
  /** Hears every SQL statement the app's queries send, as sent (for tests that count them). */
  onQuery?: (statement: string) => void;
}

/**
 * Opens PostgreSQL when a URL is given, else PGlite under dataDir. Each
 * loads its own driver only: a server on PostgreSQL does not hold PGlite's
 * code in memory, nor the embedded one pg's.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const logger = options.onQuery && { logQuery: options.onQuery };
  return options.url ? openPostgres(options.url, logger) : openPglite(options.dataDir, logger);
}

async function openPostgres(url: string, logger: Logger | undefined): Promise<Database> {
  const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  // Connections are kept once opened (at most `max`): by default pg closes
  // those idle for 10 s, and the first burst after a quiet spell then waits
  // for new connections, each a new PostgreSQL backend with cold caches.
  const pool = new pg.Pool({ connectionString: url, max: 10, idleTimeoutMillis: 0 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db: Db = drizzlePg(pool, { schema, logger });
  return {
    db,
    kind: 'postgres',
    async migrate() {
      // The advisory lock is per session, so lock and migrate on one client.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        try {
          await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
        }
      } finally {
        client.release();
      }
    },
    ping: () => pingDb(db),
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string, logger: Logger | undefined): Promise<Database> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client, { schema, logger });
  return {
    db,
    kind: 'pglite',
    // PGlite belongs to this one process: nobody else can be migrating it.
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: () => pingDb(db),
    close: () => client.close(),
  };
}

async function pingDb(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
