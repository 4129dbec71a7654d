import type { Envelope } from './envelope';
import type { PubSub } from './pubsub';

/** The broker channel of `channel` (a topic key) under a deployment's namespace. */
export function namespacedChannel(namespace: string, channel: string): string {
  return `${namespace}/${channel}`;
}

/**
 * A pub/sub whose channels live under a deployment's namespace
 * (`<namespace>/<topic key>`), so deployments that share one Redis never hear
 * each other's events, not even on topics whose names they have in common
 * (`dashboard:all`).
 */
export class NamespacedPubSub implements PubSub {
  private readonly prefix: string;

  constructor(
    private readonly inner: PubSub,
    namespace: string,
  ) {
    this.prefix = namespacedChannel(namespace, '');
  }

  get kind(): PubSub['kind'] {
    return this.inner.kind;
  }

  get connected(): boolean {
    return this.inner.connected;
  }

  publish(channel: string, message: Envelope): Promise<void> {
    return this.inner.publish(this.prefix + channel, message);
  }

  subscribe(channel: string, listener: (message: Envelope) => void): Promise<() => void> {
    return this.inner.subscribe(this.prefix + channel, listener);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  onReconnect(listener: () => void): void {
    this.inner.onReconnect(listener);
  }

  onDisconnect(listener: () => void): void {
    this.inner.onDisconnect(listener);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
