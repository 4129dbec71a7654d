import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { contextCacheSymbol } from '@pothos/core';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { type Context, withFreshCaches } from '../graphql/context';

// For each event object, the result of each operation run on it without a viewer (undefined: it asked for one).
const runs = new WeakMap<object, Map<string, Promise<ExecutionResult | undefined>>>();
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

/** The document (parsed once per text, so shared by its subscribers), operation and variables. */
function operationKey(args: ExecutionArgs): string {
  let id = documentIds.get(args.document);
  if (id === undefined) {
    id = nextDocumentId++;
    documentIds.set(args.document, id);
  }
  return `${id}:${args.operationName ?? ''}:${JSON.stringify(args.variableValues ?? {})}`;
}

/**
 * Runs the operation with a context that knows nothing of the subscriber:
 * anything but `services` reads as undefined and (but for Pothos's cache
 * key) marks the run as asking for the viewer, whose result is then thrown
 * away.
 */
async function runWithoutViewer(args: ExecutionArgs, event: object): Promise<ExecutionResult | undefined> {
  const { services } = args.contextValue as Context;
  let askedForViewer = false;
  const anonymous = new Proxy(
    {},
    {
      get: (_, property) => {
        if (property === 'services') return services;
        // Where Pothos would find this run's caches: without any, it keys them by this proxy, new for each run.
        if (property === contextCacheSymbol) return undefined;
        askedForViewer = true;
        return undefined;
      },
    },
  );
  const result = await execute({ ...args, contextValue: anonymous, rootValue: event });
  return askedForViewer ? undefined : result;
}

async function executeEvent(args: ExecutionArgs, key: string, event: unknown): Promise<ExecutionResult> {
  // The subscription's context lives as long as it does: each event gets caches of its own.
  const own = () => execute({ ...args, contextValue: withFreshCaches(args.contextValue as Context), rootValue: event });
  if (typeof event !== 'object' || event === null) return own();
  let byOperation = runs.get(event);
  if (!byOperation) {
    byOperation = new Map();
    runs.set(event, byOperation);
  }
  let run = byOperation.get(key);
  if (!run) {
    run = runWithoutViewer(args, event);
    byOperation.set(key, run);
  }
  return (await run) ?? own();
}

/** A subscription's events, each run through executeEvent: one small object, where mapAsyncIterator makes a dozen closures. */
class EventResults implements AsyncIterableIterator<ExecutionResult> {
  // operationKey, worked out at the first event: idle subscribers never need it.
  private key: string | undefined;
  // The result handed out last, a copy of this subscriber's own. Its consumer (graphql-ws's for-await
  // loop, yoga's SSE stream) keeps it while waiting for the next, which for an idle subscriber means
  // keeping its last event's data for seconds: long enough to be promoted, to be freed only by a full GC.
  // The consumer has sent it by the time it asks for the next one, so it is emptied then.
  private handedOut: ExecutionResult | undefined;

  constructor(
    private readonly events: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
  ) {}

  // Not an async function: an idle subscriber waits in one promise callback, not in a suspended function.
  next(): Promise<IteratorResult<ExecutionResult>> {
    this.emptyHandedOut();
    return this.events.next().then((event) => (event.done ? { done: true, value: undefined } : this.run(event.value)));
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.events.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.events.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private emptyHandedOut(): void {
    if (!this.handedOut) return;
    this.handedOut.data = this.handedOut.errors = this.handedOut.extensions = undefined;
    this.handedOut = undefined;
  }

  private async run(event: unknown): Promise<IteratorResult<ExecutionResult>> {
    try {
      this.key ??= operationKey(this.args);
      // Three named fields rather than an object spread, which costs about a microsecond per copy.
      const { data, errors, extensions } = await executeEvent(this.args, this.key, event);
      this.handedOut = { data, errors, extensions };
      return { done: false, value: this.handedOut };
    } catch (error) {
      await this.return();
      throw error;
    }
  }
}

/**
 * Subscription events run once per operation, not once per subscriber. The
 * streams hand every subscriber of a topic in this process the same object
 * for a live event (a message to a 1,000-participant conversation, say);
 * each operation on it runs once without any viewer, and that result goes
 * to every subscriber with the same document and variables. An operation
 * whose resolvers ask for the viewer (contact details, per-viewer counts)
 * runs for each subscriber with their own context, as before. Either way
 * each run has per-request caches (the dataloaders) of its own, so a
 * long-lived subscription never answers from what an earlier event loaded.
 */
export function useSharedEventExecution(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const source = await createSourceEventStream(args);
        if (!isAsyncIterable(source)) return source;
        return new EventResults(source[Symbol.asyncIterator](), args);
      });
    },
  };
}
