import { CloseCode, type Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, type ExecutionArgs, type execute, type subscribe } from 'graphql';
import type { WebSocketServer } from 'ws';
import type { TokenService } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { authenticate } from './authenticate';
import { formatForSocket, resultForSocket, withCode } from './error-codes';
import type { Metrics } from './metrics';
import type { Yoga } from './yoga';

/** What the server keeps per socket once connection_init was accepted. */
interface SocketState {
  viewer: Viewer | null;
  /** Closes the socket with 4403 when the viewer's token expires. */
  expiry?: NodeJS.Timeout;
}

/** yoga's enveloped execute and subscribe, handed from onSubscribe to the executor as the root value. */
interface EnvelopedRoot {
  execute: typeof execute;
  subscribe: typeof subscribe;
}

// setTimeout fires at once beyond this many milliseconds (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;
const CONNECTION_INIT_TIMEOUT_MS = 10_000;

/**
 * The graphql-ws protocol on the HTTP server's /graphql path. Operations go
 * through yoga's envelop pipeline, so WebSocket and HTTP share context,
 * validation, error masking and plugins.
 */
export function serveGraphqlWs(deps: { wss: WebSocketServer; yoga: Yoga; tokens: TokenService; metrics: Metrics }): Disposable {
  const { wss, yoga, tokens, metrics } = deps;
  const sockets = new WeakMap<object, SocketState>();

  wss.on('connection', (socket) => {
    metrics.openSockets.inc();
    socket.once('close', () => {
      metrics.openSockets.dec();
      clearTimeout(sockets.get(socket)?.expiry);
    });
  });

  return useServer(
    {
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      // No token is anonymous; a token that does not verify closes the socket with 4403.
      onConnect: async (ctx) => {
        const auth = await authenticate(tokens, ctx.connectionParams?.['authorization']);
        if (!auth.ok) return false;
        const state: SocketState = { viewer: auth.viewer };
        if (auth.viewer) {
          const socket = ctx.extra.socket;
          state.expiry = setTimeout(
            () => socket.close(CloseCode.Forbidden, 'Token expired'),
            Math.min(MAX_TIMER_MS, Math.max(0, auth.viewer.expiresAt - Date.now())),
          );
        }
        sockets.set(ctx.extra.socket, state);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const state = sockets.get(ctx.extra.socket);
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          viewer: state?.viewer ?? null,
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
