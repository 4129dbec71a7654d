import { CloseCode, handleProtocols, makeServer, type Disposable, type WebSocket as ProtocolSocket } from 'graphql-ws';
import { type DocumentNode, getOperationAST, GraphQLError, type ExecutionArgs, type execute, type subscribe } from 'graphql';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import type { TokenService } from '../auth/tokens';
import type { Sessions } from '../auth/sessions';
import { RateLimitedError } from '../errors';
import { unavailable } from '../unavailable';
import { authenticate } from './authenticate';
import { clientAddress } from './client-address';
import { formatForSocket, resultForSocket, withCode } from './error-codes';
import type { Metrics } from './metrics';
import { fitReason, refusedFrame, wsRefusal } from './frame-guard';
import type { Caps, Lease } from './caps';
import { takeSignIn } from './connection-params';
import type { Expiries } from './expiries';
import type { Logger } from './logger';
import { SocketConnection } from './socket-connection';
import type { Yoga } from './yoga';

/** yoga's enveloped execute and subscribe, handed from onSubscribe to the executor as the root value. */
interface EnvelopedRoot {
  execute: typeof execute;
  subscribe: typeof subscribe;
}

/** WebSocket close codes of RFC 6455 that graphql-ws's CloseCode does not name. */
enum SocketCloseCode {
  GoingAway = 1001,
  /** A service the server depends on is away; graphql-ws clients retry. */
  TryAgainLater = 1013,
}

const CONNECTION_INIT_TIMEOUT_MS = 10_000;
// A socket is pinged this often, and terminated when it has not answered the previous ping.
const KEEP_ALIVE_MS = 12_000;
// Sockets are pinged a group at a time, one group each KEEP_ALIVE_MS / KEEP_ALIVE_GROUPS, not all at once.
const KEEP_ALIVE_GROUPS = 12;

/**
 * The graphql-ws protocol on the HTTP server's /graphql path. Operations go
 * through yoga's envelop pipeline, so WebSocket and HTTP share context,
 * validation, error masking and plugins.
 *
 * It does what graphql-ws's `useServer` does (the protocol is graphql-ws's
 * makeServer), with less memory for each idle socket: one small Peer object
 * and listeners shared by every socket, instead of a dozen closures and two
 * timers; the upgrade request is let go once the client's address is known;
 * one timer pings every socket (a twelfth of them each second); and the
 * connection_init timeout ends with connection_init.
 */
export function serveGraphqlWs(deps: {
  wss: WebSocketServer;
  yoga: Yoga;
  tokens: TokenService;
  sessions: Sessions;
  /** Where sockets are counted against MAX_SOCKETS_PER_USER and MAX_ANONYMOUS_SOCKETS_PER_ADDRESS. */
  caps: Caps;
  expiries: Expiries;
  metrics: Metrics;
  logger: Logger;
  limits: { maxSubscriptionsPerSocket: number; maxSocketsPerUser: number; maxAnonymousSocketsPerAddress: number };
  /** Whether the client's address comes from X-Real-IP / X-Forwarded-For (see clientAddress). */
  trustProxy: boolean;
}): Disposable {
  const { wss, yoga, tokens, sessions, caps, expiries, metrics, logger, limits, trustProxy } = deps;
  const peers = new WeakMap<WebSocket, Peer>();

  const server = makeServer<Record<string, unknown> | undefined, Peer>({
    // Peer's own timer, which ends with connection_init instead of lasting 10 s.
    connectionInitWaitTimeout: 0,
    // No token is anonymous; a token that does not verify (or was revoked) closes the socket with 4403.
    onConnect: async (ctx) => {
      const peer = ctx.extra;
      peer.initialised();
      const { authorization, hint } = takeSignIn(ctx.connectionParams);
      try {
        // Verified once per socket: not worth remembering.
        const auth = await authenticate(tokens, sessions, authorization, false);
        if (!auth.ok || !(await peer.admitted())) return false;
        if (auth.viewer) {
          const lease = await caps.acquire(`sockets:${auth.viewer.id}`, limits.maxSocketsPerUser);
          if (!lease) {
            peer.close(CloseCode.TooManyInitialisationRequests, 'Too many sockets for this user');
            return false;
          }
          peer.hold(lease);
        }
        peer.connection = new SocketConnection(peer.socket, auth.viewer, expiries, hint);
        return await peer.connection.watchSessions(sessions);
      } catch (error) {
        return peer.refuseIfUnavailable(error);
      }
    },
    onSubscribe: async (ctx, _id, payload) => {
      // ctx.subscriptions already holds this operation.
      if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerSocket) {
        return [new RateLimitedError(`At most ${limits.maxSubscriptionsPerSocket} operations may run on one socket.`)];
      }
      const connection = ctx.extra.connection!;
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
        params: payload,
        viewer: connection.viewer,
        connection,
        address: ctx.extra.address,
      });
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch (error) {
        if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
        throw error;
      }
      // graphql-ws keeps the payload while the subscription runs. Give it the text that yoga's document
      // cache keeps, so sockets subscribed with the same document share one copy instead of each holding its own.
      (payload as { query: string }).query = document.loc?.source.body ?? payload.query;
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
    onError: (ctx, _id, _payload, errors) => errors.map((error) => formatForSocket(error, ctx.extra.connection?.signInHint)),
    onNext: (ctx, _id, _payload, _args, result) => resultForSocket(result, ctx.extra.connection?.signInHint),
    execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
    subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
  });

  // The listeners of every socket: the same four functions for all of them (`this` is the socket).
  function onMessage(this: WebSocket, data: RawData): void {
    peers
      .get(this)
      ?.receive(String(data))
      ?.catch((error: unknown) => {
        logger.error({ err: error }, 'handling a WebSocket message failed');
        this.close(CloseCode.InternalServerError, 'Internal server error');
      });
  }
  function onPong(this: WebSocket): void {
    const peer = peers.get(this);
    if (peer) peer.awaitingPong = false;
  }
  function onError(this: WebSocket, error: Error): void {
    const refusal = wsRefusal(error);
    // The client's doing, not a failure of the server's; ws has closed the socket with the code it calls for.
    if (refusal) {
      logger.debug({ code: refusal }, 'refused a WebSocket frame');
      return;
    }
    logger.error({ err: error }, 'a WebSocket failed');
    this.close(CloseCode.InternalServerError, 'Internal server error');
  }
  function onClose(this: WebSocket, code: number, reason: Buffer): void {
    const peer = peers.get(this);
    if (!peer) return;
    peers.delete(this);
    metrics.openSockets.dec();
    peer.dispose(code, String(reason))?.catch((error: unknown) => logger.error({ err: error }, 'closing a WebSocket failed'));
  }

  wss.options.handleProtocols = handleProtocols;
  wss.once('error', (error) => {
    logger.error({ err: error }, 'the WebSocket server failed');
    for (const client of wss.clients) client.close(CloseCode.InternalServerError, 'Internal server error');
  });
  let joined = 0;
  wss.on('connection', (socket, request) => {
    // The address, not the request: holding the request would keep its headers and streams for the socket's lifetime.
    const address = clientAddress(request, trustProxy);
    const peer = new Peer(socket, address, joined++ % KEEP_ALIVE_GROUPS);
    // Counted as unauthenticated from the upgrade until a token signs it in.
    peer.admit(caps.acquire(`anonymous:${address}`, limits.maxAnonymousSocketsPerAddress));
    peers.set(socket, peer);
    metrics.openSockets.inc();
    socket.on('message', onMessage).on('close', onClose).on('error', onError).on('pong', onPong);
    peer.open(server.opened(peer, peer));
  });

  let tick = 0;
  const keepAlive = setInterval(() => {
    const group = tick++ % KEEP_ALIVE_GROUPS;
    for (const socket of wss.clients) {
      const peer = peers.get(socket);
      if (peer?.keepAliveGroup !== group || socket.readyState !== socket.OPEN) continue;
      if (peer.awaitingPong) {
        socket.terminate();
        continue;
      }
      peer.awaitingPong = true;
      socket.ping();
    }
  }, KEEP_ALIVE_MS / KEEP_ALIVE_GROUPS).unref();

  return {
    dispose: async () => {
      clearInterval(keepAlive);
      for (const client of wss.clients) client.close(SocketCloseCode.GoingAway, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/**
 * One socket as graphql-ws's makeServer sees it (and its ctx.extra): the
 * transport, the connection's sign-in once connection_init was accepted, and
 * the keep-alive and connection_init timeout state.
 */
class Peer implements ProtocolSocket {
  connection: SocketConnection | undefined;
  awaitingPong = false;
  closed = false;
  // The cap's answer while it is awaited (see admit).
  private admission: Promise<boolean> | undefined;
  // The socket's place under a cap: its address's while unauthenticated, then its user's.
  private lease: Lease | undefined;
  private handle: ((data: string) => Promise<void>) | undefined;
  private ended: ((code: number, reason: string) => Promise<void>) | undefined;
  private initTimeout: NodeJS.Timeout | undefined;

  constructor(
    readonly socket: WebSocket,
    readonly address: string,
    readonly keepAliveGroup: number,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  /** Starts the connection_init timeout; `ended` is what graphql-ws's makeServer runs when the socket has closed. */
  open(ended: (code: number, reason: string) => Promise<void>): void {
    this.ended = ended;
    this.initTimeout = setTimeout(
      () => this.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout'),
      CONNECTION_INIT_TIMEOUT_MS,
    );
  }

  /** connection_init arrived in time. */
  initialised(): void {
    clearTimeout(this.initTimeout);
    this.initTimeout = undefined;
  }

  /** Holds the place `acquiring` brings; closes the socket with 4429 when there is none, 1013 when it cannot be known. */
  admit(acquiring: Promise<Lease | undefined>): void {
    this.admission = acquiring
      .then(
        (lease) => {
          if (lease) this.hold(lease);
          else this.close(CloseCode.TooManyInitialisationRequests, 'Too many unauthenticated sockets from this address');
        },
        // Caps fail only with UnavailableError.
        (error: Error) => this.close(SocketCloseCode.TryAgainLater, error.message),
      )
      .then(() => {
        this.admission = undefined;
        return this.isOpen;
      });
  }

  /** Whether the socket has its place under the cap of unauthenticated sockets (see admit), once the cap has answered. */
  admitted(): Promise<boolean> | boolean {
    return this.admission ?? this.isOpen;
  }

  /** Neither closed nor closing. */
  private get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** Holds `lease` instead of the place held so far, until the socket closes. */
  hold(lease: Lease): void {
    this.lease?.release();
    this.lease = lease;
    if (this.closed) lease.release();
  }

  /** Closes the socket with 1013 when `error` says a service is away (the client will retry) and returns false; throws anything else on. */
  refuseIfUnavailable(error: unknown): false {
    const unavailableError = unavailable(error);
    if (!unavailableError) throw error;
    this.close(SocketCloseCode.TryAgainLater, unavailableError.message);
    return false;
  }

  send(data: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.readyState !== this.socket.OPEN) return resolve();
      this.socket.send(data, (error) => (error ? reject(error) : resolve()));
    });
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason === undefined ? undefined : fitReason(reason));
  }

  onMessage(handle: (data: string) => Promise<void>): void {
    this.handle = handle;
  }

  /**
   * A frame from the client, handled by graphql-ws; one graphql-ws mishandles closes the socket with 4400 instead.
   * Rejects when handling fails inside the server.
   */
  receive(frame: string): Promise<void> | undefined {
    if (!this.handle) return undefined;
    // The reason graphql-ws gives for every other bad message.
    if (!refusedFrame(frame)) return this.handle(frame);
    this.close(CloseCode.BadRequest, 'Invalid message received');
    return undefined;
  }

  /** The socket has closed: its operations end, and so do its expiry and revocation watch. Rejects when ending them fails. */
  dispose(code: number, reason: string): Promise<void> | undefined {
    this.closed = true;
    this.initialised();
    const ended = this.ended?.(code, reason);
    this.connection?.close();
    this.lease?.release();
    return ended;
  }
}
