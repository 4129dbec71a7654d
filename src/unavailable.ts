import { UnavailableError } from './errors';

// What node-postgres and Node's sockets say when PostgreSQL cannot be reached or
// went away mid-query. Redis failures never get here: the code that talks to
// Redis turns them into UnavailableError itself (see pubsub and shared-state).
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATE 57P01-57P03: the server is shutting down or starting up; class 08: connection exceptions.
const UNAVAILABLE_SQLSTATE = /^(57P0[123]|08...)$/;
const CONNECTION_LOST = /^Connection terminated|^timeout exceeded when trying to connect|is not queryable$/;

function isDatabaseUnreachable(error: Error & { code?: unknown }): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  return NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code) || CONNECTION_LOST.test(error.message);
}

/**
 * The UNAVAILABLE error that `error` amounts to when a service the server
 * depends on did not answer (looking through `cause` and `originalError`,
 * since drizzle and GraphQL wrap what they throw); undefined for any other error.
 */
export function unavailable(error: unknown): UnavailableError | undefined {
  for (let current = error; current instanceof Error; current = causeOf(current)) {
    if (current instanceof UnavailableError) return current;
    if (isDatabaseUnreachable(current)) return new UnavailableError('the database');
  }
  return undefined;
}

function causeOf(error: Error): unknown {
  return (error as { originalError?: unknown }).originalError ?? error.cause;
}
