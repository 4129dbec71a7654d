import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, expect, it } from 'vitest';
import { UnavailableError } from '../src/errors';
import type { Envelope } from '../src/realtime/envelope';
import { createPubSub, type PubSub } from '../src/realtime/pubsub';
import { freePort, startRedis } from './kit/redis';
import { Mailbox } from './kit/socket';

// The Redis pub/sub is graphql-redis-subscriptions' RedisPubSub under an
// adapter (src/realtime/redis-pubsub.ts). Each test holds the adapter to a
// promise that RedisPubSub used as it comes breaks, on a Redis of its own.

const leftovers: (() => unknown)[] = [];
afterAll(async () => {
  for (const dispose of leftovers) await dispose();
});

// RedisPubSub drops promises that can reject: such a rejection, unhandled, would end a server.
const unhandled: unknown[] = [];
const collect = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', collect);
afterAll(() => {
  process.off('unhandledRejection', collect);
});
afterEach(async () => {
  await sleep(50);
  expect(unhandled.splice(0)).toEqual([]);
});

/** A private Redis, a connected pub/sub over it with the errors it reports, and a plain client to drive Redis with. */
async function setUp() {
  const redis = await startRedis(await freePort());
  const errors: string[] = [];
  const pubsub = createPubSub({ url: redis.url }, (error) => errors.push(error.message));
  const client = new Redis(redis.url, { maxRetriesPerRequest: null }).on('error', () => {});
  leftovers.push(
    () => pubsub.close(),
    () => client.disconnect(),
  );
  if (!pubsub.connected) await new Promise<void>((resolve) => pubsub.onReconnect(resolve));
  return { redis, pubsub, client, errors, channel: `test:${randomUUID()}` };
}

const envelope = (seq: number): Envelope => ({ seq, at: '2026-01-01T00:00:00.000Z', event: { __typename: 'Probe' } });

/** A listener of the channel that keeps what it hears, and its subscription. */
function listener(pubsub: PubSub, channel: string) {
  const heard = new Mailbox<Envelope>();
  return { heard, subscribed: pubsub.subscribe(channel, (message) => heard.put(message)) };
}

/** How many connections Redis counts as subscribed to the channel. */
async function subscribers(client: Redis, channel: string): Promise<number> {
  const [, count] = (await client.pubsub('NUMSUB', channel)) as [string, number];
  return count;
}

it('hands every listener of a channel the same message, however many throw', async () => {
  const { pubsub, errors, channel } = await setUp();
  await pubsub.subscribe(channel, () => {
    throw new Error('a listener failed');
  });
  const [first, second] = [listener(pubsub, channel), listener(pubsub, channel)];
  await Promise.all([first.subscribed, second.subscribed]);

  await pubsub.publish(channel, envelope(1));
  const heard = [await first.heard.take(2_000, 'the first listener'), await second.heard.take(2_000, 'the second listener')];
  expect(heard[0]).toEqual(envelope(1));
  expect(heard[0]).toBe(heard[1]);
  expect(errors).toEqual(['a listener failed']);
});

it('hands on no message that is not an envelope, and reports it', async () => {
  const { pubsub, client, errors, channel } = await setUp();
  const { heard, subscribed } = listener(pubsub, channel);
  await subscribed;

  await client.publish(channel, 'not JSON');
  await client.publish(channel, '"JSON, but no envelope"');
  await pubsub.publish(channel, envelope(1));
  expect(await heard.take(2_000, 'the envelope')).toEqual(envelope(1));
  expect(heard.size).toBe(0);
  expect(errors).toEqual([`unreadable message on ${channel}`, `unreadable message on ${channel}`]);
});

it('ends a subscription once however often it is ended, and the channel with its last one', async () => {
  const { pubsub, client, channel } = await setUp();
  const ended = listener(pubsub, channel);
  const staying = listener(pubsub, channel);
  const end = await ended.subscribed;
  const endStaying = await staying.subscribed;

  end();
  end();
  await pubsub.publish(channel, envelope(1));
  expect(await staying.heard.take(2_000, 'the message')).toEqual(envelope(1));
  expect(ended.heard.size).toBe(0);

  endStaying();
  endStaying();
  await expect.poll(() => subscribers(client, channel)).toBe(0);
});

it('fails a subscription Redis leaves unanswered after 2 s, and once Redis answers, nothing of it is left', async () => {
  const { pubsub, client, channel } = await setUp();
  await client.call('CLIENT', 'PAUSE', '2500', 'ALL');
  const abandoned = listener(pubsub, channel);
  const started = performance.now();
  await expect(abandoned.subscribed).rejects.toBeInstanceOf(UnavailableError);
  expect(performance.now() - started).toBeLessThan(2_300);

  // Sent after the abandoned SUBSCRIBE on the same connection, so answered after it.
  await pubsub.subscribe(`test:${randomUUID()}`, () => {});
  await expect.poll(() => subscribers(client, channel)).toBe(0);
  const later = listener(pubsub, channel);
  const end = await later.subscribed;
  await pubsub.publish(channel, envelope(1));
  expect(await later.heard.take(2_000, 'the message')).toEqual(envelope(1));
  expect(abandoned.heard.size).toBe(0);
  end();
  await expect.poll(() => subscribers(client, channel)).toBe(0);
});

it('closes without waiting for a Redis that is away', async () => {
  const { redis, pubsub, channel } = await setUp();
  await pubsub.subscribe(channel, () => {});
  const lost = new Promise<void>((resolve) => pubsub.onDisconnect(resolve));
  await redis.stop();
  await lost;
  // Waits in the connection's queue for Redis to be back, as publishes do while it is away.
  pubsub.publish(channel, envelope(1)).catch(() => {});
  await nextTurn();

  const closing = pubsub.close().then(() => 'closed');
  expect(await Promise.race([closing, sleep(1_000, 'still waiting')])).toBe('closed');
});

it('fails nothing when a listener leaves as the pub/sub closes', async () => {
  const { pubsub, channel } = await setUp();
  const end = await pubsub.subscribe(channel, () => {});
  // As the server's known token versions are forgotten when the connection is lost.
  pubsub.onDisconnect(end);
  await pubsub.close();
});

it('fails a subscription Redis refuses, and only that one', async () => {
  const { pubsub, client } = await setUp();
  await client.call('ACL', 'SETUSER', 'default', 'resetchannels', '&allowed:*');
  await expect(pubsub.subscribe('refused:1', () => {})).rejects.toThrow(/NOPERM/);

  const { heard, subscribed } = listener(pubsub, 'allowed:1');
  await subscribed;
  await pubsub.publish('allowed:1', envelope(1));
  expect(await heard.take(2_000, 'the message')).toEqual(envelope(1));
});
