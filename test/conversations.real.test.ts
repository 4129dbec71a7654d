import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ConversationStream, UnreadNotificationCount } from './kit/documents';
import { signUp, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { ConversationStreamSubscription } from './kit/gql/graphql';
import { codes, gqlData } from './kit/http';
import { servicesEnv, startTestServer, type TestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Several server instances on one PostgreSQL database and one Redis.

const ConversationsCrossStart = graphql(`
  mutation ConversationsCrossStart($participantIds: [ID!]!) {
    startConversation(participantIds: $participantIds) {
      id
    }
  }
`);

const ConversationsCrossSend = graphql(`
  mutation ConversationsCrossSend($conversationId: ID!, $content: String!) {
    sendMessage(conversationId: $conversationId, content: $content) {
      id
      content
    }
  }
`);

const ConversationsCrossTyping = graphql(`
  mutation ConversationsCrossTyping($conversationId: ID!, $isTyping: Boolean!) {
    setTyping(conversationId: $conversationId, isTyping: $isTyping)
  }
`);

const ConversationsCrossLeave = graphql(`
  mutation ConversationsCrossLeave($conversationId: ID!) {
    leaveConversation(conversationId: $conversationId)
  }
`);

type StreamEvent = ConversationStreamSubscription['conversationMessages'];

const [a, b, c] = await Promise.all([startTestServer(), startTestServer(), startTestServer()]);

async function start(on: TestServer, owner: TestUser, others: TestUser[]): Promise<string> {
  return (await gqlData(on.httpUrl, ConversationsCrossStart, { participantIds: others.map((u) => u.id) }, owner.token)).startConversation
    .id;
}

/** A live subscription on one instance: its StreamReady has arrived. */
async function live(on: TestServer, user: TestUser, conversationId: string) {
  const socket = await TestSocket.connect(on.wsUrl, user.token);
  const id = randomUUID();
  socket.subscribe(id, ConversationStream, { conversationId });
  const nextEvent = async (timeoutMs?: number): Promise<StreamEvent> =>
    (await socket.data<ConversationStreamSubscription>(id, timeoutMs)).conversationMessages;
  expect(await nextEvent()).toMatchObject({ __typename: 'StreamReady' });
  return { socket, id, nextEvent, drain: (ms: number) => socket.drain(id, ms) };
}

const typing = (on: TestServer, user: TestUser, conversationId: string, isTyping: boolean) =>
  gqlData(on.httpUrl, ConversationsCrossTyping, { conversationId, isTyping }, user.token);

describe('conversations across instances sharing PostgreSQL and Redis', () => {
  it('delivers a message sent on one instance to a subscriber on another, and notifies only who watches nowhere', async () => {
    const [alice, bob, carol] = [await signUp(a, 'alice'), await signUp(a, 'bob'), await signUp(a, 'carol')];
    const id = await start(a, alice, [bob, carol]);
    const bobOnB = await live(b, bob, id);

    const sent = (await gqlData(a.httpUrl, ConversationsCrossSend, { conversationId: id, content: 'from a' }, alice.token)).sendMessage;
    expect(await bobOnB.nextEvent()).toMatchObject({ __typename: 'MessageSent', message: { id: sent.id, content: 'from a' } });
    // Bob watches on b, which a sees through the shared watcher rows; carol watches nowhere.
    expect(await gqlData(c.httpUrl, UnreadNotificationCount, {}, bob.token)).toEqual({ unreadNotificationCount: 0 });
    expect(await gqlData(c.httpUrl, UnreadNotificationCount, {}, carol.token)).toEqual({ unreadNotificationCount: 1 });
  });

  it('turns typing false by itself on a subscriber of another instance about five seconds after the last setTyping(true)', async () => {
    const [alice, bob] = [await signUp(a, 'alice'), await signUp(a, 'bob')];
    const id = await start(a, alice, [bob]);
    const bobOnC = await live(c, bob, id);

    await typing(a, alice, id, true);
    expect(await bobOnC.nextEvent()).toMatchObject({ __typename: 'TypingChanged', isTyping: true, cursor: null, user: { id: alice.id } });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    // Extended on b: a's timer finds typing_until later than it was due and leaves the end to b's.
    await typing(b, alice, id, true);
    expect(await bobOnC.drain(3_800)).toEqual([]);
    expect(await bobOnC.nextEvent(3_000)).toMatchObject({ __typename: 'TypingChanged', isTyping: false, cursor: null });
    expect(await bobOnC.drain(500)).toEqual([]);
  });

  it('ends the subscription on another instance with FORBIDDEN when its viewer leaves', async () => {
    const [alice, bob] = [await signUp(a, 'alice'), await signUp(a, 'bob')];
    const id = await start(a, alice, [bob]);
    const bobOnB = await live(b, bob, id);

    await gqlData(a.httpUrl, ConversationsCrossLeave, { conversationId: id }, bob.token);
    expect(codes(await bobOnB.socket.next(bobOnB.id))).toEqual(['FORBIDDEN']);
    expect((await bobOnB.socket.message(bobOnB.id)).type).toBe('complete');
  });

  it('stores no plain text: neither in the messages row nor in the events row', async () => {
    const [alice, bob] = [await signUp(a, 'alice'), await signUp(a, 'bob')];
    const id = await start(a, alice, [bob]);
    const secret = `the launch code is ${randomUUID()}`;
    const sent = (await gqlData(a.httpUrl, ConversationsCrossSend, { conversationId: id, content: secret }, alice.token)).sendMessage;

    const client = new pg.Client({ connectionString: (await servicesEnv())['DATABASE_URL'] });
    await client.connect();
    try {
      const message = await client.query<{ content_ciphertext: string }>('select content_ciphertext from messages where id = $1', [
        sent.id,
      ]);
      const events = await client.query<{ payload: string }>(
        `select payload::text as payload from events where topic = $1 and payload->'message'->>'id' = $2`,
        [`conversation:${id}`, sent.id],
      );
      const anywhere = await client.query<{ n: number }>('select count(*)::int as n from events where payload::text like $1', [
        `%${secret}%`,
      ]);

      expect(message.rows).toHaveLength(1);
      expect(events.rows).toHaveLength(1);
      for (const stored of [message.rows[0]!.content_ciphertext, events.rows[0]!.payload]) {
        expect(stored).not.toContain(secret);
        expect(stored).not.toContain('launch code');
      }
      expect(events.rows[0]!.payload).toContain(message.rows[0]!.content_ciphertext);
      expect(anywhere.rows[0]!.n).toBe(0);
    } finally {
      await client.end();
    }
    expect(sent.content).toBe(secret);
  });
});
