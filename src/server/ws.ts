import { CloseCode, type Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { getOperationAST, GraphQLError, type ExecutionArgs, type execute, type subscribe } from 'graphql';
import type { WebSocket, WebSocketServer } from 'ws';
import type { TokenService } from '../auth/tokens';
import type { Sessions } from '../auth/sessions';
import { RateLimitedError } from '../errors';
import { authenticate } from './authenticate';
import { formatForSocket, resultForSocket, withCode } from './error-codes';
import type { Metrics } from './metrics';
import { guardFrames } from './frame-guard';
import { SocketConnection } from './socket-connection';
import type { Yoga } from './yoga';

/** yoga's enveloped execute and subscribe, handed from onSubscribe to the executor as the root value. */
interface EnvelopedRoot {
  execute: typeof execute;
  subscribe: typeof subscribe;
}

const CONNECTION_INIT_TIMEOUT_MS = 10_000;

/**
 * The graphql-ws protocol on the HTTP server's /graphql path. Operations go
 * through yoga's envelop pipeline, so WebSocket and HTTP share context,
 * validation, error masking and plugins.
 */
export function serveGraphqlWs(deps: {
  wss: WebSocketServer;
  yoga: Yoga;
  tokens: TokenService;
  sessions: Sessions;
  metrics: Metrics;
  limits: { maxSubscriptionsPerSocket: number; maxSocketsPerUser: number };
}): Disposable {
  const { wss, yoga, tokens, sessions, metrics, limits } = deps;
  const connections = new WeakMap<object, SocketConnection>();
  const socketsPerUser = new UserSockets();

  wss.on('connection', (socket) => {
    guardFrames(socket);
    metrics.openSockets.inc();
    socket.once('close', () => metrics.openSockets.dec());
  });

  return useServer(
    {
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      // No token is anonymous; a token that does not verify (or was revoked) closes the socket with 4403.
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        const auth = await authenticate(tokens, sessions, ctx.connectionParams?.['authorization']);
        if (!auth.ok) return false;
        if (auth.viewer && socketsPerUser.count(auth.viewer.id) >= limits.maxSocketsPerUser) {
          socket.close(CloseCode.TooManyInitialisationRequests, 'Too many sockets for this user');
          return false;
        }
        const connection = new SocketConnection(socket, auth.viewer);
        if (auth.viewer) socketsPerUser.hold(auth.viewer.id, socket);
        if (!(await connection.watchSessions(sessions))) return false;
        connections.set(socket, connection);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        // ctx.subscriptions already holds this operation.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerSocket) {
          return [new RateLimitedError(`At most ${limits.maxSubscriptionsPerSocket} operations may run on one socket.`)];
        }
        const connection = connections.get(ctx.extra.socket)!;
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          req: ctx.extra.request,
          params: payload,
          viewer: connection.viewer,
          connection,
        });
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
          throw error;
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors.map((error: GraphQLError) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        // graphql-ws would refuse this too, but without a code.
        if (!getOperationAST(document, payload.operationName)) {
          return [new GraphQLError('Unable to identify the operation to run.', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
        }
        const rootValue: EnvelopedRoot = { execute, subscribe };
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue,
        };
        return args;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map(formatForSocket),
      onNext: (_ctx, _id, _payload, _args, result) => resultForSocket(result),
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
    },
    wss,
  );
}

/** Open sockets per user on this instance; a socket counts until it closes. */
class UserSockets {
  private readonly counts = new Map<string, number>();

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  hold(key: string, socket: WebSocket): void {
    this.counts.set(key, this.count(key) + 1);
    socket.once('close', () => {
      const left = this.count(key) - 1;
      if (left > 0) this.counts.set(key, left);
      else this.counts.delete(key);
    });
  }
}
