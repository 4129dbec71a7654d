import { randomUUID } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { notificationsTopic } from '../src/domains/notifications/notifications.events';
import { createPubSub } from '../src/realtime/pubsub';
import { Realtime } from '../src/realtime/realtime';
import { collectGarbage } from './kit/gc';

// In-process pub/sub in both projects: the subscriber's stream is handed the very objects written here.
const database = await openDatabase({ dataDir: 'memory://' });
await database.migrate();
const realtime = new Realtime(
  database.db,
  createPubSub(undefined, () => {}),
  { onPublish() {}, onPublishError() {}, onDeliver() {}, onError() {} },
  100,
);
afterAll(() => database.close());

type Stream = ReturnType<typeof realtime.stream>;

/**
 * Writes `count` events, each carrying a fresh object, takes each from the
 * stream as a subscriber would, and returns weak references to those objects.
 * Its own function, so nothing of the events stays in the caller's frame.
 */
async function deliverEvents(stream: Stream, topic: ReturnType<typeof notificationsTopic>, count: number): Promise<WeakRef<object>[]> {
  const carried: WeakRef<object>[] = [];
  for (let i = 0; i < count; i++) {
    const payload = { text: `event ${i} `.repeat(100) };
    carried.push(new WeakRef(payload));
    const next = stream.next();
    await realtime.write((_tx, events) => events.append(topic, () => ({ __typename: 'Probe', payload }) as never));
    expect((await next).value).toMatchObject({ __typename: 'Probe', payload: { text: payload.text } });
  }
  return carried;
}

it('a subscription waiting for its next event keeps none of the events it delivered', async () => {
  const topic = notificationsTopic(randomUUID());
  const stream = realtime.stream({ topic, afterSeq: null });
  expect((await stream.next()).value).toMatchObject({ __typename: 'StreamReady' });

  const carried = await deliverEvents(stream, topic, 3);
  // Idle between events, as almost every subscriber is almost all the time.
  const waiting = stream.next();
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();

  expect(carried.map((ref) => ref.deref() === undefined)).toEqual([true, true, true]);
  await stream.return?.(undefined);
  await waiting;
});
