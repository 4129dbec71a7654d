import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';

// The message types a client may send in graphql-transport-ws.
const CLIENT_MESSAGES = new Set(['connection_init', 'ping', 'pong', 'subscribe', 'complete']);
// A ping's payload is echoed back; nesting this deep is abuse (and would overflow the stack).
const MAX_PAYLOAD_NESTING = 32;
// WebSocket close reasons are at most 123 bytes.
const MAX_REASON_BYTES = 123;

/**
 * Guards graphql-ws against frames it handles badly: it closes with 4500 on
 * a message type only a server sends, on a ping too deep to echo, and on a
 * close reason (it quotes subscription ids) longer than the protocol allows.
 * Such frames close the socket with 4400 first; graphql-ws's own close then
 * finds the socket closing and does nothing.
 */
export function guardFrames(socket: WebSocket): void {
  const close = socket.close.bind(socket);
  socket.close = (code?: number, reason?: string | Buffer) => close(code, reason === undefined ? undefined : fitReason(String(reason)));
  socket.on('message', (data) => {
    // The reason graphql-ws gives for every other bad message.
    if (refused(String(data))) socket.close(CloseCode.BadRequest, 'Invalid message received');
  });
}

/** True for a frame graphql-ws would mishandle; anything else is left for graphql-ws to judge. */
function refused(frame: string): boolean {
  let message: unknown;
  try {
    message = JSON.parse(frame);
  } catch {
    return false;
  }
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && !CLIENT_MESSAGES.has(type)) return true;
  return (type === 'ping' || type === 'pong') && nesting(frame) > MAX_PAYLOAD_NESTING;
}

/** The deepest bracket nesting in a JSON text (brackets inside strings count too: good enough for a limit). */
function nesting(json: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

function fitReason(reason: string): string {
  if (Buffer.byteLength(reason) <= MAX_REASON_BYTES) return reason;
  return `${Buffer.from(reason).subarray(0, MAX_REASON_BYTES - 3).toString().replace(/\uFFFD$/, '')}...`;
}
