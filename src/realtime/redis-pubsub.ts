import { EventEmitter } from 'node:events';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis, type RedisOptions } from 'ioredis';
import { UnavailableError } from '../errors';
import { openRedis, openSubscriber, type RedisTarget } from '../redis';
import { type Broker, Channels } from './channels';
import type { Envelope } from './envelope';
import type { PubSub } from './pubsub';

// A subscription started while Redis is away, or whose SUBSCRIBE it leaves unanswered, waits this long
// for it in all (a blip, or the first connection at start), then fails.
const SUBSCRIBE_WAIT_MS = 2_000;

const ignore = () => {};

/** True when `promise` resolves within `ms`, false if it has not by then; its rejection is passed on, also a late one handled. */
function resolvesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms, false);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The subscriber connection. RedisPubSub drops the promises of the
 * UNSUBSCRIBE and PUNSUBSCRIBE it sends, and one that fails (the connection
 * closes before the answer, as when a listener leaves while the server stops)
 * would be an unhandled rejection, which ends the process: here it is reported.
 */
class SubscriberConnection extends Redis {
  constructor(
    url: string,
    options: RedisOptions,
    private readonly onError: (error: Error) => void,
  ) {
    super(url, options);
  }

  // unknown[]: ioredis declares these with overloads (a callback last, or not); RedisPubSub passes one name.
  override unsubscribe(...channels: unknown[]): Promise<unknown> {
    return this.reported(super.unsubscribe(...(channels as string[])));
  }

  override punsubscribe(...patterns: unknown[]): Promise<unknown> {
    return this.reported(super.punsubscribe(...(patterns as string[])));
  }

  private reported(sent: Promise<unknown>): Promise<unknown> {
    sent.catch(this.onError);
    return sent;
  }
}

/**
 * Subscribes each channel once through RedisPubSub and hands its messages to
 * `receive`, for Channels to fan out. RedisPubSub's own fan-out is not used: it
 * costs each subscription an id, an array and a set entry, where Channels costs
 * a listener an array slot, and a listener of it that throws keeps the message
 * from the others (and escapes into ioredis).
 */
class RedisChannelBroker implements Broker {
  // Each subscribed channel's subscription id.
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly redis: RedisPubSub,
    private readonly receive: (received: Received) => void,
  ) {}

  async subscribe(channel: string): Promise<void> {
    // One listener for every channel: each message names its channel (see readMessage).
    const subscribing = this.redis.subscribe(channel, this.receive);
    // A failed SUBSCRIBE also rejects a promise of RedisPubSub's own, which it hands only to the channel's
    // later subscribers while the SUBSCRIBE is in flight: with none, that rejection would be unhandled and
    // end the process. So one more waits with it, and leaves once it is in.
    this.redis.subscribe(channel, ignore).then((id) => this.redis.unsubscribe(id), ignore);
    this.ids.set(channel, await subscribing);
  }

  unsubscribe(channel: string): void {
    const id = this.ids.get(channel);
    this.ids.delete(channel);
    // RedisPubSub throws for an id it does not know.
    if (id !== undefined) this.redis.unsubscribe(id);
  }
}

/** A message as readMessage hands it on: the envelope (undefined when unreadable) and where it came. */
interface Received {
  channel: string;
  envelope: Envelope | undefined;
}

/**
 * RedisPubSub's deserializer, which alone is told the channel: so one
 * listener serves every channel, where a function per channel would cost each
 * idle subscriber about 75 bytes more.
 */
function readMessage(message: Buffer | string, { channel }: { channel: string }): Received {
  try {
    const envelope: unknown = JSON.parse(message.toString());
    return { channel, envelope: typeof envelope === 'object' && envelope !== null ? (envelope as Envelope) : undefined };
  } catch {
    return { channel, envelope: undefined };
  }
}

/**
 * Redis pub/sub through graphql-redis-subscriptions' RedisPubSub, on
 * connections of our own (auto-pipelined publishes; the subscriber's reconnects
 * tell when subscriptions are active again), with one SUBSCRIBE per channel
 * and process. A subscription waits at most SUBSCRIBE_WAIT_MS for Redis, then
 * fails with UnavailableError and leaves nothing subscribed; close() never
 * waits for a Redis that is away.
 *
 * On a Redis Cluster it is classic pub/sub: RedisPubSub sends only PUBLISH and
 * SUBSCRIBE, not their sharded forms. The publisher is the Cluster client; the
 * subscriber one connection to a node (see openSubscriber).
 */
export function createRedisPubSub(target: RedisTarget, onError: (error: Error) => void): PubSub {
  const options: RedisOptions = { lazyConnect: false, maxRetriesPerRequest: null };
  // Publishes of one turn of the event loop leave in one write (one per node on a cluster).
  const publisher = openRedis(target, { ...options, enableAutoPipelining: true }).on('error', onError);
  const subscriber = openSubscriber(target, publisher, (url) => new SubscriberConnection(url, options, onError)).on('error', onError);
  const redis = new RedisPubSub({ publisher, subscriber, deserializer: readMessage });
  const channels = new Channels(
    new RedisChannelBroker(redis, ({ channel, envelope }) => {
      if (envelope) channels.deliver(channel, envelope);
      else onError(new Error(`unreadable message on ${channel}`));
    }),
    onError,
  );
  const connection = new EventEmitter();
  let connected = false;
  const nextReady = () => new Promise<void>((resolve) => connection.once('ready', resolve));
  // Resolves once every subscription is active again; a new one after each loss.
  let reconnected = nextReady();
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
    reconnected = nextReady();
    connection.emit('lost');
  });
  return {
    kind: 'redis',
    get connected() {
      return connected;
    },
    publish: (channel, message) => redis.publish(channel, message),
    subscribe: async (channel, listener) => {
      const started = performance.now();
      if (!connected && !(await resolvesWithin(reconnected, SUBSCRIBE_WAIT_MS))) throw new UnavailableError('Redis');
      const subscribing = channels.listen(channel, listener);
      if (subscribing && !(await resolvesWithin(subscribing, SUBSCRIBE_WAIT_MS - (performance.now() - started)))) {
        // Redis went away (or stalls) with the SUBSCRIBE unanswered.
        channels.unlisten(channel, listener);
        throw new UnavailableError('Redis');
      }
      return channels.unsubscriber(channel, listener);
    },
    ping: async () => {
      await publisher.ping();
    },
    close: async () => {
      // Not RedisPubSub.close(): its QUIT would wait for a server that is away; such a connection is just dropped.
      await Promise.allSettled([publisher, subscriber].map((client) => (client.status === 'ready' ? client.quit() : client.disconnect())));
    },
    onReconnect: (listener) => {
      connection.on('ready', listener);
    },
    onDisconnect: (listener) => {
      connection.on('lost', listener);
    },
  };
}
