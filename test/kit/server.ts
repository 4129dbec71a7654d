import { afterAll } from 'vitest';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/server/logger';
import { startServer, type Faults, type RunningServer } from '../../src/server/start';
import { createTestDatabase } from './database';
import { mode, realServices } from './mode';

export const ADMIN = { email: 'root@example.test', password: 'root-password-1' };

export interface TestServer extends RunningServer {
  /** http://host:port/graphql */
  httpUrl: string;
  /** ws://host:port/graphql */
  wsUrl: string;
}

const leftovers: (() => Promise<void>)[] = [];
let sharedDatabase: Promise<{ url: string; drop(): Promise<void> }> | undefined;

afterAll(async () => {
  // Servers first, then the database they used.
  while (leftovers.length > 0) await leftovers.pop()!();
});

/** The test file's database URL in real mode: one fresh database per file, shared by its servers. */
function databaseUrl(): Promise<string> {
  if (!sharedDatabase) {
    sharedDatabase = createTestDatabase();
    leftovers.unshift(async () => (await sharedDatabase!).drop());
  }
  return sharedDatabase.then((db) => db.url);
}

/** The services of this project's mode, as environment: the file's database and Redis in real mode, else none. */
export async function servicesEnv(): Promise<Record<string, string>> {
  return mode === 'real' ? { DATABASE_URL: await databaseUrl(), REDIS_URL: realServices.redisUrl } : {};
}

/**
 * Starts the real server on a free port: PGlite in memory and in-process
 * pub/sub in the embedded project, PostgreSQL and Redis in the real one.
 * It logs to `logger` (a test's capturedLog), or else nowhere, unless
 * TEST_LOG_LEVEL=debug. It is stopped after the file's tests.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  faults: Faults = {},
  logger = createLogger(process.env['TEST_LOG_LEVEL'] === 'debug' ? 'debug' : 'silent'),
): Promise<TestServer> {
  const config = loadConfig({
    PORT: '0',
    DATA_DIR: 'memory://',
    RATE_LIMITS: 'off',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    ...(await servicesEnv()),
    ...env,
  });
  const server = await startServer(config, logger, faults);
  leftovers.push(() => server.stop());
  return { ...server, httpUrl: `${server.url}/graphql`, wsUrl: `${server.url.replace(/^http/, 'ws')}/graphql` };
}
