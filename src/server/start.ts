import type { Config } from '../config';
import { openDatabase } from '../db/client';
import { createPubSub, type PubSub } from '../realtime/pubsub';
import { openSharedState } from '../shared-state';
import { buildApp, type App } from './app';
import type { Logger } from './logger';

export interface RunningServer {
  url: string;
  app: App;
  /** Drains the app, then closes the pub/sub and the database; once, however often it is called. */
  stop(): Promise<void>;
}

/** For tests that stand between the app and its dependencies. */
export interface Faults {
  /** What the app gets instead of the pub/sub it would: a fault put in between. */
  pubsub?: (pubsub: PubSub) => PubSub;
  /** Hears every SQL statement the app's database runs: a probe, for counting them. */
  onQuery?: (statement: string) => void;
}

/** Opens the dependencies the config names, applies migrations, and starts the app on config.port. */
export async function startServer(config: Config, logger: Logger, faults: Faults = {}): Promise<RunningServer> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, onQuery: faults.onQuery });
  await database.migrate();
  const onRedisError = (error: Error) => logger.warn({ err: error }, 'redis connection problem');
  const pubsub = createPubSub(config.redis, onRedisError);
  const appPubsub = faults.pubsub?.(pubsub) ?? pubsub;
  const sharedState = config.redis ? openSharedState(config.redis, onRedisError) : undefined;
  const app = buildApp({ config, database, pubsub: appPubsub, sharedState, logger });
  if (config.bootstrapAdmin) {
    const outcome = await app.services.users.ensureBootstrapAdmin(config.bootstrapAdmin.email, config.bootstrapAdmin.password);
    logger.info({ email: config.bootstrapAdmin.email, outcome }, 'bootstrap super admin');
  }
  const url = await app.start(config.port, config.host);
  logger.info({ url: `${url}/graphql`, database: database.kind, pubsub: pubsub.kind }, 'listening');
  let stopped: Promise<void> | undefined;
  return {
    url,
    app,
    stop() {
      stopped ??= (async () => {
        await app.stop();
        // QUIT lets the sockets' last releases reach Redis; a connection that cannot send it is dropped.
        await sharedState?.quit().catch(() => sharedState.disconnect());
        await pubsub.close();
        await database.close();
      })();
      return stopped;
    },
  };
}
