import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';
import { afterAll } from 'vitest';
import { Mailbox } from './socket';

const WAIT_MS = 5_000;

const opened = new Set<AbortController>();
afterAll(() => {
  for (const abort of opened) abort.abort();
});

/** What an SSE subscription sends: a `next` event with its result, or the `complete` that ends the stream. */
export type SseEvent<R> = { event: 'next'; result: FormattedExecutionResult<R> } | { event: 'complete' };

/** One subscription over Server-Sent Events (graphql-sse's distinct connections mode, as yoga serves it and GraphiQL uses). */
export class SseStream<R> {
  private readonly events = new Mailbox<SseEvent<R> | { event: 'closed' }>();

  private constructor(
    private readonly abort: AbortController,
    readonly status: number,
    body: ReadableStream<Uint8Array> | null,
  ) {
    if (body) void this.read(body);
  }

  /** POSTs the subscription with `Accept: text/event-stream`; resolves once the response starts. */
  static open<R, V>(
    url: string,
    document: TypedDocumentNode<R, V>,
    variables: V,
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<SseStream<R>> {
    return SseStream.post<R>(url, { query: print(document), variables }, token, headers);
  }

  /** POSTs a GraphQL request body as it is (for requests no typed document describes) with `Accept: text/event-stream`. */
  static async post<R>(url: string, body: object, token?: string, headers: Record<string, string> = {}): Promise<SseStream<R>> {
    const abort = new AbortController();
    opened.add(abort);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
      signal: abort.signal,
    });
    return new SseStream<R>(abort, response.status, response.body);
  }

  /** The next event; `closed` once the server ended the response. */
  take(timeoutMs = WAIT_MS): Promise<SseEvent<R> | { event: 'closed' }> {
    return this.events.take(timeoutMs, 'an SSE event');
  }

  /** The next result; fails on anything else. */
  async next(timeoutMs = WAIT_MS): Promise<FormattedExecutionResult<R>> {
    const event = await this.take(timeoutMs);
    if (event.event !== 'next') throw new Error(`expected an SSE next event, got ${JSON.stringify(event)}`);
    return event.result;
  }

  /** Everything that arrives until the server ends the response (or timeoutMs passes: then it fails). */
  async rest(timeoutMs = WAIT_MS): Promise<SseEvent<R>[]> {
    const events: SseEvent<R>[] = [];
    for (let event = await this.take(timeoutMs); event.event !== 'closed'; event = await this.take(timeoutMs)) events.push(event);
    return events;
  }

  close(): void {
    this.abort.abort();
    opened.delete(this.abort);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        buffer += decoder.decode(read.value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          this.parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Aborted by close(), or the connection dropped: either way the stream is over.
    }
    this.events.put({ event: 'closed' });
  }

  private parse(block: string): void {
    const field = (name: string) =>
      block
        .split('\n')
        .filter((line) => line.startsWith(`${name}:`))
        .map((line) => line.slice(name.length + 1).trimStart())
        .join('\n');
    const event = field('event');
    if (event === 'next') this.events.put({ event: 'next', result: JSON.parse(field('data')) as FormattedExecutionResult<R> });
    else if (event === 'complete') this.events.put({ event: 'complete' });
  }
}
