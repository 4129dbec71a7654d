import { Channels } from './channels';
import type { Envelope } from './envelope';
import type { RedisTarget } from '../redis';
import { createRedisPubSub } from './redis-pubsub';

/** Fans events out to the subscribers of every server process that shares it. */
export interface PubSub {
  readonly kind: 'redis' | 'in-process';
  publish(channel: string, message: Envelope): Promise<void>;
  /**
   * Resolves once the subscription is active, with the function that ends it
   * (calling it again does nothing); UnavailableError while the broker stays
   * away. Every listener of a channel in this process gets the same message
   * object, and one that throws keeps it from none of the others.
   */
  subscribe(channel: string, listener: (message: Envelope) => void): Promise<() => void>;
  /** Resolves when the broker answers (it may wait while the broker is away). */
  ping(): Promise<void>;
  /**
   * Calls the listener each time the connection to the broker is back and
   * every subscription is active again: whatever was published meanwhile was
   * lost, and subscribers must read it from the event log.
   */
  onReconnect(listener: () => void): void;
  /** Calls the listener each time the connection to the broker is lost: until onReconnect, nothing published reaches this process. */
  onDisconnect(listener: () => void): void;
  /** False from a lost connection (or the start) until every subscription is active again. */
  readonly connected: boolean;
  /** Closes the connections to the broker, without waiting for one that is away. */
  close(): Promise<void>;
}

/** Redis pub/sub when Redis is given (see createRedisPubSub), else in-process. */
export function createPubSub(redis: RedisTarget | undefined, onError: (error: Error) => void): PubSub {
  return redis ? createRedisPubSub(redis, onError) : createInProcessPubSub(onError);
}

/** One process's pub/sub: a publish is delivered before it resolves, and nothing is ever lost, so there is never a reconnect. */
function createInProcessPubSub(onError: (error: Error) => void): PubSub {
  const channels = new Channels(undefined, onError);
  return {
    kind: 'in-process',
    publish: async (channel, message) => channels.deliver(channel, message),
    subscribe: async (channel, listener) => {
      channels.listen(channel, listener);
      return channels.unsubscriber(channel, listener);
    },
    ping: async () => {},
    close: async () => {},
    onReconnect: () => {},
    onDisconnect: () => {},
    connected: true,
  };
}
