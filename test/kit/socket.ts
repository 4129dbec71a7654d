import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';
import { afterAll } from 'vitest';
import WebSocket from 'ws';

type Message = { type: string; id?: string; payload?: unknown };

const WAIT_MS = 5_000;

const opened = new Set<WebSocket>();
afterAll(() => {
  for (const ws of opened) ws.terminate();
});

/**
 * A queue of values with a timed wait for the next one, for sockets, SSE
 * streams and client subscriptions alike. Once ended, waiting for more fails.
 */
export class Mailbox<T> {
  private items: T[] = [];
  private waiters: { resolve(item: T): void; reject(error: Error): void }[] = [];
  private ended: Error | undefined;

  /** An observer for a client's subscribe() (graphql-ws, Apollo, any observable): it fills the mailbox, and ends it when the source ends. */
  readonly observer = {
    next: (item: T) => this.put(item),
    error: (error: unknown) => this.end(new Error(`the subscription failed: ${describeError(error)}`)),
    complete: () => this.end(new Error('the subscription completed')),
  };

  put(item: T): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(item);
    else this.items.push(item);
  }

  /** Nothing more will come: what is queued can still be taken, then every wait fails with `reason`. */
  end(reason: Error): void {
    this.ended ??= reason;
    for (const waiter of this.waiters.splice(0)) waiter.reject(reason);
  }

  take(timeoutMs: number, what: string): Promise<T> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift()!);
    if (this.ended) return Promise.reject(new Error(`waiting for ${what}: ${this.ended.message}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const waiter = {
        resolve: (item: T) => {
          clearTimeout(timer);
          resolve(item);
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(new Error(`waiting for ${what}: ${error.message}`));
        },
      };
      this.waiters.push(waiter);
    });
  }

  get size(): number {
    return this.items.length;
  }
}

/** What a subscription failed with: an Error, a socket's close event, or graphql-ws's list of GraphQL errors. */
function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'code' in error) {
    return `socket closed with ${String(error.code)} ${'reason' in error ? String(error.reason) : ''}`;
  }
  return JSON.stringify(error) ?? String(error);
}

/**
 * A graphql-transport-ws client for tests that speaks the protocol frame by
 * frame, so a test sees exactly what arrives, what does not, and close codes.
 */
export class TestSocket {
  private readonly general = new Mailbox<Message>();
  private readonly operations = new Map<string, Mailbox<Message>>();
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Message;
      if (message.id !== undefined) this.mailbox(message.id).put(message);
      else this.general.put(message);
    });
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  /** Opens a socket with the graphql-transport-ws subprotocol, without sending connection_init. */
  static open(url: string, options: WebSocket.ClientOptions = {}): Promise<TestSocket> {
    const ws = new WebSocket(url, 'graphql-transport-ws', options);
    opened.add(ws);
    const socket = new TestSocket(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(socket));
      ws.once('error', reject);
    });
  }

  /** Opens a socket and completes connection_init with the token, if any; fails unless acknowledged. */
  static async connect(url: string, token?: string, options: WebSocket.ClientOptions = {}): Promise<TestSocket> {
    const socket = await TestSocket.open(url, options);
    await socket.init(token);
    return socket;
  }

  /** Sends connection_init with the token, if any; fails unless acknowledged (or when the socket closes first). */
  init(token?: string): Promise<void> {
    return this.initWith(token ? { authorization: `Bearer ${token}` } : {});
  }

  /** Sends connection_init with this payload; fails unless acknowledged (or when the socket closes first). */
  async initWith(payload: Record<string, unknown>): Promise<void> {
    this.send({ type: 'connection_init', payload });
    const first = await Promise.race([this.general.take(WAIT_MS, 'connection_ack'), this.closed]);
    if ('code' in first) throw new Error(`closed with ${first.code} ${first.reason} before connection_ack`);
    if (first.type !== 'connection_ack') throw new Error(`expected connection_ack, got ${JSON.stringify(first)}`);
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  subscribe<R, V>(id: string, document: TypedDocumentNode<R, V>, variables?: V): void {
    this.send({ type: 'subscribe', id, payload: { query: print(document), variables } });
  }

  /** The next message for an operation id: next, error or complete. */
  message(id: string, timeoutMs = WAIT_MS): Promise<Message> {
    return this.mailbox(id).take(timeoutMs, `a message for operation ${id}`);
  }

  /** The payload of the next `next` message for an id; fails on anything else. */
  async next<R>(id: string, timeoutMs = WAIT_MS): Promise<FormattedExecutionResult<R>> {
    const message = await this.message(id, timeoutMs);
    if (message.type !== 'next') throw new Error(`expected next for ${id}, got ${JSON.stringify(message)}`);
    return message.payload as FormattedExecutionResult<R>;
  }

  /** The data of the next `next` message for an id; fails if it carries errors. */
  async data<R>(id: string, timeoutMs = WAIT_MS): Promise<R> {
    const result = await this.next<R>(id, timeoutMs);
    if (result.errors?.length || !result.data) throw new Error(`expected data for ${id}, got ${JSON.stringify(result)}`);
    return result.data;
  }

  /** Waits `ms` and returns whatever arrived for the id meanwhile (a test expects it to be empty). */
  async drain(id: string, ms: number): Promise<Message[]> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    const box = this.mailbox(id);
    const arrived: Message[] = [];
    while (box.size > 0) arrived.push(await box.take(0, 'queued'));
    return arrived;
  }

  complete(id: string): void {
    this.send({ type: 'complete', id });
  }

  /** Resolves with the close code and reason, or fails after timeoutMs. */
  async waitForClose(timeoutMs = WAIT_MS): Promise<{ code: number; reason: string }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the socket stayed open')), timeoutMs);
    });
    return Promise.race([this.closed, timeout]).finally(() => clearTimeout(timer));
  }

  close(): void {
    this.ws.close(1000);
  }

  private mailbox(id: string): Mailbox<Message> {
    let box = this.operations.get(id);
    if (!box) {
      box = new Mailbox();
      this.operations.set(id, box);
    }
    return box;
  }
}
