import { getOperationAST, Kind } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
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
    return {
      onSubscribe: ({ args }) => {
        const selection = getOperationAST(args.document, args.operationName)?.selectionSet.selections[0];
        const field = selection?.kind === Kind.FIELD ? selection.name.value : 'unknown';
        return {
          onSubscribeResult: ({ result }) => {
            if (!isAsyncIterable(result)) return;
            this.activeSubscriptions.inc({ field });
            return { onEnd: () => this.activeSubscriptions.dec({ field }) };
          },
        };
      },
    };
  }
}
