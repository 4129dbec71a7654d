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
  /** Ms between pings; a pong missing for half as long closes the socket as lost. 0 turns pings off. */
  keepAlive: number;
  onConnected: () => void;
  onClosed: (closed: Closed) => void;
}

/** The code a client closes its own socket with when the server stopped answering pings. */
export const LOST = 4408;

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

  constructor(options: ConnectionOptions) {
    this.token = options.token;
    let pongDue: ReturnType<typeof setTimeout> | undefined;
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
          this.acknowledged = true;
          if (!this.retired) options.onConnected();
        },
        ping: (received) => {
          if (received) return;
          pongDue = setTimeout(() => this.socket?.close(LOST, 'No pong'), options.keepAlive / 2);
        },
        pong: (received) => {
          if (received) clearTimeout(pongDue);
        },
        opened: (socket) => {
          this.socket = socket as { close(code: number, reason: string): void };
        },
        closed: (event) => {
          clearTimeout(pongDue);
          if (!this.retired) {
            this.retired = true;
            options.onClosed(closeOf(event));
          }
        },
      },
    });
  }

  private socket: { close(code: number, reason: string): void } | undefined;

  subscribe(payload: { query: string; variables: Record<string, unknown> }, sink: Sink<FormattedExecutionResult>): () => void {
    return this.client.subscribe(payload, sink);
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
    this.retired = true;
    void this.client.dispose();
  }
}

function closeOf(event: unknown): Closed {
  const { code, reason } = (event ?? {}) as Closed;
  return { code: typeof code === 'number' ? code : undefined, reason: typeof reason === 'string' ? reason : undefined };
}
