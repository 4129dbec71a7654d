// The practical floor: what a plain `ws` + ioredis + pg server costs for the same job, with no GraphQL.
// Run as its own process by the benchmark: `node --import tsx scripts/bench/floor-server.ts`.
//
//   WebSocket /ws?token=<jwt>&topic=user         the token's user channel
//   WebSocket /ws?token=<jwt>&topic=conv:<id>    a shared channel (a conversation)
//     the server sends {"type":"ready"} once the channel's Redis SUBSCRIBE is active,
//     then every published string as one text frame, untouched.
//   POST /publish {channel, title, message}      Bearer token (ADMIN for user:… channels):
//     one INSERT, then one PUBLISH of the stored row as JSON.
//
// Environment: PORT (0 for any), DATABASE_URL, REDIS_URL, JWT_SECRET. Logs one JSON
// "listening" line; exits on SIGTERM or when its stdin closes (the benchmark went away).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { jwtVerify } from 'jose';
import pg from 'pg';
import { WebSocketServer, type WebSocket } from 'ws';

const env = process.env;
const key = new TextEncoder().encode(env['JWT_SECRET'] ?? '');
const PREFIX = 'floor:';
const PING_MS = 12_000;
// Sockets are pinged a twelfth at a time, as the project pings them: all at once blocked the loop for 70 to 100 ms at N=2,000.
const PING_GROUPS = 12;
const MAX_BODY = 64 * 1024;

// Connections kept once opened, as the project keeps them: a cold pool is no floor.
const pool = new pg.Pool({ connectionString: env['DATABASE_URL'], max: 10, idleTimeoutMillis: 0 });
pool.on('error', () => {});
await pool.query(`create table if not exists bench_floor_events (
  id bigserial primary key,
  channel text not null,
  title text not null,
  message text not null,
  created_at timestamptz not null default now()
)`);

let stopping = false;
const connect = () =>
  new Redis(env['REDIS_URL']!, { maxRetriesPerRequest: null }).on('error', (error: Error) => {
    // While stopping, the connections close under commands still in flight; that is no news.
    if (!stopping) console.error(JSON.stringify({ level: 50, msg: 'redis connection problem', err: error.message }));
  });
const publisher = connect();
const subscriber = connect();

/** Sockets per channel in this process, and the SUBSCRIBE each channel waits for. */
const sockets = new Map<string, Set<WebSocket>>();
const subscribed = new Map<string, Promise<unknown>>();

subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
  const listeners = sockets.get(channel.toString().slice(PREFIX.length));
  if (listeners) for (const socket of listeners) socket.send(message, { binary: false });
});

async function verify(token: string | null | undefined): Promise<{ sub: string; role: string } | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], requiredClaims: ['sub', 'exp'] });
    return typeof payload['role'] === 'string' ? { sub: payload.sub!, role: payload['role'] } : null;
  } catch {
    return null;
  }
}

async function join(socket: WebSocket, channel: string): Promise<void> {
  let listeners = sockets.get(channel);
  if (!listeners) {
    listeners = new Set();
    sockets.set(channel, listeners);
    subscribed.set(channel, subscriber.subscribe(PREFIX + channel));
  }
  listeners.add(socket);
  socket.once('close', () => {
    listeners.delete(socket);
    if (listeners.size === 0 && sockets.get(channel) === listeners && !stopping) {
      sockets.delete(channel);
      subscribed.delete(channel);
      void subscriber.unsubscribe(PREFIX + channel).catch(() => {});
    }
  });
  await subscribed.get(channel);
  socket.send('{"type":"ready"}');
}

const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY });
const alive = new WeakSet<WebSocket>();
const pingGroup = new WeakMap<WebSocket, number>();
let joined = 0;
let tick = 0;
const pinger = setInterval(() => {
  const group = tick++ % PING_GROUPS;
  for (const socket of wss.clients) {
    if (pingGroup.get(socket) !== group) continue;
    if (!alive.has(socket)) {
      socket.terminate();
      continue;
    }
    alive.delete(socket);
    socket.ping();
  }
}, PING_MS / PING_GROUPS);

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString();
}

async function publish(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const auth = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
  const viewer = await verify(auth?.[1]);
  const { channel, title, message } = JSON.parse(await readBody(req)) as { channel?: unknown; title?: unknown; message?: unknown };
  if (!viewer) return void res.writeHead(401).end();
  if (typeof channel !== 'string' || typeof title !== 'string' || typeof message !== 'string') return void res.writeHead(400).end();
  if (channel.startsWith('user:') && viewer.role !== 'ADMIN' && viewer.role !== 'SUPER_ADMIN') return void res.writeHead(403).end();
  const { rows } = await pool.query<{ id: string; created_at: Date }>(
    'insert into bench_floor_events (channel, title, message) values ($1, $2, $3) returning id, created_at',
    [channel, title, message],
  );
  const row = rows[0]!;
  const frame = JSON.stringify({ type: 'event', id: row.id, channel, title, message, createdAt: row.created_at.toISOString() });
  await publisher.publish(PREFIX + channel, frame);
  res.writeHead(200, { 'content-type': 'application/json' }).end(`{"id":"${row.id}"}`);
}

const server = createServer((req, res) => {
  const path = req.url?.split('?')[0];
  if (req.method === 'POST' && path === '/publish') {
    publish(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String((error as Error).message));
    });
  } else {
    res.writeHead(404).end();
  }
});

server.on('upgrade', (req: IncomingMessage, socket, head) => {
  const url = new URL(req.url ?? '/', 'http://floor');
  void verify(url.searchParams.get('token')).then((viewer) => {
    const topic = url.searchParams.get('topic') ?? 'user';
    if (url.pathname !== '/ws' || !viewer || !(topic === 'user' || topic.startsWith('conv:'))) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      alive.add(ws);
      pingGroup.set(ws, joined++ % PING_GROUPS);
      ws.on('pong', () => alive.add(ws));
      ws.on('error', () => ws.terminate());
      join(ws, topic === 'user' ? `user:${viewer.sub}` : topic).catch(() => ws.close(1011, 'subscribe failed'));
    });
  });
});

server.listen(Number(env['PORT'] ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ level: 30, msg: 'listening', url: `http://127.0.0.1:${port}`, database: 'postgres', pubsub: 'redis' }));
});

async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearInterval(pinger);
  for (const socket of wss.clients) socket.terminate();
  server.closeAllConnections();
  server.close();
  await Promise.allSettled([pool.end(), publisher.quit(), subscriber.quit()]);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
process.stdin.on('end', () => void shutdown());
process.stdin.on('error', () => void shutdown());
process.stdin.resume();
