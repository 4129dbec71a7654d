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

/** A queue of values with a timed wait for the next one (for sockets and SSE streams alike). */
export class Mailbox<T> {
  private items: T[] = [];
  private waiters: ((item: T) => void)[] = [];

  put(item: T): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
  }

  take(timeoutMs: number, what: string): Promise<T> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift()!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const waiter = (item: T) => {
        clearTimeout(timer);
        resolve(item);
      };
      this.waiters.push(waiter);
    });
  }

  get size(): number {
    return this.items.length;
  }
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
