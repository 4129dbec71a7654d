import { EventEmitter } from 'node:events';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub as InProcessPubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import type { Envelope } from './envelope';

/** Fans events out to the subscribers of every server process that shares it. */
export interface PubSub {
  readonly kind: 'redis' | 'in-process';
  publish(channel: string, message: Envelope): Promise<void>;
  /** Resolves once the subscription is active, with the function that ends it. */
  subscribe(channel: string, listener: (message: Envelope) => void): Promise<() => void>;
  /** Resolves when the broker answers (it may wait while the broker is away). */
  ping(): Promise<void>;
  /**
   * Calls the listener each time the connection to the broker is back and
   * every subscription is active again: whatever was published meanwhile was
   * lost, and subscribers must read it from the event log.
   */
  onReconnect(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Redis pub/sub when a URL is given (one SUBSCRIBE per channel and process), else in-process. */
export function createPubSub(redisUrl: string | undefined, onError: (error: Error) => void): PubSub {
  if (!redisUrl) {
    const emitter = new EventEmitter();
    // One listener per subscriber of a channel: thousands are normal here.
    emitter.setMaxListeners(0);
    // Nothing is ever lost in-process, so there is never a reconnect.
    return wrap('in-process', new InProcessPubSub({ eventEmitter: emitter }), {
      ping: async () => {},
      close: async () => {},
      onReconnect: () => () => {},
    });
  }
  const connect = (options: { enableAutoPipelining?: boolean } = {}) =>
    new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: null, ...options }).on('error', onError);
  // Publishes of one turn of the event loop leave in one write.
  const publisher = connect({ enableAutoPipelining: true });
  const subscriber = connect();
  const reconnected = new EventEmitter().setMaxListeners(0);
  subscriber.on('ready', () => {
    // ioredis resubscribes every channel on 'ready'; the PING answer comes after those subscriptions are active.
    setImmediate(() => subscriber.ping().then(() => reconnected.emit('ready'), onError));
  });
  return wrap('redis', new RedisPubSub({ publisher, subscriber }), {
    ping: async () => {
      await publisher.ping();
    },
    close: async () => {
      // QUIT would wait for a server that is away; then just drop the connection.
      await Promise.allSettled([publisher, subscriber].map((redis) => (redis.status === 'ready' ? redis.quit() : redis.disconnect())));
    },
    onReconnect: (listener) => {
      reconnected.on('ready', listener);
      return () => reconnected.off('ready', listener);
    },
  });
}

function wrap(kind: PubSub['kind'], engine: PubSubEngine, connection: Pick<PubSub, 'ping' | 'close' | 'onReconnect'>): PubSub {
  return {
    kind,
    publish: (channel, message) => engine.publish(channel, message),
    async subscribe(channel, listener) {
      const id = await engine.subscribe(channel, listener, {});
      return () => engine.unsubscribe(id);
    },
    ...connection,
  };
}
