import type { IncomingMessage } from 'node:http';

/** The client's address: the connection's, or behind a trusted proxy the one it forwarded. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const header = (name: string) => [req.headers[name]].flat()[0]?.split(',')[0]?.trim();
  const forwarded = trustProxy ? (header('x-real-ip') ?? header('x-forwarded-for')) : undefined;
  return forwarded || req.socket.remoteAddress || 'unknown';
}
