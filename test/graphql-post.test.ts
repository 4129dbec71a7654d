import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { takeableAnswerType } from '../src/server/graphql-post';
import { signUp } from './kit/fixtures';
import { startTestServer } from './kit/server';

// A POST of JSON with a Content-Length is run beside yoga's Fetch API layer
// (src/server/graphql-post.ts); the same request sent chunked goes through
// yoga whole. Whichever way it goes, a client must get the same answer.

const server = await startTestServer();
const user = await signUp(server, 'post');
const DEEP = `{ __schema { types { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } } }`;

interface Answer {
  status: number;
  contentType: string | undefined;
  body: unknown;
}

/** POSTs `body` with a Content-Length (chunked: without one, as a stream would). */
function post(body: string, headers: Record<string, string>, chunked: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const length = chunked ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = request(
      server.httpUrl,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers, ...length } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, contentType: res.headers['content-type'], body: text && JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    // Two writes, so a chunked body really arrives in chunks.
    req.write(body.slice(0, 1));
    req.end(body.slice(1));
  });
}

const bearer = { authorization: `Bearer ${user.token}` };
const cases: [name: string, body: string, headers: Record<string, string>][] = [
  ['a query', JSON.stringify({ query: 'query Me { me { id email } }', operationName: 'Me' }), bearer],
  ['a query without a token', JSON.stringify({ query: '{ me { id } }' }), {}],
  [
    'a query with variables and extensions',
    JSON.stringify({ query: 'query($n: Int) { notifications(first: $n) { totalCount } }', variables: { n: 2 }, extensions: {} }),
    bearer,
  ],
  ['a token that does not verify', JSON.stringify({ query: '{ me { id } }' }), { authorization: 'Bearer nonsense' }],
  ['a field only a super admin may read', JSON.stringify({ query: '{ dashboardStats { __typename } }' }), bearer],
  [
    'a mutation that fails',
    JSON.stringify({ query: 'mutation { markNotificationRead(id: "00000000-0000-4000-8000-000000000000") { id } }' }),
    bearer,
  ],
  [
    'variables of the wrong type',
    JSON.stringify({ query: 'query($n: Int) { notifications(first: $n) { totalCount } }', variables: { n: 'two' } }),
    bearer,
  ],
  ['a syntax error', JSON.stringify({ query: '{ me {' }), bearer],
  ['an unknown field', JSON.stringify({ query: '{ nope }' }), bearer],
  ['a document too deep', JSON.stringify({ query: DEEP }), bearer],
  ['a document of too many tokens', JSON.stringify({ query: `{ ${'__typename '.repeat(1_200)}}` }), bearer],
  ['two operations and no operationName', JSON.stringify({ query: 'query A { me { id } } query B { me { email } }' }), bearer],
  ['an operationName the document lacks', JSON.stringify({ query: 'query A { me { id } }', operationName: 'B' }), bearer],
  ['a parameter GraphQL over HTTP does not have', JSON.stringify({ query: '{ me { id } }', id: 'persisted' }), bearer],
  ['variables that are not an object', JSON.stringify({ query: '{ me { id } }', variables: 'n=2' }), bearer],
  ['a batch', JSON.stringify([{ query: '{ me { id } }' }]), bearer],
  ['a body that is not JSON', '{"query": ', bearer],
];
const accepts = [undefined, '*/*', 'application/json', 'application/graphql-response+json'];

describe('POST /graphql', () => {
  for (const [name, body, headers] of cases) {
    it(`answers ${name} as yoga does, with every Accept it takes`, async () => {
      for (const accept of accepts) {
        const sent = accept ? { ...headers, accept } : headers;
        const beside = await post(body, sent, false);
        expect({ accept, ...beside }).toEqual({ accept, ...(await post(body, sent, true)) });
        if (name === 'a syntax error') expect(beside.body).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
      }
    });
  }

  it('answers a query with data, in the type the client accepts', async () => {
    const body = JSON.stringify({ query: '{ me { id } }' });
    expect(await post(body, bearer, false)).toEqual({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: { data: { me: { id: user.id } } },
    });
    expect(await post(body, { ...bearer, accept: 'application/graphql-response+json' }, false)).toMatchObject({
      contentType: 'application/graphql-response+json; charset=utf-8',
    });
  });

  it('streams a subscription sent with Accept */* over SSE, and ends it when the client goes', async () => {
    const metric = async () =>
      Number(
        /^realtime_active_subscriptions\{field="notifications"\} (\S+)$/m.exec(
          await (await fetch(new URL('/metrics', server.url))).text(),
        )?.[1] ?? 0,
      );
    const before = await metric();
    const abort = new AbortController();
    const response = await fetch(server.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: '*/*', ...bearer },
      body: JSON.stringify({ query: 'subscription { notifications { __typename } }' }),
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('data: ')) text += (await reader.read()).value ?? '';
    expect(text).toContain('"__typename":"UnreadCount"');
    expect(await metric()).toBe(before + 1);

    abort.abort();
    await reader.cancel().catch(() => undefined);
    await expect.poll(metric).toBe(before);
  });

  it('keeps serving after a client goes away halfway through its body', async () => {
    const url = new URL(server.httpUrl);
    const socket = connect(Number(url.port), url.hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`POST /graphql HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"query":`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    expect(await post(JSON.stringify({ query: '{ me { id } }' }), bearer, false)).toMatchObject({
      status: 200,
      body: { data: { me: { id: user.id } } },
    });
  });
});

describe('which POSTs are run beside yoga', () => {
  const json = { 'content-type': 'application/json', 'content-length': '20' };
  const takes = (headers: IncomingHttpHeaders, url = '/graphql', method = 'POST') =>
    takeableAnswerType({ method, url, headers } as never, 1_000);

  it('takes JSON of a declared length within the limit, answered in the type yoga would pick', () => {
    expect(takes(json)).toBe('application/json');
    expect(takes({ ...json, 'content-type': 'Application/JSON; charset=UTF-8' })).toBe('application/json');
    expect(takes({ ...json, accept: '*/*' })).toBe('application/json');
    expect(takes({ ...json, accept: 'application/graphql-response+json' })).toBe('application/graphql-response+json');
  });

  it('leaves to yoga what it would answer differently or what needs its checks', () => {
    expect(takes({ 'content-type': 'application/json' })).toBeUndefined(); // chunked: its size is counted as it arrives
    expect(takes({ ...json, 'content-length': '1001' })).toBeUndefined(); // 413
    expect(takes({ ...json, origin: 'https://app.example' })).toBeUndefined(); // CORS
    expect(takes({ ...json, accept: 'text/event-stream' })).toBeUndefined();
    expect(takes({ ...json, accept: 'application/graphql-response+json, application/json;q=0.9' })).toBeUndefined();
    expect(takes({ ...json, 'content-type': 'application/graphql' })).toBeUndefined();
    expect(takes(json, '/graphql?query=x')).toBeUndefined();
    expect(takes(json, '/graphql', 'GET')).toBeUndefined();
  });

  it('leaves to yoga every request its CSRF prevention could refuse: it takes JSON only', () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
      'text/plain; charset=utf-8',
    ]) {
      expect(takes({ ...json, 'content-type': type })).toBeUndefined();
    }
    expect(takes({ 'content-length': '20' })).toBeUndefined();
  });
});
