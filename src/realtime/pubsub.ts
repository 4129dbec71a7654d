import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import { UnavailableError } from '../errors';
import { Channels } from './channels';
import type { Envelope } from './envelope';

/** Fans events out to the subscribers of every server process that shares it. */
export interface PubSub {
  readonly kind: 'redis' | 'in-process';
  publish(channel: string, message: Envelope): Promise<void>;
  /** Resolves once the subscription is active, with the function that ends it; UnavailableError while the broker stays away. */
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
  close(): Promise<void>;
}

// A subscription started while Redis is away waits this long for it (a blip, or the first connection at start), then fails.
const SUBSCRIBE_WAIT_MS = 2_000;

/** True once `connection` says 'ready' within `ms`. */
function reconnected(connection: EventEmitter, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const ready = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      connection.off('ready', ready);
      resolve(false);
    }, ms);
    connection.once('ready', ready);
  });
}

/** Redis pub/sub when a URL is given (one SUBSCRIBE per channel and process), else in-process. */
export function createPubSub(redisUrl: string | undefined, onError: (error: Error) => void): PubSub {
  if (!redisUrl) {
    const channels = new Channels(undefined, onError);
    // Nothing is ever lost in-process, so there is never a reconnect.
    return {
      kind: 'in-process',
      publish: async (channel, message) => channels.deliver(channel, message),
      subscribe: (channel, listener) => channels.subscribe(channel, listener),
      ping: async () => {},
      close: async () => {},
      onReconnect: () => {},
      onDisconnect: () => {},
      connected: true,
    };
  }
  const connect = (options: { enableAutoPipelining?: boolean } = {}) =>
    new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: null, ...options }).on('error', onError);
  // Publishes of one turn of the event loop leave in one write.
  const publisher = connect({ enableAutoPipelining: true });
  const subscriber = connect();
  const channels = new Channels(
    { subscribe: (channel) => subscriber.subscribe(channel), unsubscribe: (channel) => subscriber.unsubscribe(channel) },
    onError,
  );
  subscriber.on('message', (channel: string, text: string) => {
    let message: Envelope;
    try {
      message = JSON.parse(text) as Envelope;
    } catch (error) {
      onError(new Error(`unreadable message on ${channel}`, { cause: error }));
      return;
    }
    channels.deliver(channel, message);
  });
  const connection = new EventEmitter();
  let connected = false;
  subscriber.on('ready', () => {
    // ioredis resubscribes every channel on 'ready'; the PING answer comes after those subscriptions are active.
    setImmediate(() =>
      subscriber.ping().then(() => {
        connected = true;
        connection.emit('ready');
      }, onError),
    );
  });
  subscriber.on('close', () => {
    // Emitted again for every failed attempt to reconnect: only the first one is news.
    if (!connected) return;
    connected = false;
    connection.emit('lost');
  });
  return {
    kind: 'redis',
    get connected() {
      return connected;
    },
    publish: async (channel, message) => {
      await publisher.publish(channel, JSON.stringify(message));
    },
    subscribe: async (channel, listener) => {
      if (!connected && !(await reconnected(connection, SUBSCRIBE_WAIT_MS))) throw new UnavailableError('Redis');
      return channels.subscribe(channel, listener);
    },
    ping: async () => {
      await publisher.ping();
    },
    close: async () => {
      // QUIT would wait for a server that is away; then just drop the connection.
      await Promise.allSettled([publisher, subscriber].map((redis) => (redis.status === 'ready' ? redis.quit() : redis.disconnect())));
    },
    onReconnect: (listener) => {
      connection.on('ready', listener);
    },
    onDisconnect: (listener) => {
      connection.on('lost', listener);
    },
  };
}
