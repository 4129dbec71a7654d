import {
  createRealtimeClient,
  type RealtimeClient,
  type RealtimeClientOptions,
  type RealtimeState,
  type RealtimeSubscription,
  type StreamHandlers,
} from '@realtime-api/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll } from 'vitest';
import WebSocket from 'ws';
import type { ConversationStreamSubscription, NotificationStreamSubscription } from './gql/graphql';
import { startProcess, type ServerProcess } from './process';
import { ADMIN } from './server';

// The realtime client (client/) against server processes: instances to lose, sockets whose every frame
// and close is on record, and what a stream handed the app's handlers.

export interface Instance extends ServerProcess {
  httpUrl: string;
  wsUrl: string;
}

/** A server process from the sources with the bootstrap super admin, on a free port unless env sets PORT. */
export async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const server = await startProcess({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, ...env });
  return { ...server, httpUrl: server.url, wsUrl: server.url.replace(/^http/, 'ws') };
}

/**
 * Stops the instance and waits for it to exit: by default with SIGKILL, so
 * its sockets drop without a close frame, as when its machine is lost.
 */
export async function kill(instance: Instance, signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL'): Promise<void> {
  instance.child.kill(signal);
  await instance.exited;
}

/** A graphql-transport-ws message as it went over a socket. */
export interface Frame {
  type: string;
  id?: string;
  payload?: {
    query?: string;
    variables?: Record<string, unknown>;
    data?: unknown;
    errors?: GraphQLFormattedError[];
  };
}

/** One socket the client opened (one connection attempt): what it sent, what it received, how it closed. */
export interface SocketRecord {
  readonly url: string;
  readonly ws: WebSocket;
  readonly sent: Frame[];
  readonly received: Frame[];
  closed?: { code: number; reason: string };
}

/**
 * A webSocketImpl that records every socket made with it. Its `ws` is the
 * `ws` package's socket, whose pause() stops reading from the TCP socket, as
 * a client too busy to read would.
 */
export function recordingWebSocket() {
  const sockets: SocketRecord[] = [];
  class RecordingWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      const record: SocketRecord = { url: String(url), ws: this, sent: [], received: [] };
      sockets.push(record);
      const send = this.send.bind(this) as (...args: unknown[]) => void;
      this.send = ((data: string, ...rest: unknown[]) => {
        record.sent.push(JSON.parse(data) as Frame);
        send(data, ...rest);
      }) as WebSocket['send'];
      this.on('message', (data) => record.received.push(JSON.parse(String(data)) as Frame));
      this.on('close', (code, reason) => (record.closed = { code, reason: String(reason) }));
    }
  }
  return { WebSocket: RecordingWebSocket, sockets };
}

/** Short waits between attempts, to keep tests short. */
export const FAST_RETRY = { initialDelay: 50, maxDelay: 500 };

const clients: RealtimeClient[] = [];
afterAll(() => {
  for (const client of clients) client.dispose();
});

export interface RecordedClient {
  client: RealtimeClient;
  /** Every socket the client opened, in order. */
  sockets: SocketRecord[];
  /** The client's states as onState reported them. */
  states: RealtimeState[];
}

/** A realtime client on recording sockets, with FAST_RETRY unless told; disposed after the file's tests. */
export function recordedClient(options: Omit<RealtimeClientOptions, 'webSocketImpl' | 'onState'>): RecordedClient {
  const { WebSocket, sockets } = recordingWebSocket();
  const states: RealtimeState[] = [];
  const client = createRealtimeClient({ retry: FAST_RETRY, ...options, webSocketImpl: WebSocket, onState: (state) => states.push(state) });
  clients.push(client);
  return { client, sockets, states };
}

/** Everything a stream's handlers were called with. */
export class StreamRecord<TData> {
  /** next's data and 'onReset', in the order they came. */
  readonly calls: (TData | 'onReset')[] = [];
  readonly errors: (readonly GraphQLFormattedError[])[] = [];
  readonly states: RealtimeState[] = [];
  completed = false;
  subscription!: RealtimeSubscription;

  readonly handlers: StreamHandlers<TData> = {
    next: (data) => this.calls.push(data),
    error: (errors) => this.errors.push(errors),
    complete: () => (this.completed = true),
    onReset: () => this.calls.push('onReset'),
    onState: (state) => this.states.push(state),
  };

  get events(): TData[] {
    return this.calls.filter((call): call is TData => call !== 'onReset');
  }

  get resets(): number {
    return this.calls.filter((call) => call === 'onReset').length;
  }
}

/** What the handlers of a notifications stream were given, one line a call: a notification's id, a figure, or onReset. */
export function notificationLines(stream: StreamRecord<NotificationStreamSubscription>): string[] {
  return stream.calls.map((call) => {
    if (call === 'onReset') return call;
    const event = call.notifications;
    if (event.__typename === 'NotificationCreated') return event.notification.id;
    return `${event.__typename} ${'unreadCount' in event ? event.unreadCount : ''}`.trim();
  });
}

/** What the handlers of a conversation stream were given, one line a call: a message's id and content as `show` shows it, or the event's type. */
export function messageLines(stream: StreamRecord<ConversationStreamSubscription>, show = (content: string) => content): string[] {
  return stream.calls.map((call) => {
    if (call === 'onReset') return call;
    const event = call.conversationMessages;
    return event.__typename === 'MessageSent' ? `${event.message.id} ${show(event.message.content)}` : event.__typename;
  });
}

/** Subscribes on the client and records what the handlers get. */
export function watch<TData, TVariables extends Record<string, unknown>>(
  client: RealtimeClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'after'>,
): StreamRecord<TData> {
  const record = new StreamRecord<TData>();
  record.subscription = client.subscribe(document, variables, record.handlers);
  return record;
}

/** The subscribe frames a client sent for its streams (not its token renewals), over all its sockets. */
export function subscribeFrames(sockets: SocketRecord[]): Frame[] {
  return sockets.flatMap((socket) =>
    socket.sent.filter((frame) => frame.type === 'subscribe' && frame.payload?.query?.startsWith('subscription')),
  );
}

/** The errors a frame carries: an `error` message's, or those of a `next` message's result. */
export function errorsOf(frame: Frame): readonly GraphQLFormattedError[] {
  if (frame.type === 'error') return frame.payload as readonly GraphQLFormattedError[];
  return frame.payload?.errors ?? [];
}

/** The extensions.code of each error a socket received, frame by frame, for the frames that carry errors. */
export function refusals(socket: SocketRecord): unknown[][] {
  return socket.received.map((frame) => errorsOf(frame).map((error) => error.extensions?.['code'])).filter((codes) => codes.length);
}

/** A TCP proxy in front of an instance, standing in for a load balancer. */
export interface Proxy {
  wsUrl: string;
  /** Connections open through it now. */
  readonly open: number;
  /** Closes every WebSocket through it as a load balancer may: a close frame of its own with this code, then the connection. */
  closeAll(code: number): void;
}

const proxies: Server[] = [];
afterAll(() => {
  for (const proxy of proxies) proxy.close();
});

export async function startProxy(target: Instance): Promise<Proxy> {
  const { hostname, port } = new URL(target.url);
  const pairs = new Set<[Socket, Socket]>();
  const server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of pair) socket.on('error', end).on('close', end);
  });
  proxies.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    wsUrl: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    get open() {
      return pairs.size;
    },
    closeAll(code) {
      for (const [client, upstream] of pairs) {
        upstream.unpipe(client);
        upstream.destroy();
        // A close frame as a server sends it, unmasked: FIN and opcode 8, a two-byte payload, the code.
        client.end(Buffer.from([0x88, 0x02, code >> 8, code & 0xff]));
      }
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
