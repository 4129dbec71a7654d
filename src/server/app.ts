import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { RateLimiter } from '../auth/rate-limits';
import { Sessions } from '../auth/sessions';
import { TokenService } from '../auth/tokens';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { createServices, type Services } from '../domains/services';
import { UserTokenVersions } from '../domains/users/token-versions';
import type { PubSub } from '../realtime/pubsub';
import { NamespacedPubSub } from '../realtime/namespaced-pubsub';
import { Realtime } from '../realtime/realtime';
import type { RedisClient } from '../redis';
import { maintainEventLog, type EventLogMaintenance } from '../realtime/retention';
import { sharedStateNamespace } from '../shared-state';
import { LocalCaps, RedisCaps } from './caps';
import { Expiries } from './expiries';
import { checkHealth } from './health';
import type { Logger } from './logger';
import { Metrics } from './metrics';
import { serveGraphqlWs } from './ws';
import { createYogaServer } from './yoga';

/** What an app is built from; main.ts (or a test) opens them and closes them. */
export interface AppDeps {
  config: Config;
  database: Database;
  pubsub: PubSub;
  /** Where caps and rate limits are shared with the other instances (see openSharedState); without it they hold in this process. */
  sharedState?: RedisClient;
  logger: Logger;
}

export interface App {
  readonly services: Services;
  /** The real-time core the services write through. */
  readonly realtime: Realtime;
  /** Listens on the port (0 picks a free one); resolves with the base URL. */
  start(port: number, host: string): Promise<string>;
  /** Stops accepting, closes every socket with 1001 and ends open requests. Closes only what the app opened. */
  stop(): Promise<void>;
}

// Requests still open this long after stop() (SSE streams, say) are cut.
const DRAIN_MS = 2_000;
// Connections the kernel queues before the server accepts them. Node's 511 overflows when an
// instance dies and its thousands of clients come back to this one together: the kernel drops
// the rest, and each waits seconds for its SYN to be resent. Linux caps it at net.core.somaxconn.
const LISTEN_BACKLOG = 65_535;

export function buildApp({ config, database, pubsub, sharedState, logger }: AppDeps): App {
  const metrics = new Metrics();
  const namespace = sharedStateNamespace(config.databaseUrl);
  // In-process, the process is the deployment.
  const channels = pubsub.kind === 'redis' ? new NamespacedPubSub(pubsub, namespace) : pubsub;
  const realtime = new Realtime(database.db, channels, metrics.realtimeHooks(logger), config.subscriptionBuffer);
  const tokens = new TokenService(config.jwt.secret, config.jwt.ttlSeconds);
  const sessions = new Sessions(new UserTokenVersions(database.db), realtime);
  const limiter = new RateLimiter(config.rateLimits, sharedState && { redis: sharedState, namespace });
  const caps = sharedState
    ? new RedisCaps(sharedState, namespace, (error) => logger.warn({ err: error }, 'renewing caps failed'))
    : new LocalCaps();
  const expiries = new Expiries();
  const services = createServices({ db: database.db, realtime, tokens, sessions, limiter, config, logger });
  const yoga = createYogaServer({ config, services, tokens, sessions, caps, expiries, logger, metrics });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url?.split('?')[0];
    if (path === '/health') {
      const report = await checkHealth(database, pubsub);
      res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(report));
    } else if (path === '/metrics') {
      res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(await metrics.registry.metrics());
    } else {
      await yoga.requestListener(req, res);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: config.maxBodyBytes });
  const graphqlWs = serveGraphqlWs({
    wss,
    yoga,
    tokens,
    sessions,
    caps,
    expiries,
    metrics,
    logger,
    limits: config,
    trustProxy: config.trustProxy,
  });
  let eventLog: EventLogMaintenance | undefined;

  return {
    services,
    realtime,
    async start(port, host) {
      const onError = (error: unknown) => logger.warn({ err: error }, "keeping the event log's partitions failed");
      eventLog = maintainEventLog(database.db, config.eventRetentionMs, onError);
      // The present's partition exists before the first write (the default partition would take it otherwise).
      await eventLog.run().catch(onError);
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
          const { port: bound } = server.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
        });
      });
    },
    async stop() {
      eventLog?.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // graphql-ws closes each socket with 1001 Going Away.
      await graphqlWs.dispose();
      const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      await closed;
      clearTimeout(cut);
      caps.stop();
      realtime.stop();
      await services.stop();
    },
  };
}
