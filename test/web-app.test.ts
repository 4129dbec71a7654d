import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './kit/gql';
import { gqlData } from './kit/http';
import { startTestServer, type TestServer } from './kit/server';

// The built web app served at / beside the API: content types, caching, client routes, and nothing outside its directory.

const WebAppMe = graphql(`
  query WebAppMe {
    me {
      id
    }
  }
`);

const INDEX = '<!doctype html><title>app</title><script type="module" src="/assets/app-1a2b3c.js"></script>';
// Over a kilobyte, so that it is worth compressing.
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2_000))});`;
const SECRET = 'not for the web';

/** A directory laid out as Vite builds web/dist, beside a file that must never be served. */
function builtApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'web-app-'));
  writeFileSync(join(root, 'secret.txt'), SECRET);
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'app-1a2b3c.css'), 'body { margin: 0 }');
  writeFileSync(join(dist, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

/** A GET with the path exactly as written (fetch would resolve the dots away), and no compression unless asked. */
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the web app', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ WEB_DIR: builtApp() });
  });

  it('serves index.html at / as HTML that is always revalidated', async () => {
    const response = await get(server.url, '/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body.toString()).toBe(INDEX);
  });

  it('serves each asset with its content type, cached for good (its name is its hash)', async () => {
    for (const [path, type] of [
      ['/assets/app-1a2b3c.js', 'text/javascript; charset=utf-8'],
      ['/assets/app-1a2b3c.css', 'text/css; charset=utf-8'],
      ['/assets/logo.svg', 'image/svg+xml'],
    ]) {
      const response = await get(server.url, path!);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toBe(type);
      expect(response.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('gzips what is worth it for a browser that accepts gzip', async () => {
    const response = await get(server.url, '/assets/app-1a2b3c.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(response.body).toString()).toBe(SCRIPT);
    expect((await get(server.url, '/assets/app-1a2b3c.js')).body.toString()).toBe(SCRIPT);
  });

  it('answers a client-side route with index.html, and a missing file with 404', async () => {
    for (const path of ['/chat', '/chat/0b9f2c1e-1111-4222-8333-444455556666', '/orders/42?tab=trail']) {
      const response = await get(server.url, path);
      expect(response.status, path).toBe(200);
      expect(response.body.toString(), path).toBe(INDEX);
    }
    expect((await get(server.url, '/assets/gone-000000.js')).status).toBe(404);
  });

  it('never serves a file outside its directory', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '//secret.txt',
    ]) {
      const response = await get(server.url, path);
      expect(response.body.toString(), path).not.toContain(SECRET);
      expect(response.status, path).toBe(404);
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await get(server.url, '/', {}, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String(INDEX.length));
    expect(response.body.length).toBe(0);
  });

  it('leaves /graphql and /health as they were', async () => {
    expect(await gqlData(server.httpUrl, WebAppMe, {})).toEqual({ me: null });
    const health = await get(server.url, '/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body.toString())).toMatchObject({ status: 'ok' });
  });
});

it('answers / with 404 when the app is not built', async () => {
  const server = await startTestServer({ WEB_DIR: mkdtempSync(join(tmpdir(), 'web-app-empty-')) });
  expect((await fetch(`${server.url}/`)).status).toBe(404);
});
