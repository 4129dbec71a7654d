import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/** The types of what Vite writes into web/dist; anything else is sent as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const BYTES = 'application/octet-stream';

interface WebFile {
  body: Uint8Array<ArrayBuffer>;
  /** The same, gzipped, for text worth compressing. */
  gzipped: Uint8Array<ArrayBuffer> | undefined;
  type: string;
  /** Vite names what it builds into assets/ by their content's hash: such a name never holds other bytes. */
  immutable: boolean;
}

/** The built single-page app: its files by URL path. */
export interface WebApp {
  readonly files: ReadonlyMap<string, WebFile>;
}

/**
 * Reads the built app (web/dist) once, at start; undefined when it has no
 * index.html (not built). Only the files found here are ever served, by exact
 * path, so no request can name anything outside the directory.
 */
export function loadWebApp(dir: string): WebApp | undefined {
  if (!existsSync(join(dir, 'index.html'))) return undefined;
  const files = new Map<string, WebFile>();
  for (const path of filesUnder(dir)) {
    const body = readFileSync(path);
    const type = CONTENT_TYPES[extname(path)] ?? BYTES;
    const urlPath = posix.join('/', ...relative(dir, path).split(sep));
    const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && body.length > 1024;
    files.set(urlPath, { body, gzipped: compressible ? gzipSync(body) : undefined, type, immutable: urlPath.startsWith('/assets/') });
  }
  return { files };
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Serves the app at every path but the GraphQL endpoint: its files as they
 * are, and index.html for a path without an extension (a client-side route
 * such as /chat/42), so a reload or a shared link opens the app there. GET
 * and HEAD only; anything else, and a missing file, goes on to yoga (404).
 */
export function useWebApp(app: WebApp, graphqlEndpoint: string): Plugin {
  const index = app.files.get('/index.html')!;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === graphqlEndpoint || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const file = app.files.get(url.pathname) ?? (isRoute(url.pathname) ? index : undefined);
      if (!file) return;
      const gzip = file.gzipped && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      const body = gzip ? file.gzipped! : file.body;
      const headers: Record<string, string> = {
        'content-type': file.type,
        'content-length': String(body.length),
        'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (file.gzipped) headers['vary'] = 'accept-encoding';
      if (gzip) headers['content-encoding'] = 'gzip';
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}

/** A client-side route: its last segment has no extension (a missing /app.js is a 404, not the page). */
function isRoute(pathname: string): boolean {
  return !posix.basename(pathname).includes('.');
}
