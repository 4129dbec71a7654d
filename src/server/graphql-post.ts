import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendNodeResponse } from '@whatwg-node/server';
import { getOperationAST, type DocumentNode, type ExecutionArgs } from 'graphql';
import { processRegularResult, type GraphQLParams } from 'graphql-yoga';
import type { Yoga } from './yoga';

/** Parameters yoga would run as they are: a query, and the rest absent or of its type. */
type Params = GraphQLParams & { query: string };

// What yoga answers a query or mutation with for each Accept value taken here (it ignores q-values and
// answers */* with JSON); other values, lists among them, go to yoga.
const ANSWER_TYPES = new Map<string | undefined, string>([
  [undefined, 'application/json'],
  ['*/*', 'application/json'],
  ['application/json', 'application/json'],
  ['application/graphql-response+json', 'application/graphql-response+json'],
]);
const JSON_BODY = new Set(['application/json', 'application/json;charset=utf-8']);
// How yoga's Node adapter writes its answers: headers and body in one write where it can.
const SINGLE_WRITE_HEAD = true;
const PARAM_NAMES = new Set(['query', 'variables', 'operationName', 'extensions']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value == null || check(value);
const normalise = (header: string | undefined) => header?.replace(/\s/g, '').toLowerCase();

/** The answer's media type when this path may take the request by its headers: JSON of a declared, allowed size, no CORS. */
export function takeableAnswerType(req: IncomingMessage, maxBodyBytes: number): string | undefined {
  const { headers } = req;
  const length = headers['content-length'];
  if (req.method !== 'POST' || req.url !== '/graphql' || headers.origin !== undefined) return undefined;
  if (length === undefined || Number(length) > maxBodyBytes || !JSON_BODY.has(normalise(headers['content-type']) ?? '')) return undefined;
  return ANSWER_TYPES.get(normalise(headers.accept));
}

/** The body as GraphQL parameters yoga would accept as they are; undefined for anything else (yoga then says what is wrong). */
function paramsOf(body: string): Params | undefined {
  let params: unknown;
  try {
    params = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isObject(params) || !Object.keys(params).every((key) => PARAM_NAMES.has(key))) return undefined;
  const { query, variables, operationName, extensions } = params;
  const valid =
    typeof query === 'string' &&
    isOptional(variables, isObject) &&
    isOptional(operationName, (name) => typeof name === 'string') &&
    isOptional(extensions, isObject);
  return valid ? (params as unknown as Params) : undefined;
}

/** The whole body; rejects if the client goes away first. (node:stream/consumers' text() costs about 5 µs more a call.) */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString() : Buffer.concat(chunks).toString()));
    // A request closes once answered too; only one closed before its end lacks the body.
    req.once('error', reject);
    req.once('close', () => {
      if (!req.complete) reject(new Error('the request closed before its body arrived'));
    });
  });
}

/** The POST as a Fetch API Request, with what `init` adds. */
function requestOf(yoga: Yoga, req: IncomingMessage, init: { body?: string; signal?: AbortSignal }): Request {
  // Node's headers as they are, as yoga's Node adapter hands them over: read only when a plugin asks.
  const headers = req.headers as HeadersInit;
  return new yoga.fetchAPI.Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, { method: 'POST', headers, ...init });
}

/** What runs the operation: yoga's enveloped execute, and its arguments. */
interface Prepared {
  execute: ReturnType<Yoga['getEnveloped']>['execute'];
  args: ExecutionArgs;
}

/**
 * The query or mutation in the body, parsed, validated and with its context,
 * as yoga would run it; undefined when the body is not one, or is one that
 * fails before it runs: yoga then answers it, and nothing has run but those checks.
 */
async function prepare(yoga: Yoga, req: IncomingMessage, body: string): Promise<Prepared | undefined> {
  const params = paramsOf(body);
  if (!params) return undefined;
  // A Request without its body, for the plugins that read the method or the headers (yoga's own among them).
  const { parse, validate, schema, contextFactory, execute } = yoga.getEnveloped({ params, req, request: requestOf(yoga, req, {}) });
  try {
    const document: DocumentNode = parse(params.query);
    if (validate(schema, document).length > 0) return undefined;
    const operation = getOperationAST(document, params.operationName)?.operation;
    if (!operation || operation === 'subscription') return undefined;
    const contextValue = await contextFactory();
    return { execute, args: { schema, document, contextValue, variableValues: params.variables, operationName: params.operationName } };
  } catch {
    return undefined;
  }
}

/** Yoga's answer to a request whose body was read already. */
async function handOver(yoga: Yoga, req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
  // An answer that streams (a subscription over SSE) ends when the client goes.
  const closed = new AbortController();
  res.once('close', () => closed.abort());
  await sendNodeResponse(await yoga.fetch(requestOf(yoga, req, { body, signal: closed.signal }), { req }), res, req, SINGLE_WRITE_HEAD);
}

/**
 * POST /graphql with a JSON body, nearly every query and mutation, run
 * through yoga's own envelop pipeline (its parse and validation caches, the
 * query limits, the context, error masking and codes) and answered by yoga's
 * own result processor, but without yoga's Fetch API layer: a Request, its
 * body stream, its hooks and a Response per call cost about a tenth of a
 * sendNotification's CPU (docs/benchmark.md, "A cheaper HTTP path"). Whatever this path
 * does not take whole goes to yoga: other requests by their headers, and
 * bodies that prepare() turns down once read.
 *
 * Resolves with whether it took the request; false: the caller hands it to yoga untouched.
 */
export function serveGraphqlPost(yoga: Yoga, maxBodyBytes: number) {
  return async function takeGraphqlPost(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const answerType = takeableAnswerType(req, maxBodyBytes);
    if (!answerType) return false;
    let body: string;
    try {
      body = await readBody(req);
    } catch {
      // The client went away before its body arrived: nobody to answer.
      return true;
    }
    const prepared = await prepare(yoga, req, body);
    if (!prepared) await handOver(yoga, req, res, body);
    else
      await sendNodeResponse(
        processRegularResult(await prepared.execute(prepared.args), yoga.fetchAPI, answerType),
        res,
        req,
        SINGLE_WRITE_HEAD,
      );
    return true;
  };
}
