import { expect, it } from 'vitest';
import { notificationsTopic } from '../src/domains/notifications/notifications.events';
import { startTestServer } from './kit/server';

const server = await startTestServer();

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

it('runs a writer again when PostgreSQL aborts it in a deadlock over two topics', async () => {
  const [first, second] = [notificationsTopic(crypto.randomUUID()), notificationsTopic(crypto.randomUUID())];
  const event = { __typename: 'NotificationsRead' as const, ids: [], unreadCount: 0 };
  const firstHolds = gate();
  const secondHolds = gate();
  let attempts = 0;

  // Each takes one topic, waits until the other holds the other topic, then takes it: a deadlock.
  const crossing = (mine: typeof first, theirs: typeof first, holding: ReturnType<typeof gate>, other: ReturnType<typeof gate>) =>
    server.app.realtime.write(async (_tx, events) => {
      attempts++;
      await events.append(mine, () => event);
      holding.open();
      await other.opened;
      await events.append(theirs, () => event);
    });

  await Promise.all([crossing(first, second, firstHolds, secondHolds), crossing(second, first, secondHolds, firstHolds)]);
  expect(attempts).toBe(3);
});
