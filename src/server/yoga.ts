import type { IncomingMessage } from 'node:http';
import { GraphQLError, locatedError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { ConnectionControl } from '../auth/connection';
import type { Sessions } from '../auth/sessions';
import type { TokenService } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import type { Config } from '../config';
import type { Services } from '../domains/services';
import { UnauthenticatedError } from '../errors';
import { unavailable } from '../unavailable';
import type { Context } from '../graphql/context';
import { schema } from '../graphql';
import { authenticate } from './authenticate';
import { clientAddress } from './client-address';
import { useCsrfPrevention } from './csrf-prevention';
import { useRequestBodyLimit } from './body-limit';
import type { Caps } from './caps';
import type { Expiries } from './expiries';
import { useHttpSubscriptionSessions } from './http-subscriptions';
import { useRequestErrorCodes } from './error-codes';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { useNulFreeArguments } from './nul-free-arguments';
import { queryLimits } from './query-limits';
import { schemaDisclosure } from './schema-disclosure';
import { useSharedEventExecution } from './shared-execution';
import { loadWebApp, useWebApp } from './web-app';

/** What graphql-ws passes in for WebSocket operations, whose viewer and address were settled when the socket opened. */
export interface SocketContext {
  viewer: Viewer | null;
  connection: ConnectionControl;
  address: string;
}

/** What the Node adapter (HTTP) or graphql-ws (WebSocket) hands yoga with each operation. */
type ServerContext = Partial<SocketContext> & { req?: IncomingMessage };

export type Yoga = YogaServerInstance<ServerContext, Context>;

const EXAMPLE_QUERY = `# Sign in with the login mutation, put the token in the Headers tab as
# {"Authorization": "Bearer <token>"}, then subscribe:
subscription {
  notifications {
    __typename
    ... on UnreadCount { unreadCount cursor }
    ... on NotificationCreated { notification { title message } unreadCount cursor }
  }
}
`;

/** GraphQL over HTTP and SSE, GraphiQL, and the envelop pipeline graphql-ws shares. */
export function createYogaServer(deps: {
  config: Config;
  services: Services;
  tokens: TokenService;
  sessions: Sessions;
  caps: Caps;
  expiries: Expiries;
  logger: Logger;
  metrics: Metrics;
}): Yoga {
  const { sessions, caps, expiries } = deps;
  const webApp = loadWebApp(deps.config.webDir);
  if (!webApp) deps.logger.warn({ webDir: deps.config.webDir }, 'the web app is not built (npm run build:web): / answers 404');
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Enforced by useRequestBodyLimit instead, at a fraction of the cost.
    maxRequestBodySize: false,
    maskedErrors: { isDev: false, maskError: maskUnlessUnavailable },
    logging: deps.logger,
    plugins: [
      // First: a page or a script of the app is answered before any GraphQL handling.
      ...(webApp ? [useWebApp(webApp, '/graphql')] : []),
      useCsrfPrevention(),
      useRequestBodyLimit(deps.config.maxBodyBytes),
      ...queryLimits(),
      ...schemaDisclosure(deps.config),
      useNulFreeArguments(),
      useRequestErrorCodes(),
      deps.metrics.subscriptionsPlugin(),
      useSharedEventExecution(),
      // After useSharedEventExecution, whose subscribe function it wraps.
      useHttpSubscriptionSessions({ sessions, caps, expiries, maxPerUser: deps.config.maxSseStreamsPerUser }),
    ],
    // GraphiQL bundled from the npm registry, so it works without reaching a CDN. Its bundle is
    // about 30 MB of heap once imported (the module's text and the page it renders), so it is
    // imported when a browser first asks for it, not by every instance at start.
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    // POST for every operation (subscriptions would be GETs), so GraphiQL needs no CSRF header.
    graphiql: deps.config.graphiql && { subscriptionsProtocol: 'SSE', method: 'POST', defaultQuery: EXAMPLE_QUERY, title: 'Real-time API' },
    context: async ({ request, req, viewer, connection, address }) => {
      if (connection) return { viewer: viewer ?? null, connection, address: address ?? 'unknown', services: deps.services };
      // A client sends the same token with every request: remembered.
      const auth = await authenticate(deps.tokens, deps.sessions, request.headers.get('authorization') ?? undefined, true);
      if (!auth.ok) throw new UnauthenticatedError('The bearer token is invalid, expired or revoked.');
      return {
        viewer: auth.viewer,
        connection: null,
        address: req ? clientAddress(req, deps.config.trustProxy) : 'unknown',
        services: deps.services,
      };
    },
  });
}

/** yoga's masking, except that a service being away is said as UNAVAILABLE (where the error arose, when it has a path). */
function maskUnlessUnavailable(error: unknown, message: string, isDev?: boolean): Error {
  const unavailableError = unavailable(error);
  if (!unavailableError) return maskError(error, message, isDev);
  return error instanceof GraphQLError ? locatedError(unavailableError, error.nodes, error.path) : unavailableError;
}
