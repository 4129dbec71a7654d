import { DrizzleQueryError } from 'drizzle-orm';
import { GraphQLError } from 'graphql';

// What an error may say in the log: what failed and where, never the values it failed on. Drizzle puts
// a query's parameters in its message (`params: ...`), PostgreSQL puts values in a message's quotes
// (`invalid input syntax for type uuid: "..."`) and in `detail` and `where`, PGlite adds the parameters
// to its error, and every stack and wrapping GraphQLError repeats the message.

// Fields that name what failed: Node's system errors' and PostgreSQL's (SQLSTATE and the names of its objects).
const NAMING_FIELDS = [
  'code',
  'errno',
  'syscall',
  'address',
  'port',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'dataType',
  'routine',
] as const;
// From a PostgreSQL message's first double quote to its last: the values it quotes, and any quote inside them.
const QUOTED = /"[\s\S]*"/;

type Naming = Partial<Record<(typeof NAMING_FIELDS)[number], unknown>>;

/** An error as pg and PGlite report PostgreSQL's: a SQLSTATE code and a severity. */
function isDatabaseError(error: Error): error is Error & Naming {
  const { code, severity } = error as Naming;
  return typeof severity === 'string' && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/** What the error wraps: a GraphQLError's original error, or its cause. */
function wrapped(error: Error): unknown {
  return error instanceof GraphQLError ? (error.originalError ?? error.cause) : error.cause;
}

/** The error and every error inside it, each once. */
function errorsIn(error: Error, found = new Set<Error>()): Set<Error> {
  if (found.has(error)) return found;
  found.add(error);
  const inner = [wrapped(error), ...(error instanceof AggregateError ? error.errors : [])];
  for (const each of inner) if (each instanceof Error) errorsIn(each, found);
  return found;
}

/** Each message among these errors that holds values, and the same message without them. */
function valueFreeMessages(errors: Iterable<Error>): Map<string, string> {
  const messages = new Map<string, string>();
  for (const error of errors) {
    let message: string | undefined;
    if (error instanceof DrizzleQueryError) message = `Failed query: ${error.query}`;
    else if (isDatabaseError(error)) message = error.message.replace(QUOTED, '"…"');
    if (message !== undefined && message !== error.message) messages.set(error.message, message);
  }
  return messages;
}

/** The text with every message that holds values replaced by its value-free form, wherever it is repeated. */
function scrub(text: string, messages: Map<string, string>): string {
  let scrubbed = text;
  for (const [raw, valueFree] of messages) scrubbed = scrubbed.replaceAll(raw, valueFree);
  return scrubbed;
}

function describe(error: Error, messages: Map<string, string>, described: Set<Error>): Record<string, unknown> {
  described.add(error);
  const line: Record<string, unknown> = { type: error.constructor.name, message: scrub(error.message, messages) };
  if (error instanceof DrizzleQueryError) line['query'] = error.query;
  for (const field of NAMING_FIELDS) {
    const value = (error as Naming)[field];
    if (typeof value === 'string' || typeof value === 'number') line[field] = value;
  }
  if (error instanceof GraphQLError) Object.assign(line, { path: error.path, locations: error.locations });
  if (error.stack) line['stack'] = scrub(error.stack, messages);
  const inner = wrapped(error);
  if (inner instanceof Error && !described.has(inner)) line['cause'] = describe(inner, messages, described);
  if (error instanceof AggregateError) {
    line['errors'] = error.errors
      .filter((each): each is Error => each instanceof Error && !described.has(each))
      .map((each) => describe(each, messages, described));
  }
  return line;
}

/**
 * pino's `err` serializer: the error and those it wraps, each with its type,
 * message, stack, the SQL of a failed query, and what names the failure
 * (SQLSTATE or system error code, constraint, table, column), but never a
 * value: not a query's parameters, nor PostgreSQL's detail or quoted values,
 * nor any other field. Anything but an Error is left as it is.
 */
export function valueFreeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return describe(error, valueFreeMessages(errorsIn(error)), new Set());
}

/** The error's message as valueFreeError writes it, for a log line's `msg`. */
export function valueFreeMessage(error: Error): string {
  return scrub(error.message, valueFreeMessages(errorsIn(error)));
}
