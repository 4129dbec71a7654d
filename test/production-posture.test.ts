import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// What a server tells a stranger about itself, by NODE_ENV and by setting:
// GraphiQL, introspection and "Did you mean ...?" hints.

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
  // JSON with a Content-Length: run beside yoga's Fetch layer (src/server/graphql-post.ts).
  'a JSON POST': async (server, query, variables) =>
    (await fetch(server.httpUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json(),
  // The same sent in chunks: yoga's own path.
  'a chunked JSON POST': async (server, query, variables) => {
    const body = new Blob([JSON.stringify({ query, variables })]).stream();
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' };
    return (await fetch(server.httpUrl, init as RequestInit)).json();
  },
  'a GET': async (server, query, variables) => {
    const url = new URL(server.httpUrl);
    url.searchParams.set('query', query);
    if (variables) url.searchParams.set('variables', JSON.stringify(variables));
    return (await fetch(url)).json();
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
async function page(server: TestServer): Promise<{ status: number; type: string | null; graphiql: boolean }> {
  const response = await fetch(server.httpUrl, { headers: { accept: 'text/html' } });
  const html = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), graphiql: html.includes('renderYogaGraphiQL') };
}

describe('GraphiQL', () => {
  it('is served in development and when GRAPHIQL=on, and never otherwise', async () => {
    for (const server of [development, openProduction]) expect(await page(server)).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/html/), graphiql: true });
    // 406: yoga has nothing else to answer in HTML.
    for (const server of [production, closedDevelopment]) expect(await page(server)).toMatchObject({ status: 406, graphiql: false });
  });
});

describe('introspection', () => {
  for (const [route, send] of Object.entries(routes)) {
    it(`answers in development and with INTROSPECTION=on, over ${route}`, async () => {
      for (const server of [development, openProduction]) expect(await send(server, INTROSPECTION)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    });

    it(`is refused in production and with INTROSPECTION=off, over ${route}`, async () => {
      for (const server of [production, closedDevelopment]) {
        const { data, errors } = await send(server, INTROSPECTION);
        expect(data).toBeUndefined();
        expect(errors?.[0]).toMatchObject({
          message: 'GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        });
        expect(await send(server, '{ __type(name: "Query") { name } }')).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
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
    ['an enum value in a variable', 'query ($s: OrderStatus) { orders(status: $s) { id } }', { s: 'PENDNG' }, 'Variable "$s" got invalid value "PENDNG"; Value "PENDNG" does not exist in "OrderStatus" enum.'],
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
