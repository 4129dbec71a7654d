import { describe, expect, it, onTestFinished } from 'vitest';
import { ConversationStream, NotificationStream } from './kit/documents';
import { sendMessage, startConversation } from './kit/conversations';
import { signUp, type TestUser } from './kit/fixtures';
import type { ConversationStreamSubscription } from './kit/gql/graphql';
import {
  kill,
  messageLines,
  recordedClient,
  sleep,
  type SocketRecord,
  startInstance,
  startProxy,
  type StreamRecord,
  subscribeFrames,
  watch,
} from './kit/realtime-client';
import { freePort } from './kit/redis';

// The client while the server process under it is lost: SIGKILLed and
// started again on the same address, lost for good or frozen (SIGSTOP) with
// another instance in the client's list of URLs, or its socket closed by a
// load balancer. Another instance, on the same PostgreSQL and Redis, takes a
// steady stream of messages all the while.

const SEND_EVERY_MS = 50;
/** The client's pings, when a test needs a lost socket noticed soon: a pong missing for half of it. */
const KEEP_ALIVE_MS = 2_000;
/** Bounds a test's messages whatever happens. */
const MAX_MESSAGES = 500;

const port = await freePort();
// Started together on an empty database: one migrates, the other waits for it.
const [first, writer] = await Promise.all([startInstance({ PORT: String(port) }), startInstance()]);
let home = first;

/** Messages from the user numbered from 1, written through the writer instance one after another, until stopped. */
function sendSteadily(user: TestUser, conversationId: string) {
  const sent: { id: string; content: string }[] = [];
  let stopping = false;
  const done = (async () => {
    for (let n = 1; !stopping && n <= MAX_MESSAGES; n++) {
      sent.push(await sendMessage(writer.httpUrl, user, conversationId, `message ${n}`));
      await sleep(SEND_EVERY_MS);
    }
  })();
  const stop = async () => {
    stopping = true;
    await done;
    return sent;
  };
  // Also when the test fails before it stops the sender.
  onTestFinished(async () => {
    await stop();
  });
  return { sent, stop };
}

/** The cursor of the last event a socket received. */
function lastCursor(socket: SocketRecord): unknown {
  const data = socket.received.filter((frame) => frame.type === 'next').at(-1)?.payload?.data as ConversationStreamSubscription;
  return data.conversationMessages.cursor;
}

/** Stops the sender, waits for the stream to have every message, and a little more for anything extra; what was sent. */
async function settle(sender: ReturnType<typeof sendSteadily>, stream: StreamRecord<ConversationStreamSubscription>) {
  const sent = await sender.stop();
  await expect.poll(() => stream.events.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(sent.length + 1);
  await sleep(300);
  return sent;
}

describe('the client when it loses its server instance', () => {
  // SIGKILL drops the socket (1006); SIGTERM drains the instance, which closes it with 1001.
  it.for([
    ['SIGKILL', 1006],
    ['SIGTERM', 1001],
  ] as const)(
    '%s, and a new one on the same address: the handler gets every message exactly once, in order; live, recovering, offline, live',
    { timeout: 60_000 },
    async ([signal, closeCode]) => {
      const [alice, bob] = await Promise.all([signUp(writer, 'alice'), signUp(writer, 'bob')]);
      const conversationId = await startConversation(writer.httpUrl, alice, [bob]);
      const { client, sockets, states } = recordedClient({ url: home.wsUrl, getToken: () => bob.token });
      const stream = watch(client, ConversationStream, { conversationId });
      await expect.poll(() => client.state).toBe('live');

      const sender = sendSteadily(alice, conversationId);
      await expect.poll(() => stream.events.length, { timeout: 10_000 }).toBeGreaterThan(5);
      await kill(home, signal);
      await expect.poll(() => client.state).toBe('offline');
      // Written while no instance serves the client.
      const sentWhileDown = sender.sent.length + 5;
      await expect.poll(() => sender.sent.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(sentWhileDown);
      home = await startInstance({ PORT: String(port) });
      await expect.poll(() => client.state, { timeout: 10_000 }).toBe('live');
      await expect.poll(() => stream.events.length, { timeout: 10_000 }).toBeGreaterThan(sentWhileDown + 5);
      const sent = await settle(sender, stream);

      expect(messageLines(stream)).toEqual(['StreamReady', ...sent.map((message) => `${message.id} ${message.content}`)]);
      expect(stream.errors).toEqual([]);
      expect(states).toEqual(['live', 'recovering', 'offline', 'recovering', 'live']);
      expect(stream.states).toEqual(states);
      // The lost socket, attempts refused while nothing listened, then the new instance's socket, resumed after the last cursor.
      const [lost, ...later] = sockets;
      const resumed = later.at(-1)!;
      expect(lost!.closed?.code).toBe(closeCode);
      expect(later.slice(0, -1).map((socket) => [socket.closed?.code, socket.received])).toEqual(later.slice(0, -1).map(() => [1006, []]));
      expect(later.length).toBeGreaterThan(1);
      expect([resumed.url, resumed.closed]).toEqual([home.wsUrl, undefined]);
      expect(subscribeFrames(sockets).map((frame) => frame.payload?.variables)).toEqual([
        { conversationId, after: null },
        { conversationId, after: lastCursor(lost!) },
      ]);
      expect(subscribeFrames([resumed])).toHaveLength(1);
    },
  );

  it('given two URLs, it goes on with the other when its instance is SIGKILLed, losing nothing', async () => {
    const victim = await startInstance();
    const [alice, bob] = await Promise.all([signUp(writer, 'alice'), signUp(writer, 'bob')]);
    const conversationId = await startConversation(writer.httpUrl, alice, [bob]);
    const { client, sockets, states } = recordedClient({ url: [victim.wsUrl, writer.wsUrl], getToken: () => bob.token });
    const stream = watch(client, ConversationStream, { conversationId });
    await expect.poll(() => client.state).toBe('live');

    const sender = sendSteadily(alice, conversationId);
    await expect.poll(() => stream.events.length, { timeout: 10_000 }).toBeGreaterThan(5);
    await kill(victim);
    await expect.poll(() => sockets.length).toBe(2);
    const atLoss = sender.sent.length;
    await expect.poll(() => client.state, { timeout: 10_000 }).toBe('live');
    await expect.poll(() => stream.events.length, { timeout: 10_000 }).toBeGreaterThan(atLoss + 5);
    const sent = await settle(sender, stream);

    expect(messageLines(stream)).toEqual(['StreamReady', ...sent.map((message) => `${message.id} ${message.content}`)]);
    expect(stream.errors).toEqual([]);
    expect(states).toEqual(['live', 'recovering', 'live']);
    expect(sockets.map((socket) => [socket.url, socket.closed?.code])).toEqual([
      [victim.wsUrl, 1006],
      [writer.wsUrl, undefined],
    ]);
    expect(subscribeFrames(sockets).map((frame) => frame.payload?.variables)).toEqual([
      { conversationId, after: null },
      { conversationId, after: lastCursor(sockets[0]!) },
    ]);
  }, 60_000);

  it('given two URLs, it leaves an instance that froze (SIGSTOP) once a ping goes unanswered, and goes on with the other, losing nothing', async () => {
    const frozen = await startInstance();
    const [alice, bob] = await Promise.all([signUp(writer, 'alice'), signUp(writer, 'bob')]);
    const conversationId = await startConversation(writer.httpUrl, alice, [bob]);
    const { client, sockets, states } = recordedClient({
      url: [frozen.wsUrl, writer.wsUrl],
      getToken: () => bob.token,
      keepAlive: KEEP_ALIVE_MS,
    });
    const stream = watch(client, ConversationStream, { conversationId });
    await expect.poll(() => client.state).toBe('live');

    const sender = sendSteadily(alice, conversationId);
    await expect.poll(() => stream.events.length, { timeout: 10_000 }).toBeGreaterThan(5);
    // Its sockets stay open, but nothing on them is answered.
    frozen.child.kill('SIGSTOP');
    const atFreeze = sender.sent.length;
    // Long before ws would give up waiting for the close handshake a frozen server never answers (30 s).
    await expect.poll(() => sockets.length, { timeout: 10_000 }).toBe(2);
    await expect.poll(() => client.state, { timeout: 10_000 }).toBe('live');
    await expect.poll(() => stream.events.length, { timeout: 10_000 }).toBeGreaterThan(atFreeze + 5);
    const sent = await settle(sender, stream);
    frozen.child.kill('SIGKILL');

    expect(messageLines(stream)).toEqual(['StreamReady', ...sent.map((message) => `${message.id} ${message.content}`)]);
    expect(stream.errors).toEqual([]);
    expect(states).toEqual(['live', 'recovering', 'live']);
    expect(sockets.map((socket) => socket.url)).toEqual([frozen.wsUrl, writer.wsUrl]);
    expect(subscribeFrames(sockets).map((frame) => frame.payload?.variables)).toEqual([
      { conversationId, after: null },
      { conversationId, after: lastCursor(sockets[0]!) },
    ]);
  }, 60_000);

  it('given two URLs, it gives up on an instance that never answers its handshake (SIGSTOP) and goes live on the other', async () => {
    const frozen = await startInstance();
    frozen.child.kill('SIGSTOP');
    const bob = await signUp(writer, 'bob');
    const { client, sockets, states } = recordedClient({
      url: [frozen.wsUrl, writer.wsUrl],
      getToken: () => bob.token,
      keepAlive: KEEP_ALIVE_MS,
    });
    const stream = watch(client, NotificationStream, {});
    // The kernel accepts the connection for the frozen process, which never answers the upgrade request.
    await expect.poll(() => client.state, { timeout: 10_000 }).toBe('live');
    frozen.child.kill('SIGKILL');

    expect(stream.events.map(({ notifications }) => notifications.__typename)).toEqual(['UnreadCount']);
    expect(states).toEqual(['offline', 'connecting', 'live']);
    expect(sockets.map((socket) => [socket.url, socket.received.length > 0])).toEqual([
      [frozen.wsUrl, false],
      [writer.wsUrl, true],
    ]);
  }, 30_000);

  it('reconnects once when a load balancer closes its socket normally (1000), and leaves no second socket behind', async () => {
    const proxy = await startProxy(writer);
    const user = await signUp(writer, 'balanced');
    const { client, sockets, states } = recordedClient({ url: proxy.wsUrl, getToken: () => user.token });
    const stream = watch(client, NotificationStream, {});
    await expect.poll(() => client.state).toBe('live');

    proxy.closeAll(1000);
    await expect.poll(() => sockets.length).toBe(2);
    await expect.poll(() => client.state).toBe('live');
    // Longer than graphql-ws waits before reconnecting by itself (at most 4 s after a first close).
    await sleep(5_000);

    expect(sockets.map((socket) => socket.closed?.code)).toEqual([1000, undefined]);
    expect(proxy.open).toBe(1);
    expect(states).toEqual(['live', 'recovering', 'live']);
    expect(stream.events.map(({ notifications }) => notifications.__typename)).toEqual(['UnreadCount']);
  }, 30_000);
});
