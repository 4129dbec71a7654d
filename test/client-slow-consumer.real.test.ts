import { expect, it } from 'vitest';
import { ConversationStream } from './kit/documents';
import { sendMessage, startConversation } from './kit/conversations';
import { signUp } from './kit/fixtures';
import { errorsOf, messageLines, recordedClient, sleep, startInstance, subscribeFrames, watch } from './kit/realtime-client';

// A client that stops reading its socket, on a server that keeps few live
// events waiting for each subscription (SUBSCRIPTION_BUFFER): the server ends
// the stream with SLOW_CONSUMER, and once the client reads again it resumes
// the stream from resumeAfter on the same socket, losing and repeating nothing.

const BUFFER = 5;
/** A bound on the flood, for a server that never overflows. */
const MAX_MESSAGES = 600;
// About 10,000 characters of three UTF-8 bytes each: 30 KB frames fill the kernel's socket buffers with few messages.
const PADDING = '€'.repeat(9_980);

const server = await startInstance({ SUBSCRIPTION_BUFFER: String(BUFFER) });

/** Events the server has handed to subscribers so far: snapshots, replays and live events. */
async function delivered(): Promise<number> {
  const text = await (await fetch(new URL('/metrics', server.url))).text();
  const value = Number(/^realtime_events_delivered_total (\S+)$/m.exec(text)?.[1]);
  if (Number.isNaN(value)) throw new Error('no realtime_events_delivered_total in /metrics');
  return value;
}

/** A message's first two words: `before`, `big 7`, `after`. */
const label = (content: string) => content.split(' ', 2).join(' ');

it('ends a stalled stream with SLOW_CONSUMER; the client resumes it from resumeAfter and the handler gets every message once, in order', async () => {
  const [alice, bob] = await Promise.all([signUp(server, 'alice'), signUp(server, 'bob')]);
  const conversationId = await startConversation(server.httpUrl, alice, [bob]);
  // No pings: a client that does not read cannot see their pongs, and would drop the socket as lost.
  const { client, sockets, states } = recordedClient({ url: server.wsUrl, getToken: () => bob.token, keepAlive: 0 });
  const stream = watch(client, ConversationStream, { conversationId });
  await expect.poll(() => client.state).toBe('live');
  const sent = [await sendMessage(server.httpUrl, alice, conversationId, 'before')];
  await expect.poll(() => stream.events.length).toBe(2);

  // Stop reading: the server's sends back up through the kernel's buffers, then into the stream's own.
  const [socket] = sockets;
  socket!.ws.pause();
  const deliveredBefore = await delivered();
  let overflowed = false;
  while (!overflowed && sent.length <= MAX_MESSAGES) {
    sent.push(await sendMessage(server.httpUrl, alice, conversationId, `big ${sent.length} ${PADDING}`));
    // Bob's stream is the server's only subscriber. Its inbox holds BUFFER, one more is being sent: any further one overflowed it.
    overflowed = sent.length - 1 - ((await delivered()) - deliveredBefore) >= BUFFER + 2;
  }
  expect(overflowed, `the stalled stream kept up with ${sent.length} messages`).toBe(true);

  socket!.ws.resume();
  sent.push(await sendMessage(server.httpUrl, alice, conversationId, 'after'));
  await expect.poll(() => stream.events.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(sent.length + 1);
  await sleep(300);

  expect(messageLines(stream, label)).toEqual(['StreamReady', ...sent.map((message) => `${message.id} ${label(message.content)}`)]);
  expect(stream.errors).toEqual([]);
  expect(states).toEqual(['live', 'recovering', 'live']);
  // On the same socket: SLOW_CONSUMER, then the stream again after resumeAfter, from where a replay was needed.
  expect(sockets).toHaveLength(1);
  expect(socket!.closed).toBeUndefined();
  const refused = socket!.received.map(errorsOf).filter((errors) => errors.length);
  expect(refused).toEqual([[expect.objectContaining({ extensions: { code: 'SLOW_CONSUMER', resumeAfter: expect.any(String) } })]]);
  const resumeAfter = refused[0]![0]!.extensions!['resumeAfter'];
  expect(subscribeFrames(sockets).map((frame) => frame.payload?.variables)).toEqual([
    { conversationId, after: null },
    { conversationId, after: resumeAfter },
  ]);
  const resumedAt = stream.events.findIndex(({ conversationMessages: event }) => event.cursor === resumeAfter);
  expect(resumedAt).toBeGreaterThan(0);
  expect(resumedAt).toBeLessThan(sent.length - 1);
}, 60_000);
