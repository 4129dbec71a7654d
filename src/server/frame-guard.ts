// The message types a client may send in graphql-transport-ws.
const CLIENT_MESSAGES = new Set(['connection_init', 'ping', 'pong', 'subscribe', 'complete']);
// A ping's payload is echoed back; nesting this deep is abuse (and would overflow the stack).
const MAX_PAYLOAD_NESTING = 32;
// WebSocket close reasons are at most 123 bytes.
const MAX_REASON_BYTES = 123;

/**
 * True for a frame graphql-ws handles badly: it closes with 4500 on a message
 * type only a server sends, and a ping too deep to echo would overflow the
 * stack. The socket closes with 4400 instead, and graphql-ws never sees the
 * frame. Anything else is left for graphql-ws to judge.
 */
export function refusedFrame(frame: string): boolean {
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

/**
 * The code of an error the ws library raises on a frame it refuses (`WS_ERR_INVALID_UTF8`,
 * `WS_ERR_UNSUPPORTED_MESSAGE_LENGTH`, bad framing): it closes the socket itself, with 1007, 1009 or
 * 1002. Undefined for any other error.
 */
export function wsRefusal(error: Error): string | undefined {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && code.startsWith('WS_ERR_') ? code : undefined;
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

/** A close reason the protocol allows: graphql-ws's may be longer (they quote subscription ids), and ws throws on those. */
export function fitReason(reason: string): string {
  if (Buffer.byteLength(reason) <= MAX_REASON_BYTES) return reason;
  return `${Buffer.from(reason)
    .subarray(0, MAX_REASON_BYTES - 3)
    .toString()
    .replace(/\uFFFD$/, '')}...`;
}
