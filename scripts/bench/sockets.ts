// One WebSocket of the load generator: opened, readied by its protocol, then fed to a sink.
import WebSocket from 'ws';

/** An event as it arrived: the sequence number and send time the generator put in it, and whom it was for. */
export interface Delivery {
  seq: number;
  /** Wall-clock milliseconds (with fractions) when the generator sent it. */
  sentAt: number;
  /** The recipient the payload names: `to <socket index>` (unicast) or the conversation id. */
  scope: string;
  /** The event's position in its stream, where the server gives one (the project's `cursor`). */
  cursor?: string;
}

export interface Sink {
  deliver(delivery: Delivery): void;
  /** Anything unexpected on a socket after it was ready: an error frame, a close, a completed subscription. */
  problem(kind: string, detail: string): void;
  /** The socket is ready, at the frame that says so (before any frame after it); the cursor that frame carries. */
  ready?(cursor: string | undefined): void;
}

export interface Conn {
  close(): void;
  terminate(): void;
  closed: Promise<void>;
}

/** Milliseconds since the epoch, with sub-millisecond precision; the one clock of sends and arrivals. */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/** `bench <seq> <sentAt>`, the text every benchmark event carries. */
export function stamp(seq: number, sentAt: number): string {
  return `bench ${seq} ${sentAt.toFixed(3)}`;
}

export function unstamp(text: unknown, scope: unknown): Delivery | undefined {
  if (typeof text !== 'string' || typeof scope !== 'string') return undefined;
  const [word, seq, sentAt] = text.split(' ');
  if (word !== 'bench') return undefined;
  const delivery = { seq: Number(seq), sentAt: Number(sentAt), scope };
  return Number.isInteger(delivery.seq) && Number.isFinite(delivery.sentAt) ? delivery : undefined;
}

export interface SocketSpec {
  url: string;
  protocol?: string;
  /** For the upgrade and the sign-in, then again from the sign-in until ready. */
  timeoutMs: number;
  onOpen(ws: WebSocket): void;
  /** Handles one text frame; returns 'signed-in' at the server's acknowledgement, 'ready' once subscribed (the first time counts). */
  onMessage(text: string, ws: WebSocket): 'signed-in' | 'ready' | undefined;
  onProblem(kind: string, detail: string): void;
}

/** Why a socket did not get ready: its close code, if it closed, and whether the server had signed it in. */
export class NotReady extends Error {
  constructor(
    message: string,
    readonly code: number | undefined,
    readonly signedIn: boolean,
  ) {
    super(message);
  }
}

/** Resolves once the protocol says the socket is ready; rejects with NotReady on a close, an error or a timeout before that. */
export function openSocket(spec: SocketSpec): Promise<Conn> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(spec.url, spec.protocol ? [spec.protocol] : [], {
      perMessageDeflate: false,
      handshakeTimeout: spec.timeoutMs,
    });
    let ready = false;
    let signedIn = false;
    let closing = false;
    const expire = () => {
      ws.terminate();
      reject(new NotReady(`not ${signedIn ? 'ready' : 'signed in'} within ${spec.timeoutMs} ms`, undefined, signedIn));
    };
    let timer = setTimeout(expire, spec.timeoutMs);
    const conn: Conn = {
      close() {
        closing = true;
        if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close(1000);
      },
      terminate() {
        closing = true;
        ws.terminate();
      },
      closed: new Promise<void>((resolveClosed) =>
        ws.once('close', (code, reason) => {
          clearTimeout(timer);
          if (!ready) reject(new NotReady(`closed with ${code} ${reason.toString()}`.trim(), code, signedIn));
          else if (!closing) spec.onProblem('closed', `${code} ${reason.toString()}`.trim());
          resolveClosed();
        }),
      ),
    };
    ws.on('error', (error) => {
      if (!ready) reject(new NotReady(error.message, undefined, signedIn));
      else if (!closing) spec.onProblem('socket error', error.message);
    });
    ws.on('open', () => spec.onOpen(ws));
    ws.on('message', (data) => {
      let outcome: 'signed-in' | 'ready' | undefined;
      try {
        outcome = spec.onMessage(data.toString(), ws);
      } catch (error) {
        spec.onProblem('bad frame', (error as Error).message);
        return;
      }
      if (outcome === 'signed-in' && !ready) {
        signedIn = true;
        clearTimeout(timer);
        timer = setTimeout(expire, spec.timeoutMs);
      } else if (outcome === 'ready' && !ready) {
        ready = true;
        clearTimeout(timer);
        resolve(conn);
      }
    });
  });
}
