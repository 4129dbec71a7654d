import { getOperationAST, Kind, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type AsyncIterableIteratorOrValue, type Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RealtimeHooks } from '../realtime/realtime';
import type { Logger } from './logger';

/** The Prometheus figures of one app; each app has its own registry. */
export class Metrics {
  readonly registry = new Registry();

  readonly openSockets = new Gauge({ name: 'realtime_open_sockets', help: 'Open graphql-ws sockets.', registers: [this.registry] });

  private readonly activeSubscriptions = new Gauge({
    name: 'realtime_active_subscriptions',
    help: 'Live subscriptions over WebSocket and SSE, by subscription field.',
    labelNames: ['field'],
    registers: [this.registry],
  });

  private readonly published = new Counter({
    name: 'realtime_events_published_total',
    help: 'Events published after commit (durable) or at once (ephemeral), by stream.',
    labelNames: ['stream'],
    registers: [this.registry],
  });

  private readonly delivered = new Counter({
    name: 'realtime_events_delivered_total',
    help: 'Events handed to subscribers: snapshots, replays and live events.',
    registers: [this.registry],
  });

  private readonly latency = new Histogram({
    name: 'realtime_delivery_latency_seconds',
    help: 'From writing a live event to handing it to a subscriber.',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The hooks through which the real-time core reports. */
  realtimeHooks(logger: Logger): RealtimeHooks {
    return {
      onPublish: (topic) => this.published.inc({ stream: topic.domain }),
      onPublishError: (error) => logger.warn({ err: error }, 'publish failed; subscribers will read the event from the log'),
      onError: (error) => logger.error({ err: error }, 'a subscription failed'),
      onDeliver: (liveSince) => {
        this.delivered.inc();
        if (liveSince !== null) this.latency.observe((Date.now() - Date.parse(liveSince)) / 1000);
      },
    };
  }

  /** An envelop plugin that counts live subscriptions by their root field, whatever the transport. */
  subscriptionsPlugin(): Plugin {
    // One hooks object for every subscription: envelop keeps it for as long as the subscription runs.
    const hooks = {
      onSubscribeResult: ({ args, result, setResult }: SubscribeResult) => {
        if (isAsyncIterable(result))
          setResult(new CountedSubscription(result[Symbol.asyncIterator](), this.activeSubscriptions, rootField(args)));
      },
    };
    return { onSubscribe: () => hooks };
  }
}

/** What envelop's onSubscribeResult hook is given. */
interface SubscribeResult {
  args: ExecutionArgs;
  result: AsyncIterableIteratorOrValue<ExecutionResult>;
  setResult(result: AsyncIterableIteratorOrValue<ExecutionResult>): void;
}

function rootField(args: ExecutionArgs): string {
  const selection = getOperationAST(args.document, args.operationName)?.selectionSet.selections[0];
  return selection?.kind === Kind.FIELD ? selection.name.value : 'unknown';
}

/**
 * A subscription's results, counted in the gauge from now until they end,
 * however they end. One small object, where envelop's onEnd would wrap the
 * results in a dozen closures per subscription.
 */
class CountedSubscription<T> implements AsyncIterableIterator<T> {
  private counted = true;

  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly gauge: Gauge<'field'>,
    private readonly field: string,
  ) {
    gauge.inc({ field });
  }

  next(): Promise<IteratorResult<T>> {
    return this.source.next().then(
      (result) => {
        if (result.done) this.end();
        return result;
      },
      (error: unknown) => {
        this.end();
        throw error;
      },
    );
  }

  return(value?: unknown): Promise<IteratorResult<T>> {
    this.end();
    return this.source.return ? this.source.return(value) : Promise.resolve({ done: true, value: undefined });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.end();
    return this.source.throw ? this.source.throw(error) : Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private end(): void {
    if (!this.counted) return;
    this.counted = false;
    this.gauge.dec({ field: this.field });
  }
}
