import { randomUUID } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { KnownVersions } from '../src/auth/known-versions';
import { openDatabase } from '../src/db/client';
import { createPubSub } from '../src/realtime/pubsub';
import { Realtime } from '../src/realtime/realtime';

// The broker going away is tested against a real Redis in sessions.real.test.ts.
const database = await openDatabase({ dataDir: 'memory://' });
await database.migrate();
const realtime = new Realtime(
  database.db,
  createPubSub(undefined, () => {}),
  { onPublish() {}, onPublishError() {}, onDeliver() {}, onError() {} },
  100,
);
afterAll(() => database.close());

/** A door that calls pass through while it is open, and wait at while it is shut. */
function door() {
  let shut: { opened: Promise<void>; open(): void } | undefined;
  return {
    pass: async () => shut?.opened,
    shut: () => {
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      shut = { opened, open };
    },
    open: () => {
      shut?.open();
      shut = undefined;
    },
  };
}

/** The real watches, and a subscription to the revocations topic that begins only once `door` lets it. */
function gatedListening() {
  const gate = door();
  return { gate, listening: () => gate.pass() };
}

/** Versions read from a table the test sets, counting reads; a read waits at `door`. */
function versionTable() {
  const versions = new Map<string, number>();
  let reads = 0;
  const readDoor = door();
  return {
    versions,
    door: readDoor,
    reads: () => reads,
    read: async (userId: string) => {
      reads++;
      await readDoor.pass();
      return versions.get(userId) ?? null;
    },
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 10));

it('knows a version once read after revocations are heard, reads it once, and forgets it when the sessions are revoked', async () => {
  const table = versionTable();
  const known = new KnownVersions(realtime, gatedListening().listening, table.read, 10);
  const user = randomUUID();
  table.versions.set(user, 3);

  expect(known.get(user)).toBeUndefined();
  known.learn(user);
  known.learn(user);
  await settled();
  expect(known.get(user)).toBe(3);
  expect(table.reads()).toBe(1);

  table.versions.set(user, 4);
  known.forget(user);
  expect(known.get(user)).toBeUndefined();
});

it('keeps nothing of a read that a revocation overtook', async () => {
  const table = versionTable();
  const known = new KnownVersions(realtime, gatedListening().listening, table.read, 10);
  const user = randomUUID();
  table.versions.set(user, 1);

  table.door.shut();
  known.learn(user);
  await settled();
  // The read has begun (and, say, seen version 1) when the revocation is heard.
  known.forget(user);
  table.door.open();
  await settled();
  expect(known.get(user)).toBeUndefined();
});

it('reads only once revocations are heard, so a revocation just before is in what it reads', async () => {
  const table = versionTable();
  const { gate, listening } = gatedListening();
  const known = new KnownVersions(realtime, listening, table.read, 10);
  const user = randomUUID();
  table.versions.set(user, 1);

  gate.shut();
  known.learn(user);
  await settled();
  // Revoked while the subscription is starting: this process does not hear it.
  table.versions.set(user, 2);
  gate.open();
  await settled();
  expect(known.get(user)).toBe(2);
});

it('keeps no version for a user that does not exist', async () => {
  const table = versionTable();
  const known = new KnownVersions(realtime, gatedListening().listening, table.read, 10);
  const nobody = randomUUID();
  known.learn(nobody);
  await settled();
  expect(known.get(nobody)).toBeUndefined();
});

it('keeps at most its limit of users, dropping the oldest', async () => {
  const table = versionTable();
  const known = new KnownVersions(realtime, gatedListening().listening, table.read, 2);
  const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()];
  for (const user of [first!, second!, third!]) {
    table.versions.set(user, 1);
    known.learn(user);
    await settled();
  }
  expect([known.get(first!), known.get(second!), known.get(third!)]).toEqual([undefined, 1, 1]);
});
