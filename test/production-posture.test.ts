import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { uniqueEmail } from './kit/fixtures';
import { startTestServer, type TestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// What a server tells a stranger about itself, by NODE_ENV and by setting:
// GraphiQL, introspection and "Did you mean ...?" hints; and that a page on
// another site cannot make a browser run an operation, in every environment.

const SECRETS = { JWT_SECRET: 'posture-jwt-secret-0123456789abcdef', MESSAGE_ENCRYPTION_KEY: 'posture-message-key-0123456789abcdef' };
const development = await startTestServer({ NODE_ENV: 'development' });
const production = await startTestServer({ NODE_ENV: 'production', ...SECRETS });
const closedDevelopment = await startTestServer({ NODE_ENV: 'development', GRAPHIQL: 'off', INTROSPECTION: 'off' });
const openProduction = await startTestServer({ NODE_ENV: 'production', ...SECRETS, GRAPHIQL: 'on', INTROSPECTION: 'on' });

interface Result {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

type Send = (server: TestServer, query: string, variables?: Record<string, unknown>) => Promise<Result>;

/** The routes an operation takes into the server; each must apply the same rules. */
const routes: Record<string, Send> = {
  'a JSON POST': async (server, query, variables) =>
    (
      await fetch(server.httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      })
    ).json(),
  // The same sent in chunks, as a streaming client would.
  'a chunked JSON POST': async (server, query, variables) => {
    const body = new Blob([JSON.stringify({ query, variables })]).stream();
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' };
    return (await fetch(server.httpUrl, init as RequestInit)).json();
  },
  'a GET': async (server, query, variables) => {
    const url = new URL(server.httpUrl);
    url.searchParams.set('query', query);
    if (variables) url.searchParams.set('variables', JSON.stringify(variables));
    return (await fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } })).json();
  },
  'graphql-ws': async (server, query, variables) => {
    const socket = await TestSocket.connect(server.wsUrl);
    socket.send({ type: 'subscribe', id: '1', payload: { query, variables } });
    const message = await socket.message('1');
    socket.close();
    return message.type === 'error' ? { errors: message.payload as Result['errors'] } : (message.payload as Result);
  },
};

const INTROSPECTION = '{ __schema { queryType { name } } }';

/** What a browser asking for /graphql as a page gets (not the page itself: it is megabytes long). */
async function page(server: TestServer): Promise<{ status: number; type: string | null; graphiql: boolean; postsOnly: boolean }> {
  const response = await fetch(server.httpUrl, { headers: { accept: 'text/html' } });
  const html = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    graphiql: html.includes('renderYogaGraphiQL'),
    postsOnly: html.includes('"method":"POST"'),
  };
}

describe('GraphiQL', () => {
  it('is served in development and when GRAPHIQL=on, and never otherwise', async () => {
    for (const server of [development, openProduction])
      expect(await page(server)).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/html/), graphiql: true });
    // 406: yoga has nothing else to answer in HTML.
    for (const server of [production, closedDevelopment]) expect(await page(server)).toMatchObject({ status: 406, graphiql: false });
  });

  it('sends every operation as a JSON POST, which needs no CSRF header: subscriptions over SSE too', async () => {
    expect((await page(development)).postsOnly).toBe(true);
    const response = await fetch(openProduction.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { notifications { __typename } }' }),
    });
    expect(response.status).toBe(200);
    // Anonymous, so the stream says UNAUTHENTICATED and ends: what matters is that it ran.
    expect(await response.text()).toMatch(/^event: next\ndata: .*"UNAUTHENTICATED"/m);
  });
});

describe('introspection', () => {
  for (const [route, send] of Object.entries(routes)) {
    it(`answers in development and with INTROSPECTION=on, over ${route}`, async () => {
      for (const server of [development, openProduction])
        expect(await send(server, INTROSPECTION)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    });

    it(`is refused in production and with INTROSPECTION=off, over ${route}`, async () => {
      for (const server of [production, closedDevelopment]) {
        const { data, errors } = await send(server, INTROSPECTION);
        expect(data).toBeUndefined();
        expect(errors?.[0]).toMatchObject({
          message: 'GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        });
        expect(await send(server, '{ __type(name: "Query") { name } }')).toMatchObject({
          errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
        });
        // __typename is not introspection: clients ask for it all the time.
        expect(await send(server, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
      }
    });
  }
});

describe('suggestions in error messages', () => {
  // Each misspelling, and the message it gets without its hint.
  const misspellings: [what: string, query: string, variables: Record<string, unknown> | undefined, message: string][] = [
    ['a field', '{ mee { id } }', undefined, 'Cannot query field "mee" on type "Query".'],
    ['an argument', '{ notifications(frist: 2) { totalCount } }', undefined, 'Unknown argument "frist" on field "Query.notifications".'],
    ['an enum value', '{ orders(status: PENDNG) { id } }', undefined, 'Value "PENDNG" does not exist in "OrderStatus" enum.'],
    [
      'an enum value in a variable',
      'query ($s: OrderStatus) { orders(status: $s) { id } }',
      { s: 'PENDNG' },
      'Variable "$s" got invalid value "PENDNG"; Value "PENDNG" does not exist in "OrderStatus" enum.',
    ],
    ['a type', 'query ($s: OrderStatu) { orders(status: $s) { id } }', undefined, 'Unknown type "OrderStatu".'],
  ];

  for (const [route, send] of Object.entries(routes)) {
    it(`name what was meant in development, over ${route}`, async () => {
      for (const [, query, variables, message] of misspellings) {
        const { errors } = await send(development, query, variables);
        expect(errors?.map((error) => error.message)).toEqual([expect.stringMatching(/ Did you mean .+\?$/)]);
        expect(errors?.[0]?.message.startsWith(`${message} Did you mean `)).toBe(true);
      }
    });

    it(`say nothing of the schema in production, even with INTROSPECTION=on, nor with INTROSPECTION=off, over ${route}`, async () => {
      for (const server of [production, openProduction, closedDevelopment]) {
        for (const [, query, variables, message] of misspellings) {
          const { errors } = await send(server, query, variables);
          expect(errors?.map((error) => error.message)).toEqual([message]);
          expect(errors?.[0]?.extensions?.['code']).toEqual(expect.stringMatching(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/));
        }
      }
    });
  }
});

describe('a page on another site', () => {
  const signUp = (email: string) => `mutation { signUp(input: { email: "${email}", password: "long enough" }) { token } }`;

  /** Whether `email` is still free: a sign-up through the API with it succeeds. */
  async function stillFree(server: TestServer, email: string): Promise<boolean> {
    return !(await routes['a JSON POST']!(server, signUp(email))).errors;
  }

  // What a browser sends cross-site without asking the server first (no CORS preflight).
  const simpleRequests: [what: string, init: (query: string) => RequestInit][] = [
    ['an HTML form (application/x-www-form-urlencoded)', (query) => ({ method: 'POST', body: new URLSearchParams({ query }) })],
    [
      'a multipart form',
      (query) => {
        const form = new FormData();
        form.set('operations', JSON.stringify({ query }));
        form.set('map', '{}');
        return { method: 'POST', body: form };
      },
    ],
    [
      'text/plain holding JSON',
      (query) => ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query }) }),
    ],
  ];

  for (const [what, init] of simpleRequests) {
    it(`cannot run a mutation through ${what}, in development or production`, async () => {
      for (const server of [development, production]) {
        const email = uniqueEmail('csrf');
        const response = await fetch(server.httpUrl, init(signUp(email)));
        expect(response.status).toBe(403);
        expect(await response.json()).toEqual({
          errors: [
            {
              message: expect.stringContaining('application/json, or add the x-graphql-yoga-csrf header'),
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
        expect(await stillFree(server, email)).toBe(true);
      }
    });
  }

  it('cannot run a query by GET without the x-graphql-yoga-csrf header, which any value of it allows', async () => {
    for (const server of [development, production]) {
      const url = new URL(server.httpUrl);
      url.searchParams.set('query', '{ __typename }');
      expect((await fetch(url)).status).toBe(403);
      const allowed = await fetch(url, { headers: { 'x-graphql-yoga-csrf': randomUUID() } });
      expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });
});
