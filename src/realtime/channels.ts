import type { Envelope } from './envelope';

/** What a subscriber of a channel is called with, for each message. */
export type Listener = (message: Envelope) => void;

/** Where a channel is subscribed while it has listeners in this process; absent in-process. */
export interface Broker {
  /** Resolves once the channel's subscription is active. */
  subscribe(channel: string): Promise<unknown>;
  /** Ends the channel's subscription. */
  unsubscribe(channel: string): Promise<unknown>;
}

/**
 * The listeners of each channel in this process. Every listener of a channel
 * gets the same message object (the streams rely on it: see liveDeliveries).
 * A listener costs an array slot: thousands of idle subscribers are normal.
 */
export class Channels {
  // Replaced, never changed, on every subscribe and unsubscribe: a delivery in progress is not disturbed.
  private readonly listeners = new Map<string, readonly Listener[]>();
  // A channel's broker subscription in flight; its later listeners wait for the same one.
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly broker: Broker | undefined,
    private readonly onError: (error: Error) => void,
  ) {}

  /** Resolves once the channel's broker subscription is active, with the function that removes the listener. */
  async subscribe(channel: string, listener: Listener): Promise<() => void> {
    const current = this.listeners.get(channel);
    // Listening at once: a message published as soon as the broker subscription is active is not missed.
    this.listeners.set(channel, current ? [...current, listener] : [listener]);
    if (!current && this.broker) {
      const subscribing: Promise<void> = this.broker.subscribe(channel).then(
        () => {
          if (this.pending.get(channel) === subscribing) this.pending.delete(channel);
        },
        (error: unknown) => {
          // Every listener that waited fails with it; the next subscriber of the channel tries again.
          if (this.pending.get(channel) === subscribing) {
            this.pending.delete(channel);
            this.listeners.delete(channel);
          }
          throw error;
        },
      );
      this.pending.set(channel, subscribing);
    }
    await this.pending.get(channel);
    return this.unsubscriber(channel, listener);
  }

  /** Hands the message to every listener of the channel in this process. */
  deliver(channel: string, message: Envelope): void {
    const listeners = this.listeners.get(channel);
    if (!listeners) return;
    for (const listener of listeners) {
      try {
        listener(message);
      } catch (error) {
        // One listener failing must not keep the message from the others.
        this.onError(error as Error);
      }
    }
  }

  // Made here, not in subscribe(): the function lives as long as the subscription, and keeps only what it names.
  private unsubscriber(channel: string, listener: Listener): () => void {
    return () => this.unsubscribe(channel, listener);
  }

  private unsubscribe(channel: string, listener: Listener): void {
    const current = this.listeners.get(channel);
    const index = current ? current.indexOf(listener) : -1;
    if (!current || index < 0) return;
    if (current.length > 1) {
      this.listeners.set(channel, current.toSpliced(index, 1));
      return;
    }
    this.listeners.delete(channel);
    this.broker?.unsubscribe(channel).catch(this.onError);
  }
}
