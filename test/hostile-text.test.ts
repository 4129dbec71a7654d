import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import {
  astFromValue,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  locatedError,
  print,
  type FormattedExecutionResult,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { users } from '../src/db/schema';
import { schema } from '../src/graphql';
import { notify, signUp, superAdmin, userWithRole, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import { gqlData } from './kit/http';
import { capturedLog } from './kit/log';
import { startProcess, type ServerProcess } from './kit/process';
import { ADMIN, servicesEnv } from './kit/server';
import { TestSocket } from './kit/socket';
import { SseStream } from './kit/sse';

// Hostile text never becomes a 500, and secrets never reach the log.
// Every string argument (String or ID, alone, in a list or in an input
// object) of every root field is found in the schema, so a field added later
// is covered without touching this file. Each gets hostile values while its
// other arguments hold valid ones; whatever the server answers, it is never
// INTERNAL_SERVER_ERROR nor an HTTP 5xx, and NUL is refused with
// BAD_USER_INPUT naming the argument, however it arrives. The server runs as
// `npm start` runs it, at LOG_LEVEL=debug, and everything it prints is then
// searched for the passwords, password hashes, tokens and chat messages used.

const StartConversation = graphql(`
  mutation HostileTextStartConversation($participantIds: [ID!]!) {
    startConversation(participantIds: $participantIds) {
      id
    }
  }
`);

const CreateOrder = graphql(`
  mutation HostileTextCreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
    }
  }
`);

const StartUpload = graphql(`
  mutation HostileTextStartUpload($transactionId: String!) {
    startUpload(transactionId: $transactionId) {
      id
    }
  }
`);

const Me = graphql(`
  query HostileTextMe {
    me {
      id
    }
  }
`);

type Operation = 'query' | 'mutation' | 'subscription';
type Result = FormattedExecutionResult<unknown>;
/** A string argument: a root field's argument, or a field of an input object under it (`input.email`). */
interface Slot {
  operation: Operation;
  field: GraphQLField<unknown, unknown>;
  path: string[];
  /** String or ID. */
  type: string;
}

const JWT_SECRET = 'hostile-text-test-secret-0123456789abcdef';
const OVER_LONG = 100_000;
// Argument names whose values must never reach the log, whatever their field.
const SECRET_ARGUMENTS = new Set(['password', 'token', 'content']);

// What each hostile value adds to a valid one.
const NUL = '\u0000';
const HOSTILE: [what: string, addition: string][] = [
  ['NUL', NUL],
  ['a lone high surrogate', '\ud800'],
  ['a lone low surrogate', '\udc00'],
  ['an over-long string', 'x'.repeat(OVER_LONG)],
  ['control characters', '\u0001\u0008\u001b[2J\u007f\u0085\u202e'],
];

const dataDir = mkdtempSync(join(tmpdir(), 'rt-hostile-text-'));
const server: ServerProcess = await startProcess({
  DATA_DIR: dataDir,
  LOG_LEVEL: 'debug',
  JWT_SECRET,
  BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
  BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
});
const api = { httpUrl: server.url };
const wsUrl = server.url.replace(/^http/, 'ws');

// What must never appear in the log: every password, token and chat message this file sends or gets.
const secrets: string[] = [ADMIN.password];
function secret(label: string): string {
  const value = `${label}-${randomBytes(6).toString('hex')}`;
  secrets.push(value);
  return value;
}
function remember(...people: TestUser[]): void {
  for (const person of people) secrets.push(person.password, person.token);
}

const admin = await superAdmin(api);
const other = await signUp(api, 'other');
const partner = await userWithRole(api, 'PARTNER');
remember(admin, other, partner);
const conversation = (await gqlData(server.url, StartConversation, { participantIds: [other.id] }, admin.token)).startConversation;
const order = (await gqlData(server.url, CreateOrder, { input: { description: 'a box', priceCents: 100 } }, admin.token)).createOrder;
const upload = (await gqlData(server.url, StartUpload, { transactionId: 'tx-1' }, admin.token)).startUpload;
const notification = await notify(server.url, admin.token, admin.id, 'hello');

// Valid ids by argument name, so an operation gets as far as its hostile argument; any other id is a random one.
const IDS: Record<string, string> = {
  conversationId: conversation.id,
  orderId: order.id,
  partnerId: partner.id,
  uploadId: upload.id,
  userId: other.id,
  participantIds: other.id,
  id: notification.id,
};

/** A valid value with `addition` inside: before an email's `@`, so it still looks like one; else at the end, so a secret's marker stays whole. */
function spoil(valid: string, addition: string): string {
  return valid.includes('@') ? valid.replace('@', `${addition}@`) : valid + addition;
}

const SCALARS: Record<string, (name: string) => unknown> = {
  ID: (name) => IDS[name] ?? randomUUID(),
  String: (name) =>
    name === 'email' ? `valid-${randomBytes(5).toString('hex')}@example.test` : SECRET_ARGUMENTS.has(name) ? secret(name) : 'plain text',
  Int: () => 1,
  Float: () => 0,
  Boolean: () => true,
};

/** The string arguments under a value of this type: their paths and types. */
function textPaths(type: GraphQLInputType, path: string[]): Pick<Slot, 'path' | 'type'>[] {
  const named = getNamedType(type);
  if (named.name === 'String' || named.name === 'ID') return [{ path, type: named.name }];
  if (isInputObjectType(named)) return Object.values(named.getFields()).flatMap((field) => textPaths(field.type, [...path, field.name]));
  return [];
}

/** Every string argument of every root field of the schema. */
function slots(): Slot[] {
  const roots: [Operation, ReturnType<typeof schema.getQueryType>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([operation, root]) =>
    Object.values(root!.getFields()).flatMap((field) =>
      field.args.flatMap((arg) => textPaths(arg.type, [arg.name]).map((text) => ({ operation, field, ...text }))),
    ),
  );
}

/** Values for the required ones of these arguments or input fields, and for the one on `path`, which gets `hostile`. */
function valuesOf(fields: readonly { name: string; type: GraphQLInputType }[], path: string[], hostile: string): Record<string, unknown> {
  const chosen = fields.filter((field) => isNonNullType(field.type) || field.name === path[0]);
  return Object.fromEntries(
    chosen.map((field) => [field.name, validValue(field.type, field.name, field.name === path[0] ? path.slice(1) : undefined, hostile)]),
  );
}

/** A valid value of the type; `path` (when given) leads to the place inside it that gets `hostile` instead. */
function validValue(type: GraphQLInputType, name: string, path: string[] | undefined, hostile: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [validValue(nullable.ofType, name, path, hostile)];
  if (path?.length === 0) return hostile;
  if (isInputObjectType(nullable)) return valuesOf(Object.values(nullable.getFields()), path ?? [], hostile);
  if (isEnumType(nullable)) return nullable.getValues()[0]!.name;
  return SCALARS[nullable.name]!(name);
}

/** The slot's field with `hostile` in the slot: its arguments as variables, or written inline. */
function request(slot: Slot, hostile: string, inline = false): { query: string; variables: Record<string, unknown> } {
  const { field, operation, path } = slot;
  const values = valuesOf(field.args, path, hostile);
  const args = field.args.filter((arg) => arg.name in values);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  if (inline) {
    const written = args.map((arg) => `${arg.name}: ${print(astFromValue(values[arg.name], arg.type)!)}`);
    return { query: `${operation} { ${field.name}(${written.join(', ')})${selection} }`, variables: {} };
  }
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`);
  const parameters = declared.length > 0 ? `(${declared.join(', ')})` : '';
  return { query: `${operation} Hostile${parameters} { ${field.name}(${passed.join(', ')})${selection} }`, variables: values };
}

/** A POST as most clients send it, or with a list in Accept (yoga negotiates the answer's type). */
async function post(body: object, token: string, viaYoga = false): Promise<{ status: number; result: Result }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  if (viaYoga) headers['accept'] = 'application/graphql-response+json, application/json';
  const response = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, result: (await response.json()) as Result };
}

/** A subscription over Server-Sent Events: the status and its first result. */
async function overSse(body: object, token: string): Promise<{ status: number; result: Result }> {
  const stream = await SseStream.post<Result['data']>(server.url, body, token);
  const event = await stream.take();
  stream.close();
  return { status: stream.status, result: (event.event === 'next' ? event.result : {}) as Result };
}

let socketIds = 0;
/** The operation's first answer over graphql-ws: a `next` payload or the errors of an `error` message. A live subscription is completed. */
async function overSocket(socket: TestSocket, body: object): Promise<Result> {
  const id = String(socketIds++);
  socket.send({ type: 'subscribe', id, payload: body });
  const message = await socket.message(id);
  if (message.type === 'error') return { errors: message.payload as Result['errors'] };
  socket.complete(id);
  return message.payload as Result;
}

const describeSlot = (slot: Slot) => `${slot.operation} ${slot.field.name}(${slot.path.join('.')})`;
const codesOf = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.['code']);

/** What is wrong with an answer to a hostile value; undefined when nothing is. */
function fault(result: Result, status = 200): string | undefined {
  if (status >= 500) return `HTTP ${status}`;
  if (codesOf(result).includes('INTERNAL_SERVER_ERROR')) return `INTERNAL_SERVER_ERROR: ${JSON.stringify(result.errors)}`;
  return undefined;
}

/** What is wrong with an answer to NUL in the slot; undefined when it is BAD_USER_INPUT naming the argument. */
function nulFault(slot: Slot, result: Result, status = 200): string | undefined {
  const [error] = result.errors ?? [];
  const argumentName = slot.path.join('.');
  if (status >= 500 || error?.extensions?.['code'] !== 'BAD_USER_INPUT' || error.extensions['argumentName'] !== argumentName) {
    return `HTTP ${status}, wanted BAD_USER_INPUT for ${argumentName}: ${JSON.stringify(result.errors ?? result.data)}`;
  }
  return undefined;
}

/** A token signed with the server's secret whose subject is no user id. */
function tokenFor(sub: string): Promise<string> {
  return new SignJWT({ role: 'USER', ver: 0 })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));
}

/** The slot's argument with `addition` inside a valid value of it. */
function hostileFor(slot: Slot, addition: string): string {
  const name = slot.path.at(-1)!;
  return spoil(String(SCALARS[slot.type]!(name)), addition);
}

const socket = await TestSocket.connect(wsUrl, admin.token);

describe('hostile text in every string argument', () => {
  it('is never answered INTERNAL_SERVER_ERROR or HTTP 5xx', async () => {
    const faults: string[] = [];
    for (const slot of slots()) {
      for (const [what, addition] of HOSTILE) {
        const body = request(slot, hostileFor(slot, addition));
        // Subscriptions over graphql-ws, where a live one is easily ended.
        const { status, result } =
          slot.operation === 'subscription' ? { status: 200, result: await overSocket(socket, body) } : await post(body, admin.token);
        const problem = fault(result, status);
        if (problem) faults.push(`${describeSlot(slot)} with ${what}: ${problem}`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('refuses NUL with BAD_USER_INPUT naming the argument, in variables or inline, over HTTP, SSE and graphql-ws', async () => {
    const faults: string[] = [];
    for (const slot of slots()) {
      const nul = hostileFor(slot, NUL);
      const answers: [how: string, answer: Promise<{ status: number; result: Result }>][] = [
        ['over graphql-ws', overSocket(socket, request(slot, nul)).then((result) => ({ status: 200, result }))],
        ['inline, over graphql-ws', overSocket(socket, request(slot, nul, true)).then((result) => ({ status: 200, result }))],
      ];
      if (slot.operation === 'subscription') {
        answers.push(['over SSE', overSse(request(slot, nul), admin.token)]);
      } else {
        answers.push(['in a POST', post(request(slot, nul), admin.token)]);
        answers.push(['in a POST yoga runs', post(request(slot, nul), admin.token, true)]);
        answers.push(['inline, in a POST', post(request(slot, nul, true), admin.token)]);
      }
      for (const [how, answer] of answers) {
        const { status, result } = await answer;
        const problem = nulFault(slot, result, status);
        if (problem) faults.push(`${describeSlot(slot)} ${how}: ${problem}`);
      }
    }
    expect(faults).toEqual([]);
  });
});

describe('a correctly signed token whose subject is not a user id', () => {
  it('is UNAUTHENTICATED over HTTP', async () => {
    for (const sub of ['not-a-user-id', '', '\u0000', `${randomUUID()}' or true --`]) {
      const token = await tokenFor(sub);
      secrets.push(token);
      const { status, result } = await post({ query: print(Me) }, token);
      expect(status, sub).toBeLessThan(500);
      expect(codesOf(result), sub).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('closes the socket with 4403', async () => {
    const token = await tokenFor('not-a-user-id');
    secrets.push(token);
    const bad = await TestSocket.open(wsUrl);
    bad.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect((await bad.waitForClose()).code).toBe(4403);
  });
});

describe('the log', () => {
  let output: string;
  let hashes: string[];

  beforeAll(async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    output = server.output();
    const database = await openDatabase({ url: (await servicesEnv())['DATABASE_URL'], dataDir });
    hashes = (await database.db.select({ hash: users.passwordHash }).from(users)).map((row) => row.hash);
    await database.close();
  });

  it('was written at debug level', () => {
    expect(output).toMatch(/"level":20\b/);
  });

  it('holds no password, password hash, token or chat message', () => {
    expect(hashes.length).toBeGreaterThan(3);
    expect(secrets.filter((value) => output.includes(value))).toEqual([]);
    expect(hashes.filter((hash) => output.includes(hash))).toEqual([]);
    // Nor the hash of a user whose row was never written (src/auth/passwords.ts: scrypt$N$r$p$salt$key),
    // nor a token issued to an operation that did not ask for it: every token is a JWT.
    expect(output.match(/scrypt\$\d+\$[^"\\\s,]*/g) ?? []).toEqual([]);
    expect(output.match(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g) ?? []).toEqual([]);
  });
});

describe('a database error in the log', () => {
  it('keeps the SQL, the SQLSTATE, the constraint and the stack, and drops every value', async () => {
    const { logger, lines } = capturedLog();
    const database = await openDatabase({ url: (await servicesEnv())['DATABASE_URL'], dataDir: 'memory://' });
    await database.migrate();
    const { db } = database;
    const email = `taken-${randomBytes(6).toString('hex')}@example.test`;
    const passwordHash = `hash-${randomBytes(6).toString('hex')}`;
    const values = [email, passwordHash, 'nul-value', 'not-an-id'];
    const failing: [sqlstate: string, naming: RegExp, run: () => Promise<unknown>][] = [
      [
        '23505',
        /"constraint":"users_email_unique"/,
        () =>
          db
            .insert(users)
            .values({ email, passwordHash })
            .then(() => db.insert(users).values({ email, passwordHash })),
      ],
      ['22021', /"query":"select /, () => db.select().from(users).where(eq(users.email, 'nul-value\u0000'))],
      ['22P02', /"query":"select /, () => db.select().from(users).where(eq(users.id, 'not-an-id'))],
    ];
    for (const [sqlstate, naming, run] of failing) {
      const error = await run().then(
        () => undefined,
        (failure: unknown) => failure,
      );
      // As yoga logs a resolver's unexpected error, and as this server logs its own.
      logger.error(locatedError(error, undefined, ['signUp']));
      logger.error({ err: error }, 'request failed');
      expect(lines).toHaveLength(2);
      for (const line of lines.splice(0)) {
        expect(
          values.filter((value) => line.includes(value)),
          line,
        ).toEqual([]);
        expect(line).toContain(`"code":"${sqlstate}"`);
        expect(line).toMatch(naming);
        expect(line).toMatch(/"query":"(insert into|select) .*?\\"users\\"/);
        expect(line).toContain('\\n    at ');
      }
    }
    await database.close();
  });
});

afterAll(() => socket.close());
