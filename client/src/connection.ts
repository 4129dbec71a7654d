import { type Client, createClient, type FormattedExecutionResult, type Sink } from 'graphql-ws';

/** graphql-ws's reason for a close: a CloseEvent, or what failed before the socket opened. */
export interface Closed {
  code?: number;
  reason?: string;
}

export interface ConnectionOptions {
  url: string;
  token: string;
  webSocketImpl?: unknown;
  /** Ms between pings; a pong missing for half as long, or a socket not signed in within it, is lost. 0 turns both off. */
  keepAlive: number;
  onConnected: () => void;
  onClosed: (closed: Closed) => void;
}

/**
 * A socket given up as lost, reported as graphql-ws reports a socket it
 * terminates. Not closed and waited for: a frozen server answers neither pings
 * nor the closing handshake, and ws waits 30 s for that.
 */
const LOST: Closed = { code: 4499, reason: 'Terminated' };

/**
 * One socket, signed in with one token: a graphql-ws client that never
 * retries by itself. When it closes, whoever made it makes the next one, so
 * every subscription is sent again with its own, newer `after`.
 */
export class Connection {
  token: string;
  acknowledged = false;
  private readonly client: Client;
  private retired = false;
  private signInDue: ReturnType<typeof setTimeout> | undefined;
  private pongDue: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: ConnectionOptions) {
    this.token = options.token;
    // A server that froze, or a network that drops everything, may take the connection and never answer.
    if (options.keepAlive > 0) this.signInDue = setTimeout(() => this.end(LOST), options.keepAlive);
    this.client = createClient({
      url: options.url,
      webSocketImpl: options.webSocketImpl,
      lazy: false,
      retryAttempts: 0,
      keepAlive: options.keepAlive,
      connectionParams: () => ({ authorization: `Bearer ${this.token}` }),
      // The close reaches onClosed as well; this only keeps graphql-ws from throwing it.
      onNonLazyError: () => {},
      on: {
        connected: () => {
          clearTimeout(this.signInDue);
          this.acknowledged = true;
          if (!this.retired) options.onConnected();
        },
        ping: (received) => {
          if (!received) this.pongDue = setTimeout(() => this.end(LOST), options.keepAlive / 2);
        },
        pong: (received) => {
          if (received) clearTimeout(this.pongDue);
        },
        closed: (event) => this.end(closeOf(event)),
      },
    });
  }

  subscribe(payload: { query: string; variables: Record<string, unknown> }, sink: Sink<FormattedExecutionResult>): () => void {
    const unsubscribe = this.client.subscribe(payload, sink);
    // Not at once: graphql-ws counts an operation's end twice when its own unsubscribe and the server's
    // `complete` for it run in one turn (a refusal and its complete read together, as ws in Node emits
    // them), and it closes the socket once its count of operations reaches 0. A later turn lets it hear
    // the complete first, or stop listening for it.
    return () => void setTimeout(unsubscribe, 0);
  }

  /** One operation's single result, such as a mutation's. */
  execute(query: string, variables: Record<string, unknown>): Promise<FormattedExecutionResult<Record<string, unknown>, unknown>> {
    return new Promise((resolve, reject) => {
      let result: FormattedExecutionResult<Record<string, unknown>, unknown> | undefined;
      this.client.subscribe(
        { query, variables },
        {
          next: (value) => (result = value),
          error: reject,
          complete: () => (result ? resolve(result) : reject(new Error('The socket closed before the answer came'))),
        },
      );
    });
  }

  /** Closes the socket without telling onClosed: it is no longer wanted. */
  retire(): void {
    this.stop();
  }

  /** The socket closed, or is given up as lost: onClosed hears of it once. */
  private end(closed: Closed): void {
    if (this.stop()) this.options.onClosed(closed);
  }

  /** Lets the graphql-ws client go; false when it was gone already. */
  private stop(): boolean {
    clearTimeout(this.signInDue);
    clearTimeout(this.pongDue);
    if (this.retired) return false;
    this.retired = true;
    // Disposed, it does not reconnect by itself after a 1000 close, which it does whatever retryAttempts says.
    // dispose() rejects when the socket never opened: there is nothing to close then.
    Promise.resolve(this.client.dispose()).catch(() => {});
    return true;
  }
}

function closeOf(event: unknown): Closed {
  const { code, reason } = (event ?? {}) as Closed;
  return { code: typeof code === 'number' ? code : undefined, reason: typeof reason === 'string' ? reason : undefined };
}
