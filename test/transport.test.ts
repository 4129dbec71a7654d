import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { signUp } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { startTestServer, type TestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// What a client sees of the transports themselves: GraphQL over HTTP and SSE,
// GraphiQL, /health, /metrics and the graphql-ws protocol, including what
// happens when a client gets them wrong.

const TransportMe = graphql(`
  query TransportMe {
    me {
      id
      email
    }
  }
`);

const server = await startTestServer();
// For the size limits: 2 KiB bodies and frames.
const small = await startTestServer({ MAX_BODY_BYTES: '2048' });

interface Reply {
  status: number;
  contentType: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs a raw body to /graphql as application/json and returns status and parsed JSON. */
async function postRaw(url: string, body: BodyInit, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(url, {
    method: 'POST',
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
    body,
  });
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Reply['body'] };
}

/** The server still answers an ordinary signed-in query over HTTP. */
async function expectServerAnswers(target: TestServer = server): Promise<void> {
  const user = await signUp(target, 'ok');
  const { me } = await gqlData(target.httpUrl, TransportMe, {}, user.token);
  expect(me).toEqual({ id: user.id, email: user.email });
}

/** A well-behaved client on a fresh socket still gets its UnreadCount. */
async function expectSocketsServed(target: TestServer = server): Promise<void> {
  const user = await signUp(target, 'bystander');
  const socket = await TestSocket.connect(target.wsUrl, user.token);
  socket.subscribe('1', NotificationStream);
  expect(await socket.data<NotificationStreamSubscription>('1')).toEqual({
    notifications: { __typename: 'UnreadCount', cursor: expect.any(String), at: expect.any(String), unreadCount: 0 },
  });
  socket.close();
}

describe('bad input over HTTP', () => {
  // Each case: what the user sends, and exactly what comes back. Never a 500.
  const cases: { name: string; body: string; status: number; message: string; code?: string }[] = [
    {
      name: 'malformed JSON',
      body: '{"query": ',
      status: 400,
      message: 'POST body sent invalid JSON.',
      code: 'BAD_REQUEST',
    },
    {
      name: 'a body that is a JSON string, not an object',
      body: '"query TransportNotAnObject { me { id } }"',
      status: 400,
      message: 'POST body is expected to be object but received string',
      code: 'BAD_REQUEST',
    },
    {
      name: 'a body that is a JSON number',
      body: '42',
      status: 400,
      message: 'POST body is expected to be object but received number',
      code: 'BAD_REQUEST',
    },
    {
      name: 'a body that is JSON null',
      body: 'null',
      status: 400,
      message: 'POST body is expected to be object but received null',
      code: 'BAD_REQUEST',
    },
    {
      name: 'a JSON array (a batch)',
      body: JSON.stringify([{ query: 'query TransportBatch { me { id } }' }]),
      status: 400,
      message: 'Batching is not supported.',
      code: 'BAD_REQUEST',
    },
    {
      name: 'an object without a query',
      body: '{}',
      status: 200,
      message: 'Must provide query string.',
      code: 'BAD_REQUEST',
    },
    {
      name: 'a query that is not a string',
      body: JSON.stringify({ query: { me: true } }),
      status: 400,
      message: 'Expected "query" param to be a string, but given object.',
      code: 'BAD_REQUEST',
    },
    {
      name: 'variables that are not an object',
      body: JSON.stringify({ query: 'query TransportVarsString { me { id } }', variables: 'x' }),
      status: 400,
      message: 'Expected "variables" param to be empty or an object, but given string.',
      code: 'BAD_REQUEST',
    },
    {
      name: 'a query with a syntax error',
      body: JSON.stringify({ query: 'query TransportSyntax { me { id ' }),
      status: 200,
      message: 'Syntax Error: Expected Name, found <EOF>.',
      code: 'GRAPHQL_PARSE_FAILED',
    },
    {
      name: 'an unknown field',
      body: JSON.stringify({ query: 'query TransportUnknownField { nope }' }),
      status: 200,
      message: 'Cannot query field "nope" on type "Query".',
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    {
      name: 'an operationName that is not in the document',
      body: JSON.stringify({ query: 'query TransportNamed { me { id } }', operationName: 'TransportElsewhere' }),
      status: 400,
      message: 'Could not determine what operation to execute.',
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'a variable of the wrong type',
      body: JSON.stringify({
        query: 'query TransportWrongType($first: Int) { notifications(first: $first) { totalCount } }',
        variables: { first: 'abc' },
      }),
      status: 400,
      message: 'Variable "$first" got invalid value "abc"; Int cannot represent non-integer value: "abc"',
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'a required variable left out',
      body: JSON.stringify({
        query:
          'mutation TransportMissingVariable($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        variables: { email: 'someone@example.test' },
      }),
      status: 400,
      message: 'Variable "$password" of required type "String!" was not provided.',
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'a required argument left out',
      body: JSON.stringify({ query: 'mutation TransportMissingArgument { login(email: "someone@example.test") { token } }' }),
      status: 200,
      message: 'Field "login" argument "password" of type "String!" is required, but it was not provided.',
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
  ];

  for (const { name, body, status, message, code } of cases) {
    it(`answers ${name} with ${status} and "${message}", and keeps serving`, async () => {
      const reply = await postRaw(server.httpUrl, body);
      expect(reply.status).toBe(status);
      expect(reply.contentType).toMatch(/^application\/json/);
      expect(reply.body.data).toBeUndefined();
      expect(reply.body.errors).toHaveLength(1);
      expect(reply.body.errors?.[0]?.message).toBe(message);
      if (code) expect(reply.body.errors?.[0]?.extensions?.['code']).toBe(code);
      await expectServerAnswers();
    });
  }

  it('refuses a body larger than MAX_BODY_BYTES with 413, and keeps serving', async () => {
    const body = JSON.stringify({ query: `query TransportHuge { me { id } }${' '.repeat(4096)}` });
    const reply = await postRaw(small.httpUrl, body);
    expect(reply.status).toBe(413);
    expect(reply.body.errors?.[0]).toEqual({ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } });
    // A body just under the limit still goes through.
    const fits = await postRaw(small.httpUrl, JSON.stringify({ query: `query TransportFits { __typename }${' '.repeat(1500)}` }));
    expect(fits).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
    await expectServerAnswers(small);
  });

  it('refuses an oversized body sent in chunks, without a content-length, with 413', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query":"query TransportChunked { me { id } }'));
      },
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
        }
      },
    });
    const reply = await postRaw(small.httpUrl, stream, { duplex: 'half' } as RequestInit);
    expect(reply.status).toBe(413);
    expect(reply.body.errors?.[0]?.message).toBe('Request body too large');
    await expectServerAnswers(small);
  });

  it('answers a body sent in chunks, without a content-length, when it fits', async () => {
    const parts = ['{"query":"query TransportChunkedFits ', '{ __typename }', '"}'].map((part) => new TextEncoder().encode(part));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const part = parts.shift();
        if (part) controller.enqueue(part);
        else controller.close();
      },
    });
    const reply = await postRaw(small.httpUrl, stream, { duplex: 'half' } as RequestInit);
    expect(reply).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });
});

describe('GET, GraphiQL and SSE', () => {
  it('runs a query sent with GET and the x-graphql-yoga-csrf header', async () => {
    const user = await signUp(server, 'getter');
    const url = new URL(server.httpUrl);
    url.searchParams.set('query', print(TransportMe));
    const response = await fetch(url, { headers: { authorization: `Bearer ${user.token}`, 'x-graphql-yoga-csrf': '1' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: { id: user.id, email: user.email } } });
  });

  it('refuses a mutation sent with GET with 405', async () => {
    const url = new URL(server.httpUrl);
    url.searchParams.set(
      'query',
      'mutation TransportGetMutation { login(email: "someone@example.test", password: "whatever it is") { token } }',
    );
    const response = await fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toEqual({
      errors: [{ message: 'Can only perform a mutation operation from a POST request.', extensions: { code: 'BAD_REQUEST' } }],
    });
    await expectServerAnswers();
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(server.httpUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html.trimStart()).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<title>Real-time API</title>');
    expect(html).toContain('renderYogaGraphiQL');
    // Bundled: the page needs nothing from a CDN.
    expect(html).not.toMatch(/https:\/\/unpkg\.com/);
  });

  it('streams a subscription over SSE as data: lines', async () => {
    const user = await signUp(server, 'sse');
    const abort = new AbortController();
    const response = await fetch(server.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${user.token}` },
      body: JSON.stringify({ query: print(NotificationStream) }),
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);

    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    let dataLine: string | undefined;
    const deadline = Date.now() + 5_000;
    while (dataLine === undefined && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
      dataLine = text.split('\n').find((line) => line.startsWith('data: '));
    }
    abort.abort();
    await reader.cancel().catch(() => undefined);

    expect(text).toMatch(/^event: next$/m);
    expect(dataLine).toBeDefined();
    expect(JSON.parse(dataLine!.slice('data: '.length))).toEqual({
      data: { notifications: { __typename: 'UnreadCount', cursor: expect.any(String), at: expect.any(String), unreadCount: 0 } },
    });
    await expectServerAnswers();
  });
});

describe('/health and /metrics', () => {
  it('reports health as JSON', async () => {
    const response = await fetch(new URL('/health', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok', pubsub: 'ok' });
  });

  it('exposes the real-time figures in Prometheus text, counting open sockets', async () => {
    const user = await signUp(server, 'metrics');
    const socket = await TestSocket.connect(server.wsUrl, user.token);
    socket.subscribe('1', NotificationStream);
    await socket.data<NotificationStreamSubscription>('1');

    const response = await fetch(new URL('/metrics', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    for (const name of [
      'realtime_open_sockets',
      'realtime_active_subscriptions',
      'realtime_events_published_total',
      'realtime_events_delivered_total',
      'realtime_delivery_latency_seconds',
    ]) {
      expect(text).toMatch(new RegExp(`^# TYPE ${name} (gauge|counter|histogram)$`, 'm'));
    }
    const value = (source: string, pattern: RegExp) => Number(pattern.exec(source)?.[1]);
    const activeNotifications = /^realtime_active_subscriptions\{field="notifications"\} (\S+)$/m;
    expect(value(text, /^realtime_open_sockets (\S+)$/m)).toBeGreaterThanOrEqual(1);
    expect(value(text, activeNotifications)).toBeGreaterThanOrEqual(1);
    expect(value(text, /^realtime_events_delivered_total (\S+)$/m)).toBeGreaterThanOrEqual(1);

    // Completing the subscription takes it off the gauge.
    socket.complete('1');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await (await fetch(new URL('/metrics', server.url))).text();
    expect(value(after, activeNotifications)).toBe(value(text, activeNotifications) - 1);
    socket.close();
  });
});

describe('graphql-ws protocol violations', () => {
  async function initialised(): Promise<TestSocket> {
    return TestSocket.connect(server.wsUrl);
  }

  it('closes with 4400 on a frame that is not JSON', async () => {
    const socket = await initialised();
    socket.send('{not json');
    expect(await socket.waitForClose()).toEqual({ code: 4400, reason: 'Invalid message received' });
    await expectSocketsServed();
  });

  it('closes with 4400 on an unknown message type', async () => {
    const socket = await initialised();
    socket.send({ type: 'hello', payload: {} });
    expect(await socket.waitForClose()).toEqual({ code: 4400, reason: 'Invalid message received' });
    await expectSocketsServed();
  });

  it('closes with 4400 on a subscribe without a payload', async () => {
    const socket = await initialised();
    socket.send({ type: 'subscribe', id: '1' });
    expect(await socket.waitForClose()).toEqual({ code: 4400, reason: 'Invalid message received' });
    await expectSocketsServed();
  });

  it('closes with 4401 on a subscribe before connection_ack', async () => {
    const socket = await TestSocket.open(server.wsUrl);
    socket.subscribe('1', NotificationStream);
    expect(await socket.waitForClose()).toEqual({ code: 4401, reason: 'Unauthorized' });
    await expectSocketsServed();
  });

  it('closes with 4409 on a second subscribe with an id already in use', async () => {
    const user = await signUp(server, 'dup');
    const socket = await TestSocket.connect(server.wsUrl, user.token);
    socket.subscribe('1', NotificationStream);
    expect((await socket.data<NotificationStreamSubscription>('1')).notifications.__typename).toBe('UnreadCount');
    socket.subscribe('1', NotificationStream);
    expect(await socket.waitForClose()).toEqual({ code: 4409, reason: 'Subscriber for 1 already exists' });
    await expectSocketsServed();
  });

  it('closes with 4429 on a second connection_init', async () => {
    const socket = await initialised();
    socket.send({ type: 'connection_init', payload: {} });
    expect(await socket.waitForClose()).toEqual({ code: 4429, reason: 'Too many initialisation requests' });
    await expectSocketsServed();
  });

  it('closes with 4408 when no connection_init arrives within 10 s', { timeout: 20_000 }, async () => {
    const opened = Date.now();
    const socket = await TestSocket.open(server.wsUrl);
    expect(await socket.waitForClose(15_000)).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
    expect(Date.now() - opened).toBeGreaterThanOrEqual(9_500);
    await expectSocketsServed();
  });

  it('pings every socket every 12 s, and drops one that has not answered the previous ping', { timeout: 45_000 }, async () => {
    // Pings are counted from the upgrade on: one can come before connection_ack, or while the other socket connects.
    const silent = await TestSocket.open(server.wsUrl, { autoPong: false });
    let silentPings = 0;
    silent.ws.on('ping', () => silentPings++);
    await silent.init();
    const answering = await TestSocket.open(server.wsUrl);
    const answeringTwice = new Promise<void>((resolve) => {
      let pings = 0;
      answering.ws.on('ping', () => ++pings === 2 && resolve());
    });
    await answering.init();
    // Terminated, not closed: an unresponsive peer would never finish a closing handshake.
    expect((await silent.waitForClose(30_000)).code).toBe(1006);
    expect(silentPings).toBe(1);
    await answeringTwice;
    expect(answering.ws.readyState).toBe(answering.ws.OPEN);
    await expectSocketsServed();
  });

  it('closes with 1009 on a frame larger than MAX_BODY_BYTES', async () => {
    const socket = await TestSocket.connect(small.wsUrl);
    socket.send({ type: 'subscribe', id: '1', payload: { query: `query TransportHugeFrame { __typename }${' '.repeat(4096)}` } });
    expect((await socket.waitForClose()).code).toBe(1009);
    await expectSocketsServed(small);
  });
});

describe('bad operations over graphql-ws', () => {
  it('answers a syntax error with an error message and keeps the socket open', async () => {
    const user = await signUp(server, 'syntax');
    const socket = await TestSocket.connect(server.wsUrl, user.token);
    socket.send({ type: 'subscribe', id: '1', payload: { query: 'subscription TransportWsSyntax { notifications { ' } });
    const message = await socket.message('1');
    expect(message).toMatchObject({ type: 'error', id: '1' });
    expect(message.payload).toEqual([expect.objectContaining({ message: 'Syntax Error: Expected Name, found <EOF>.' })]);
    socket.subscribe('2', NotificationStream);
    expect((await socket.data<NotificationStreamSubscription>('2')).notifications.__typename).toBe('UnreadCount');
  });

  it('answers an unknown field with a validation error and keeps the socket open', async () => {
    const user = await signUp(server, 'unknown');
    const socket = await TestSocket.connect(server.wsUrl, user.token);
    socket.send({ type: 'subscribe', id: '1', payload: { query: 'subscription TransportWsUnknown { nope }' } });
    const message = await socket.message('1');
    expect(message).toMatchObject({ type: 'error', id: '1' });
    expect(message.payload).toEqual([
      expect.objectContaining({
        message: 'Cannot query field "nope" on type "Subscription".',
        // Only the code: yoga's HTTP status hints stay on the HTTP side.
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
    socket.subscribe('2', NotificationStream);
    expect((await socket.data<NotificationStreamSubscription>('2')).notifications.__typename).toBe('UnreadCount');
  });

  it('answers a subscription variable of the wrong type with BAD_USER_INPUT, and keeps the socket open', async () => {
    const user = await signUp(server, 'variables');
    const socket = await TestSocket.connect(server.wsUrl, user.token);
    const query = 'subscription TransportWsVariable($after: String) { notifications(after: $after) { __typename } }';
    socket.send({ type: 'subscribe', id: '1', payload: { query, variables: { after: 42 } } });
    const result = await socket.next('1');
    expect(result.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('$after'), extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    expect((await socket.message('1')).type).toBe('complete');
    socket.subscribe('2', NotificationStream);
    expect((await socket.data<NotificationStreamSubscription>('2')).notifications.__typename).toBe('UnreadCount');
  });

  // The contract: errors of a single subscription carry extensions.code, as over HTTP.
  it('gives a syntax error over graphql-ws an extensions.code, as over HTTP', async () => {
    const socket = await TestSocket.connect(server.wsUrl);
    socket.send({ type: 'subscribe', id: '1', payload: { query: 'subscription TransportWsSyntaxCode { notifications { ' } });
    const message = await socket.message('1');
    expect(message.type).toBe('error');
    expect(message.payload).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_PARSE_FAILED' }) })]);
  });
});
