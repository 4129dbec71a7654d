import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RealtimeHooks } from '../realtime/realtime';
import type { Logger } from './logger';

/** The Prometheus figures of one app; each app has its own registry. */
export class Metrics {
  readonly registry = new Registry();

  readonly openSockets = new Gauge({ name: 'realtime_open_sockets', help: 'Open graphql-ws sockets.', registers: [this.registry] });

  private readonly activeStreams = new Gauge({
    name: 'realtime_active_subscriptions',
    help: 'Live subscriptions, by stream.',
    labelNames: ['stream'],
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
      onOpen: (topic) => this.activeStreams.inc({ stream: topic.domain }),
      onClose: (topic) => this.activeStreams.dec({ stream: topic.domain }),
      onDeliver: (liveSince) => {
        this.delivered.inc();
        if (liveSince !== null) this.latency.observe((Date.now() - Date.parse(liveSince)) / 1000);
      },
    };
  }
}
