// The two servers as the load generator sees them: the project (graphql-ws and GraphQL over HTTP) and the floor (plain JSON).
import { randomUUID } from 'node:crypto';
import type { ServerChild } from './children';
import { HttpPool } from './http-pool';
import type { BenchUser } from './setup';
import { openSocket, stamp, unstamp, type Conn, type Delivery, type Sink } from './sockets';

export interface Target {
  readonly name: 'project' | 'floor';
  readonly child: ServerChild;
  /**
   * Subscribes one user to their own events; resolves once subscribed: the
   * project's UnreadCount, or with `after` its StreamReady once what came
   * after that cursor was replayed; the floor's ready, which cannot replay
   * and ignores `after`.
   */
  openUnicast(user: BenchUser, sink: Sink, timeoutMs: number, after?: string): Promise<Conn>;
  /** Subscribes one participant to the conversation; resolves once subscribed (StreamReady, ready). */
  openConversation(user: BenchUser, conversationId: string, sink: Sink, timeoutMs: number): Promise<Conn>;
  /** One event to one user, as the admin; `scope` goes in the message. Throws unless it was accepted. */
  notify(admin: BenchUser, to: BenchUser, scope: string, seq: number, sentAt: number): Promise<void>;
  /** A conversation of the users, the first creating it; its id. */
  startConversation(participants: BenchUser[]): Promise<string>;
  /** One message to the conversation, by `sender`. Throws unless it was accepted. */
  sendMessage(sender: BenchUser, conversationId: string, seq: number, sentAt: number): Promise<void>;
  close(): void;
}

// With `after` as the client package sends it: a variable, null when starting from the present.
const NOTIFICATIONS = `subscription BenchNotifications($after: String) {
  notifications(after: $after) {
    __typename
    ... on RealtimeEvent { cursor }
    ... on UnreadCount { unreadCount }
    ... on NotificationCreated { notification { id title message } unreadCount }
  }
}`;

const CONVERSATION = `subscription BenchConversation($id: ID!) {
  conversationMessages(conversationId: $id) {
    __typename
    ... on RealtimeEvent { cursor }
    ... on MessageSent { message { id conversationId content createdAt sender { id } } }
  }
}`;

const SEND_NOTIFICATION = `mutation BenchNotify($input: SendNotificationInput!) { sendNotification(input: $input) { id } }`;
const SEND_MESSAGE = `mutation BenchMessage($id: ID!, $content: String!) { sendMessage(conversationId: $id, content: $content) { id } }`;
const START_CONVERSATION = `mutation BenchStart($ids: [ID!]!) { startConversation(participantIds: $ids, title: "bench") { id } }`;

interface GraphqlMessage {
  type: string;
  id?: string;
  payload?: { data?: Record<string, Record<string, unknown> | null> | null; errors?: unknown[] } | unknown[];
}

/** The project: graphql-ws over /graphql, mutations over HTTP. */
export class ProjectTarget implements Target {
  readonly name = 'project';
  private readonly http: HttpPool;
  private readonly wsUrl: string;
  private readonly base: string;

  constructor(
    readonly child: ServerChild,
    connections: number,
  ) {
    const graphqlUrl = child.listening.url;
    this.base = graphqlUrl.replace(/\/graphql$/, '');
    this.wsUrl = graphqlUrl.replace(/^http/, 'ws');
    this.http = new HttpPool(this.base, connections);
  }

  private subscribe(
    user: BenchUser,
    field: string,
    query: string,
    variables: Record<string, unknown>,
    readyType: string,
    eventOf: (event: Record<string, unknown>) => Omit<Delivery, 'cursor'> | undefined,
    sink: Sink,
    timeoutMs: number,
  ): Promise<Conn> {
    return openSocket({
      url: this.wsUrl,
      protocol: 'graphql-transport-ws',
      timeoutMs,
      onOpen: (ws) => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } })),
      onMessage: (text, ws) => {
        const message = JSON.parse(text) as GraphqlMessage;
        switch (message.type) {
          case 'connection_ack':
            ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
            return 'signed-in';
          case 'ping':
            ws.send('{"type":"pong"}');
            return;
          case 'next': {
            const payload = message.payload as { data?: Record<string, Record<string, unknown> | null> | null; errors?: unknown[] };
            if (payload.errors) {
              sink.problem('graphql error', JSON.stringify(payload.errors).slice(0, 300));
              return;
            }
            const event = payload.data?.[field];
            if (!event) {
              sink.problem('empty next', text.slice(0, 300));
              return;
            }
            const cursor = typeof event['cursor'] === 'string' ? event['cursor'] : undefined;
            if (event['__typename'] === readyType) {
              sink.ready?.(cursor);
              return 'ready';
            }
            const delivery = eventOf(event);
            if (delivery) sink.deliver({ ...delivery, cursor });
            else sink.problem('unexpected event', text.slice(0, 300));
            return;
          }
          case 'error':
            sink.problem('error frame', JSON.stringify(message.payload).slice(0, 300));
            return;
          case 'complete':
            sink.problem('complete', 'the server completed the subscription');
            return;
          default:
            sink.problem('unexpected frame', text.slice(0, 300));
        }
      },
      onProblem: (kind, detail) => sink.problem(kind, detail),
    });
  }

  openUnicast(user: BenchUser, sink: Sink, timeoutMs: number, after?: string): Promise<Conn> {
    return this.subscribe(
      user,
      'notifications',
      NOTIFICATIONS,
      { after: after ?? null },
      after === undefined ? 'UnreadCount' : 'StreamReady',
      (event) => {
        const notification = event['notification'] as { title?: unknown; message?: unknown } | undefined;
        return event['__typename'] === 'NotificationCreated' ? unstamp(notification?.title, notification?.message) : undefined;
      },
      sink,
      timeoutMs,
    );
  }

  openConversation(user: BenchUser, conversationId: string, sink: Sink, timeoutMs: number): Promise<Conn> {
    return this.subscribe(
      user,
      'conversationMessages',
      CONVERSATION,
      { id: conversationId },
      'StreamReady',
      (event) => {
        const message = event['message'] as { content?: unknown; conversationId?: unknown } | undefined;
        return event['__typename'] === 'MessageSent' ? unstamp(message?.content, message?.conversationId) : undefined;
      },
      sink,
      timeoutMs,
    );
  }

  private async mutate(token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    const answer = await this.http.post('/graphql', JSON.stringify({ query, variables }), token);
    let body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(answer.body) as typeof body;
    } catch {
      throw new Error(`HTTP ${answer.status}: ${answer.body.slice(0, 200)}`);
    }
    if (body.errors?.length || answer.status !== 200 || !body.data) {
      const first = body.errors?.[0];
      throw new Error(`HTTP ${answer.status}: ${first ? `${first.extensions?.code ?? ''} ${first.message}` : answer.body.slice(0, 200)}`);
    }
    return body.data;
  }

  async notify(admin: BenchUser, to: BenchUser, scope: string, seq: number, sentAt: number): Promise<void> {
    await this.mutate(admin.token, SEND_NOTIFICATION, {
      input: { userId: to.id, kind: 'bench', title: stamp(seq, sentAt), message: scope },
    });
  }

  async startConversation(participants: BenchUser[]): Promise<string> {
    const [creator, ...others] = participants;
    const data = await this.mutate(creator!.token, START_CONVERSATION, { ids: others.map((user) => user.id) });
    return (data['startConversation'] as { id: string }).id;
  }

  async sendMessage(sender: BenchUser, conversationId: string, seq: number, sentAt: number): Promise<void> {
    await this.mutate(sender.token, SEND_MESSAGE, { id: conversationId, content: stamp(seq, sentAt) });
  }

  close(): void {
    this.http.close();
  }
}

/** The floor: plain WebSocket frames, POST /publish. */
export class FloorTarget implements Target {
  readonly name = 'floor';
  private readonly http: HttpPool;
  private readonly base: string;

  constructor(
    readonly child: ServerChild,
    connections: number,
  ) {
    this.base = child.listening.url;
    this.http = new HttpPool(this.base, connections);
  }

  private open(
    user: BenchUser,
    topic: string,
    scopeOf: (event: Record<string, unknown>) => unknown,
    sink: Sink,
    timeoutMs: number,
  ): Promise<Conn> {
    const url = `${this.base.replace(/^http/, 'ws')}/ws?token=${encodeURIComponent(user.token)}&topic=${encodeURIComponent(topic)}`;
    return openSocket({
      url,
      timeoutMs,
      onOpen: () => {},
      onMessage: (text) => {
        if (text === '{"type":"ready"}') {
          sink.ready?.(undefined);
          return 'ready';
        }
        const event = JSON.parse(text) as Record<string, unknown>;
        const delivery = event['type'] === 'event' ? unstamp(event['title'], scopeOf(event)) : undefined;
        if (delivery) sink.deliver(delivery);
        else sink.problem('unexpected frame', text.slice(0, 300));
      },
      onProblem: (kind, detail) => sink.problem(kind, detail),
    });
  }

  openUnicast(user: BenchUser, sink: Sink, timeoutMs: number): Promise<Conn> {
    return this.open(user, 'user', (event) => event['message'], sink, timeoutMs);
  }

  openConversation(user: BenchUser, conversationId: string, sink: Sink, timeoutMs: number): Promise<Conn> {
    return this.open(user, `conv:${conversationId}`, (event) => String(event['channel']).slice('conv:'.length), sink, timeoutMs);
  }

  private async publish(token: string, body: Record<string, string>): Promise<void> {
    const answer = await this.http.post('/publish', JSON.stringify(body), token);
    if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.body.slice(0, 200)}`);
  }

  notify(admin: BenchUser, to: BenchUser, scope: string, seq: number, sentAt: number): Promise<void> {
    return this.publish(admin.token, { channel: `user:${to.id}`, title: stamp(seq, sentAt), message: scope });
  }

  async startConversation(): Promise<string> {
    return randomUUID();
  }

  sendMessage(sender: BenchUser, conversationId: string, seq: number, sentAt: number): Promise<void> {
    return this.publish(sender.token, { channel: `conv:${conversationId}`, title: stamp(seq, sentAt), message: 'message' });
  }

  close(): void {
    this.http.close();
  }
}
