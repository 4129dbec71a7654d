import { createRealtimeClient, type RealtimeClient, type RealtimeState } from '@realtime-api/client';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { apolloClient, urqlClient, type Watched, watchWithApollo, watchWithUrql } from './kit/adapters';
import { sendMessage, startConversation } from './kit/conversations';
import { ConversationStream } from './kit/documents';
import { signUp, type TestUser } from './kit/fixtures';
import type { ConversationStreamSubscription } from './kit/gql/graphql';
import { startProcess, type ServerProcess } from './kit/process';

// A conversation watched through urql's exchange and through Apollo's link while the server process the
// client is on is SIGKILLed and a new one starts at its address, on the same PostgreSQL and Redis, and
// messages go on being written through another instance all the while.

/** Pause between two messages. */
const SEND_EVERY_MS = 30;

const writer = await startProcess({});
const writerApi = { httpUrl: writer.url };
const wsUrl = (server: ServerProcess) => server.url.replace(/^http/, 'ws');

type Watch = (realtime: RealtimeClient, viewer: TestUser, conversationId: string) => Watched<ConversationStreamSubscription>;

/** Messages numbered from 1, from `author` through the writer instance, until stopped; the ids sent. */
function sendSteadily(author: TestUser, conversationId: string): { sent: string[]; stop(): Promise<string[]> } {
  const sent: string[] = [];
  let stopping = false;
  const done = (async () => {
    for (let n = 1; !stopping; n++) {
      sent.push((await sendMessage(writer.url, author, conversationId, `#${n}`)).id);
      await new Promise((resolve) => setTimeout(resolve, SEND_EVERY_MS));
    }
  })();
  return {
    sent,
    stop: async () => {
      stopping = true;
      await done;
      return sent;
    },
  };
}

/** The ids of the messages the app received, in the order it received them. */
function messages(watched: Watched<ConversationStreamSubscription>): string[] {
  return watched.results.flatMap(({ conversationMessages: event }) => (event.__typename === 'MessageSent' ? [event.message.id] : []));
}

async function acrossARestart(watch: Watch): Promise<void> {
  const [alice, bob] = await Promise.all([signUp(writerApi, 'alice'), signUp(writerApi, 'bob')]);
  const conversationId = await startConversation(writer.url, alice, [bob]);
  let instance = await startProcess({});
  const states: RealtimeState[] = [];
  const realtime = createRealtimeClient({
    url: wsUrl(instance),
    getToken: () => bob.token,
    webSocketImpl: WebSocket,
    retry: { initialDelay: 50, maxDelay: 500 },
    onState: (state) => states.push(state),
  });
  const watched = watch(realtime, bob, conversationId);
  await expect.poll(() => watched.results[0]?.conversationMessages.__typename, { timeout: 10_000 }).toBe('StreamReady');

  const sending = sendSteadily(alice, conversationId);
  await expect.poll(() => messages(watched).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
  instance.child.kill('SIGKILL');
  expect(await instance.exited).toBeNull();
  const sentBeforeRestart = sending.sent.length;
  instance = await startProcess({ PORT: new URL(instance.url).port });
  // Written while no instance was there for the client: only a resume after its cursor brings them.
  const sentMeanwhile = sending.sent.length - sentBeforeRestart;
  expect(sentMeanwhile).toBeGreaterThan(0);
  await expect.poll(() => messages(watched).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(sending.sent.length + 5);

  const sent = await sending.stop();
  await expect.poll(() => messages(watched).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(sent.length);
  // Time for anything extra to show.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(messages(watched)).toEqual(sent);
  expect(watched.results.filter(({ conversationMessages: event }) => event.__typename === 'StreamReady')).toHaveLength(1);
  expect(watched.errors).toEqual([]);
  expect(states).toContain('recovering');
  expect(states.at(-1)).toBe('live');
  console.info(`${sent.length} messages, ${sentMeanwhile} of them while the client had no server; states ${states.join(' ')}`);

  watched.unsubscribe();
  realtime.dispose();
  instance.child.kill('SIGTERM');
  await instance.exited;
}

describe('urql and Apollo Client on the realtime client, across a SIGKILLed and restarted server', () => {
  it(
    'urql: the app receives every message exactly once, in order',
    () =>
      acrossARestart((realtime, viewer, conversationId) =>
        watchWithUrql(urqlClient(realtime, writer.url, viewer.token), ConversationStream, { conversationId }),
      ),
    60_000,
  );

  it(
    'Apollo: the app receives every message exactly once, in order',
    () =>
      acrossARestart((realtime, viewer, conversationId) =>
        watchWithApollo(apolloClient(realtime, writer.url, viewer.token), ConversationStream, { conversationId }),
      ),
    60_000,
  );
});
