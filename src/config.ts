import { z } from 'zod';
import type { RedisNode, RedisTarget } from './redis';

const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-0123456789';
const DEV_MESSAGE_KEY = 'dev-only-message-key-change-me-0123456789';

/** `7d`, `12h`, `30m`, `45s` or a bare number of seconds, as milliseconds. */
const duration = z
  .string()
  .regex(/^\d+(ms|s|m|h|d)?$/, 'a duration such as 7d, 12h, 30m, 45s or 500ms')
  .transform((text) => {
    const [, amount, unit = 's'] = /^(\d+)(ms|s|m|h|d)?$/.exec(text)!;
    const ms = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit]!;
    return Number(amount) * ms;
  });

const positiveInt = z.coerce.number().int().positive();
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

function clusterNode(address: string): RedisNode {
  const [host, port] = address.split(':') as [string, string];
  return { host, port: Number(port) };
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
      .optional(),
  ),
  DATA_DIR: z.string().min(1).default('.data'),
  WEB_DIR: z.string().min(1).default('web/dist'),
  REDIS_URL: optionalText.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, 'a redis:// URL')
      .optional(),
  ),
  REDIS_CLUSTER_NODES: optionalText.pipe(
    z
      .string()
      .regex(/^[^\s,:]+:\d{1,5}(,[^\s,:]+:\d{1,5})*$/, 'host:port of one or more cluster nodes, separated by commas')
      .transform((list) => list.split(',').map(clusterNode))
      .refine((nodes) => nodes.every(({ port }) => port > 0 && port <= 65_535), 'ports from 1 to 65535')
      .optional(),
  ),
  JWT_SECRET: optionalText.pipe(z.string().min(32, 'at least 32 characters').optional()),
  JWT_TTL: positiveInt.default(3600),
  BOOTSTRAP_ADMIN_EMAIL: optionalText.pipe(z.email().optional()),
  BOOTSTRAP_ADMIN_PASSWORD: optionalText.pipe(z.string().min(8, 'at least 8 characters').optional()),
  MESSAGE_ENCRYPTION_KEY: optionalText.pipe(z.string().min(32, 'at least 32 characters').optional()),
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  // Unset: on, except when NODE_ENV=production.
  GRAPHIQL: z.enum(['on', 'off']).optional(),
  INTROSPECTION: z.enum(['on', 'off']).optional(),
  TRUST_PROXY: z.enum(['on', 'off']).default('off'),
  MAX_SUBSCRIPTIONS_PER_SOCKET: positiveInt.default(100),
  MAX_SOCKETS_PER_USER: positiveInt.default(20),
  MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: positiveInt.default(100),
  MAX_SSE_STREAMS_PER_USER: positiveInt.default(100),
  MAX_BODY_BYTES: positiveInt.default(1_048_576),
  EVENT_RETENTION: duration.default(7 * 86_400_000),
  SUBSCRIPTION_BUFFER: positiveInt.default(1_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

/** Rules across variables; checked on the raw environment so they are reported with every other problem. */
function crossChecks(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (env['NODE_ENV'] === 'production') {
    for (const key of ['JWT_SECRET', 'MESSAGE_ENCRYPTION_KEY']) {
      if (!env[key]) problems.push(`${key}: required when NODE_ENV=production`);
    }
  }
  if (Boolean(env['BOOTSTRAP_ADMIN_EMAIL']) !== Boolean(env['BOOTSTRAP_ADMIN_PASSWORD'])) {
    problems.push('BOOTSTRAP_ADMIN_PASSWORD: set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD, or neither');
  }
  if (env['REDIS_URL'] && env['REDIS_CLUSTER_NODES']) {
    problems.push('REDIS_CLUSTER_NODES: set REDIS_URL (one Redis server) or REDIS_CLUSTER_NODES (a Redis Cluster), not both');
  }
  return problems;
}

/** Everything the server reads from its environment, parsed and checked once. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** The built web app (npm run build:web), served at /; relative paths are from the working directory. */
  webDir: string;
  /** Redis for pub/sub and shared state (REDIS_URL or REDIS_CLUSTER_NODES); undefined: in-process pub/sub, state per process. */
  redis: RedisTarget | undefined;
  jwt: { secret: string; ttlSeconds: number };
  bootstrapAdmin: { email: string; password: string } | undefined;
  messageEncryptionKey: string;
  rateLimits: boolean;
  /** Serve GraphiQL to browsers at /graphql. */
  graphiql: boolean;
  /** Answer __schema and __type; refused as a validation error otherwise. */
  introspection: boolean;
  /** Let error messages end with "Did you mean ...?": only where the schema is no secret (introspection on, not production). */
  fieldSuggestions: boolean;
  /** Take the client's address from X-Real-IP / X-Forwarded-For (set by our own proxy) rather than the connection. */
  trustProxy: boolean;
  maxSubscriptionsPerSocket: number;
  maxSocketsPerUser: number;
  /** Sockets not signed in (from the upgrade until a token signs them in), per client address. */
  maxAnonymousSocketsPerAddress: number;
  /** Subscriptions over HTTP (SSE) open at once per user. */
  maxSseStreamsPerUser: number;
  maxBodyBytes: number;
  eventRetentionMs: number;
  /** How many live events may wait for one slow subscriber before it gets SLOW_CONSUMER. */
  subscriptionBuffer: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Development fallbacks in use, to be announced at start. */
  warnings: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

// Variables whose values are secrets (a URL may carry a password): a problem with one never repeats its value.
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'MESSAGE_ENCRYPTION_KEY', 'BOOTSTRAP_ADMIN_PASSWORD']);

/** What a problem says the variable held: the value itself, or only its length for a secret. */
function shown(env: Record<string, string | undefined>, name: string): string {
  const value = env[name];
  return SECRET_VARIABLES.has(name) && value !== undefined ? `${value.length} characters, not shown` : JSON.stringify(value ?? null);
}

/** Parses the environment; throws a ConfigError that lists every invalid variable at once, never repeating a secret's value. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  const problems = [
    ...(parsed.error?.issues ?? []).map(
      (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message} (got ${shown(env, String(issue.path[0]))})`,
    ),
    ...crossChecks(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const warnings: string[] = [];
  if (!e.JWT_SECRET) warnings.push('JWT_SECRET is not set: using a development secret; never do this in production');
  if (!e.MESSAGE_ENCRYPTION_KEY) warnings.push('MESSAGE_ENCRYPTION_KEY is not set: using a development key; never do this in production');
  const production = e.NODE_ENV === 'production';
  const onUnlessProduction = (setting: 'on' | 'off' | undefined) => (setting ?? (production ? 'off' : 'on')) === 'on';
  const introspection = onUnlessProduction(e.INTROSPECTION);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    webDir: e.WEB_DIR,
    redis: e.REDIS_URL ? { url: e.REDIS_URL } : e.REDIS_CLUSTER_NODES && { clusterNodes: e.REDIS_CLUSTER_NODES },
    jwt: { secret: e.JWT_SECRET ?? DEV_JWT_SECRET, ttlSeconds: e.JWT_TTL },
    bootstrapAdmin:
      e.BOOTSTRAP_ADMIN_EMAIL && e.BOOTSTRAP_ADMIN_PASSWORD
        ? { email: e.BOOTSTRAP_ADMIN_EMAIL, password: e.BOOTSTRAP_ADMIN_PASSWORD }
        : undefined,
    messageEncryptionKey: e.MESSAGE_ENCRYPTION_KEY ?? DEV_MESSAGE_KEY,
    rateLimits: e.RATE_LIMITS === 'on',
    graphiql: onUnlessProduction(e.GRAPHIQL),
    introspection,
    fieldSuggestions: introspection && !production,
    trustProxy: e.TRUST_PROXY === 'on',
    maxSubscriptionsPerSocket: e.MAX_SUBSCRIPTIONS_PER_SOCKET,
    maxSocketsPerUser: e.MAX_SOCKETS_PER_USER,
    maxAnonymousSocketsPerAddress: e.MAX_ANONYMOUS_SOCKETS_PER_ADDRESS,
    maxSseStreamsPerUser: e.MAX_SSE_STREAMS_PER_USER,
    maxBodyBytes: e.MAX_BODY_BYTES,
    eventRetentionMs: e.EVENT_RETENTION,
    subscriptionBuffer: e.SUBSCRIPTION_BUFFER,
    logLevel: e.LOG_LEVEL,
    warnings,
  };
}
