import type { Envelope } from './envelope';

/** What a subscriber of a channel is called with, for each message. */
export type Listener = (message: Envelope) => void;

/** Where a channel is subscribed while it has listeners in this process; absent in-process. */
export interface Broker {
  /** Resolves once the channel's subscription is active. */
  subscribe(channel: string): Promise<void>;
  /** Ends the channel's subscription, once it is active (never while it is in flight). */
  unsubscribe(channel: string): void;
}

/**
 * The listeners of each channel in this process, with one broker
 * subscription per channel. Every listener of a channel gets the same message
 * object (the streams rely on it: see liveDeliveries), and one that throws
 * keeps it from none of the others. A listener costs an array slot: thousands
 * of idle subscribers are normal.
 */
export class Channels {
  // Replaced, never changed, on every listen and unlisten: a delivery in progress is not disturbed.
  private readonly listeners = new Map<string, readonly Listener[]>();
  // A channel's broker subscription in flight; its later listeners wait for the same one.
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly broker: Broker | undefined,
    private readonly onError: (error: Error) => void,
  ) {}

  /**
   * Adds the listener at once, so that a message published as soon as the
   * broker subscription is active is not missed. Returns the channel's broker
   * subscription while it is in flight (undefined once it is active): if it
   * fails, every listener waiting for it is gone, and the channel's next
   * listener tries again.
   */
  listen(channel: string, listener: Listener): Promise<void> | undefined {
    const current = this.listeners.get(channel);
    this.listeners.set(channel, current ? [...current, listener] : [listener]);
    // A channel has one broker subscription at most: one in flight is waited for, even if its listeners have all left.
    if (!current && this.broker && !this.pending.has(channel)) {
      const { broker } = this;
      const subscribing: Promise<void> = broker.subscribe(channel).then(
        () => {
          this.pending.delete(channel);
          // Its listeners all left while it was in flight.
          if (!this.listeners.has(channel)) broker.unsubscribe(channel);
        },
        (error: unknown) => {
          this.pending.delete(channel);
          this.listeners.delete(channel);
          throw error;
        },
      );
      this.pending.set(channel, subscribing);
    }
    return this.pending.get(channel);
  }

  /**
   * The function that removes the listener; calling it again does nothing
   * (unless the same function listens to the channel twice).
   * Made here, not in an async caller: it lives as long as the subscription, and keeps only what it names.
   */
  unsubscriber(channel: string, listener: Listener): () => void {
    return () => this.unlisten(channel, listener);
  }

  /** Removes the listener, if it listens; the channel's broker subscription ends with its last one. */
  unlisten(channel: string, listener: Listener): void {
    const current = this.listeners.get(channel);
    const index = current ? current.indexOf(listener) : -1;
    if (!current || index < 0) return;
    if (current.length > 1) {
      this.listeners.set(channel, current.toSpliced(index, 1));
      return;
    }
    this.listeners.delete(channel);
    // One in flight ends once it is active (see listen).
    if (!this.pending.has(channel)) this.broker?.unsubscribe(channel);
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
}
