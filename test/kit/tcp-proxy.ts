import { createServer, type Socket, connect } from 'node:net';
import { afterAll } from 'vitest';

// A TCP proxy between a browser and a server: the test cuts the browser's network (every open
// connection reset, every new one refused) and restores it, while the server and everyone else
// carry on. Chromium's offline emulation does not reliably reach an open WebSocket; this does.

export interface TcpProxy {
  /** http://127.0.0.1:<port>: the server's address as the browser behind the proxy sees it. */
  url: string;
  /** Resets every open connection and refuses new ones. */
  cut(): void;
  restore(): void;
}

const proxies: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of proxies) await close();
});

export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  let refusing = false;
  const server = createServer((client) => {
    if (refusing) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      // Either end failing ends both, as a dropped network would.
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  proxies.push(async () => {
    for (const socket of open) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    url: `http://127.0.0.1:${address.port}`,
    cut() {
      refusing = true;
      for (const socket of open) socket.resetAndDestroy();
    },
    restore() {
      refusing = false;
    },
  };
}
