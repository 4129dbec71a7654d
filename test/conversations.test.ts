import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { count, inArray } from 'drizzle-orm';
import { notifications } from '../src/domains/notifications/notifications.table';
import { users } from '../src/domains/users/users.table';
import { ConversationStream, RecentNotifications } from './kit/documents';
import { signUp, userWithRole, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { ConversationsSenderContactsSubscription, ConversationStreamSubscription } from './kit/gql/graphql';
import { codes, gql, gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// The sender's contact details, which only the sender and admins may see.
const ConversationsSenderContacts = graphql(`
  subscription ConversationsSenderContacts($conversationId: ID!) {
    conversationMessages(conversationId: $conversationId) {
      __typename
      ... on MessageSent {
        message {
          content
          sender {
            id
            email
          }
        }
      }
    }
  }
`);

const ConversationsStart = graphql(`
  mutation ConversationsStart($participantIds: [ID!]!, $title: String) {
    startConversation(participantIds: $participantIds, title: $title) {
      id
      title
      createdAt
      unreadCount
      lastMessage {
        id
      }
      participants {
        id
      }
    }
  }
`);

const ConversationsSend = graphql(`
  mutation ConversationsSend($conversationId: ID!, $content: String!) {
    sendMessage(conversationId: $conversationId, content: $content) {
      id
      conversationId
      content
      createdAt
      sender {
        id
      }
    }
  }
`);

const ConversationsSetTyping = graphql(`
  mutation ConversationsSetTyping($conversationId: ID!, $isTyping: Boolean!) {
    setTyping(conversationId: $conversationId, isTyping: $isTyping)
  }
`);

const ConversationsMarkRead = graphql(`
  mutation ConversationsMarkRead($conversationId: ID!) {
    markConversationRead(conversationId: $conversationId)
  }
`);

const ConversationsLeave = graphql(`
  mutation ConversationsLeave($conversationId: ID!) {
    leaveConversation(conversationId: $conversationId)
  }
`);

const ConversationsOne = graphql(`
  query ConversationsOne($id: ID!) {
    conversation(id: $id) {
      id
      title
      unreadCount
      participants {
        id
      }
      lastMessage {
        id
        content
        sender {
          id
        }
      }
    }
  }
`);

const ConversationsList = graphql(`
  query ConversationsList($first: Int) {
    conversations(first: $first) {
      id
      unreadCount
    }
  }
`);

const ConversationsMessages = graphql(`
  query ConversationsMessages($conversationId: ID!, $last: Int, $before: String) {
    messages(conversationId: $conversationId, last: $last, before: $before) {
      edges {
        cursor
        node {
          id
          content
          sender {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

type StreamEvent = ConversationStreamSubscription['conversationMessages'];

const server = await startTestServer();
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

async function start(owner: TestUser, others: TestUser[], title?: string): Promise<string> {
  const { startConversation } = await gqlData(
    server.httpUrl,
    ConversationsStart,
    { participantIds: others.map((u) => u.id), title },
    owner.token,
  );
  return startConversation.id;
}

async function send(user: TestUser, conversationId: string, content: string) {
  return (await gqlData(server.httpUrl, ConversationsSend, { conversationId, content }, user.token)).sendMessage;
}

async function setTyping(user: TestUser, conversationId: string, isTyping: boolean) {
  await gqlData(server.httpUrl, ConversationsSetTyping, { conversationId, isTyping }, user.token);
}

async function conversationOf(user: TestUser, id: string) {
  return (await gqlData(server.httpUrl, ConversationsOne, { id }, user.token)).conversation!;
}

async function subscribe(user: TestUser, conversationId: string, after?: string, socket?: TestSocket) {
  const ws = socket ?? (await TestSocket.connect(server.wsUrl, user.token));
  const id = randomUUID();
  ws.subscribe(id, ConversationStream, { conversationId, after });
  const nextEvent = async (timeoutMs?: number): Promise<StreamEvent> =>
    (await ws.data<ConversationStreamSubscription>(id, timeoutMs)).conversationMessages;
  return { socket: ws, id, nextEvent, drain: (ms: number) => ws.drain(id, ms) };
}

/** A subscription that has received its StreamReady, so it is live. */
async function live(user: TestUser, conversationId: string, socket?: TestSocket) {
  const stream = await subscribe(user, conversationId, undefined, socket);
  expect(await stream.nextEvent()).toMatchObject({ __typename: 'StreamReady' });
  return stream;
}

const messageOf = (event: StreamEvent) => (event.__typename === 'MessageSent' ? event.message : undefined);

describe('the conversation stream', () => {
  it('starts with StreamReady, then streams each message to every participant, decrypted', async () => {
    const [alice, bob, carol] = [await signUp(server, 'alice'), await signUp(server, 'bob'), await signUp(server, 'carol')];
    const { startConversation } = await gqlData(
      server.httpUrl,
      ConversationsStart,
      { participantIds: [bob.id, carol.id, bob.id, alice.id], title: '  Team  ' },
      alice.token,
    );
    expect(startConversation).toMatchObject({ title: 'Team', unreadCount: 0, lastMessage: null });
    expect(startConversation.participants.map((u) => u.id).sort()).toEqual([alice.id, bob.id, carol.id].sort());

    const bobStream = await subscribe(bob, startConversation.id);
    const ready = await bobStream.nextEvent();
    expect(ready).toMatchObject({ __typename: 'StreamReady', cursor: expect.any(String) });
    const carolStream = await live(carol, startConversation.id);

    const sent = await send(alice, startConversation.id, 'hello 👋 world');
    expect(sent).toMatchObject({ content: 'hello 👋 world', conversationId: startConversation.id, sender: { id: alice.id } });
    for (const stream of [bobStream, carolStream]) {
      const event = await stream.nextEvent();
      expect(event).toMatchObject({
        __typename: 'MessageSent',
        message: { id: sent.id, content: 'hello 👋 world', createdAt: sent.createdAt, sender: { id: alice.id, firstName: 'alice' } },
      });
      expect(event.cursor).toEqual(expect.any(String));
      expect(event.cursor).not.toBe(ready.cursor);
    }
    expect(await bobStream.drain(200)).toEqual([]);
  });

  it('keeps the content exactly as sent, surrounding whitespace included, in the answer, the stream and later reads', async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const id = await start(alice, [bob]);
    const stream = await live(bob, id);
    // A pasted code block: its first line's indentation and the final newline are part of it.
    const content = '    if (ready) {\n\treturn "\ud800";\n    }\n';
    const exact = '    if (ready) {\n\treturn "\ufffd";\n    }\n';

    const sent = await send(alice, id, content);
    expect(sent.content).toBe(exact);
    expect(messageOf(await stream.nextEvent())?.content).toBe(exact);
    const { messages } = await gqlData(server.httpUrl, ConversationsMessages, { conversationId: id }, bob.token);
    expect(messages.edges.map((edge) => edge.node.content)).toEqual([exact]);
    expect((await conversationOf(bob, id)).lastMessage?.content).toBe(exact);

    // Only the length is counted without the surrounding whitespace; NUL is still refused.
    expect((await send(alice, id, ` ${'x'.repeat(10_000)}\n`)).content).toHaveLength(10_002);
    expect(codes(await gql(server.httpUrl, ConversationsSend, { conversationId: id, content: '  a\u0000b' }, alice.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('counts unread messages per viewer and streams MessagesRead only when the read marker moves', async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const id = await start(alice, [bob]);
    const stream = await live(bob, id);
    expect(await gqlData(server.httpUrl, ConversationsMarkRead, { conversationId: id }, bob.token)).toEqual({ markConversationRead: true });

    await send(alice, id, 'one');
    await send(alice, id, 'two');
    const mine = await send(bob, id, 'mine');
    expect((await conversationOf(bob, id)).unreadCount).toBe(2);
    expect((await conversationOf(alice, id)).unreadCount).toBe(1);
    expect((await conversationOf(bob, id)).lastMessage).toMatchObject({ content: 'mine', sender: { id: bob.id } });
    const messageEvents = [await stream.nextEvent(), await stream.nextEvent(), await stream.nextEvent()];
    expect(messageEvents.map((e) => messageOf(e)?.content)).toEqual(['one', 'two', 'mine']);

    await gqlData(server.httpUrl, ConversationsMarkRead, { conversationId: id }, bob.token);
    const read = await stream.nextEvent();
    expect(read).toMatchObject({ __typename: 'MessagesRead', user: { id: bob.id }, lastReadMessageId: mine.id });
    expect(read.cursor).toEqual(expect.any(String));
    expect((await conversationOf(bob, id)).unreadCount).toBe(0);

    // Nothing new to read: no event.
    await gqlData(server.httpUrl, ConversationsMarkRead, { conversationId: id }, bob.token);
    expect(await stream.drain(300)).toEqual([]);
    expect((await gqlData(server.httpUrl, ConversationsList, {}, bob.token)).conversations).toEqual([{ id, unreadCount: 0 }]);
  });

  it('resumes from the last cursor with exactly the missed messages, then StreamReady, and never replays typing', async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const id = await start(alice, [bob]);
    const first = await live(bob, id);
    await send(alice, id, 'seen');
    const seen = await first.nextEvent();
    first.socket.close();
    await first.socket.closed;

    await send(alice, id, 'missed 1');
    await setTyping(alice, id, true);
    await setTyping(alice, id, false);
    await send(alice, id, 'missed 2');

    const resumed = await subscribe(bob, id, seen.cursor!);
    const replayed = [await resumed.nextEvent(), await resumed.nextEvent()];
    expect(replayed.map((e) => messageOf(e)?.content)).toEqual(['missed 1', 'missed 2']);
    expect(await resumed.nextEvent()).toMatchObject({ __typename: 'StreamReady', cursor: replayed[1]!.cursor });

    await send(alice, id, 'live');
    expect(messageOf(await resumed.nextEvent())?.content).toBe('live');
    expect(await resumed.drain(200)).toEqual([]);
  });

  it('pages messages backwards, newest last', async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const id = await start(alice, [bob]);
    for (const content of ['m1', 'm2', 'm3', 'm4', 'm5']) await send(content === 'm3' ? bob : alice, id, content);

    const page1 = (await gqlData(server.httpUrl, ConversationsMessages, { conversationId: id, last: 2 }, bob.token)).messages;
    expect(page1.edges.map((e) => e.node.content)).toEqual(['m4', 'm5']);
    expect(page1.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const page2 = (
      await gqlData(server.httpUrl, ConversationsMessages, { conversationId: id, last: 2, before: page1.pageInfo.startCursor }, bob.token)
    ).messages;
    expect(page2.edges.map((e) => e.node.content)).toEqual(['m2', 'm3']);
    expect(page2.edges[1]!.node.sender.id).toBe(bob.id);
    const page3 = (
      await gqlData(server.httpUrl, ConversationsMessages, { conversationId: id, last: 2, before: page2.pageInfo.startCursor }, bob.token)
    ).messages;
    expect(page3.edges.map((e) => e.node.content)).toEqual(['m1']);
    expect(page3.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

    const all = (await gqlData(server.httpUrl, ConversationsMessages, { conversationId: id }, alice.token)).messages;
    expect(all.edges.map((e) => e.node.content)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
  });

  it('streams typing changes with a null cursor, and ends typing by itself about five seconds after the last setTyping(true)', async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const id = await start(alice, [bob]);
    const stream = await live(bob, id);

    await setTyping(alice, id, true);
    expect(await stream.nextEvent()).toMatchObject({ __typename: 'TypingChanged', isTyping: true, cursor: null, user: { id: alice.id } });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // Still typing: no event, and the five seconds start again.
    await setTyping(alice, id, true);
    expect(await stream.drain(4_300)).toEqual([]);
    expect(await stream.nextEvent(3_000)).toMatchObject({
      __typename: 'TypingChanged',
      isTyping: false,
      cursor: null,
      user: { id: alice.id },
    });

    await setTyping(alice, id, true);
    expect(await stream.nextEvent()).toMatchObject({ isTyping: true });
    await setTyping(alice, id, false);
    expect(await stream.nextEvent()).toMatchObject({ isTyping: false });
    // Not typing any more: no event now, and none when the first timer would have fired.
    await setTyping(alice, id, false);
    expect(await stream.drain(300)).toEqual([]);
  });

  it("ends the leaver's subscriptions with FORBIDDEN; the socket and the other participants' streams go on", async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const id = await start(alice, [bob], 'leaving');
    const other = await start(alice, [bob], 'staying');
    const bobStream = await live(bob, id);
    const bobOther = await live(bob, other, bobStream.socket);
    const aliceStream = await live(alice, id);

    expect(await gqlData(server.httpUrl, ConversationsLeave, { conversationId: id }, bob.token)).toEqual({ leaveConversation: true });
    expect(codes(await bobStream.socket.next(bobStream.id))).toEqual(['FORBIDDEN']);
    expect((await bobStream.socket.message(bobStream.id)).type).toBe('complete');

    await send(alice, other, 'still here');
    expect(messageOf(await bobOther.nextEvent())?.content).toBe('still here');
    await send(alice, id, 'after bob left');
    expect(messageOf(await aliceStream.nextEvent())?.content).toBe('after bob left');

    expect((await conversationOf(alice, id)).participants.map((u) => u.id)).toEqual([alice.id]);
    expect((await gqlData(server.httpUrl, ConversationsList, {}, bob.token)).conversations.map((c) => c.id)).toEqual([other]);
    expect(codes(await gql(server.httpUrl, ConversationsSend, { conversationId: id, content: 'back?' }, bob.token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(server.httpUrl, ConversationsLeave, { conversationId: id }, bob.token))).toEqual(['FORBIDDEN']);
    const again = await subscribe(bob, id, undefined, bobStream.socket);
    expect(codes(await again.socket.next(again.id))).toEqual(['FORBIDDEN']);
  });
});

describe('queries', () => {
  it("lists the viewer's conversations, the most recently active first", async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const older = await start(alice, [bob]);
    const newer = await start(bob, [alice]);
    const listed = async () => (await gqlData(server.httpUrl, ConversationsList, {}, alice.token)).conversations.map((c) => c.id);
    expect(await listed()).toEqual([newer, older]);
    await send(bob, older, 'bump');
    expect(await listed()).toEqual([older, newer]);
  });

  it('lists the first `first` conversations, 50 unless told, and refuses `first` outside 1 to 100', async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const started: string[] = [];
    for (let i = 0; i < 51; i++) started.push(await start(alice, [bob]));
    const listed = async (first?: number) =>
      (await gqlData(server.httpUrl, ConversationsList, { first }, alice.token)).conversations.map((c) => c.id);
    // In the list's order (two started within one millisecond may come either way).
    const all = await listed(100);
    expect(all.toSorted()).toEqual(started.toSorted());
    expect(await listed()).toEqual(all.slice(0, 50));
    expect(await listed(3)).toEqual(all.slice(0, 3));
    for (const first of [0, -1, 101]) {
      const refused = await gql(server.httpUrl, ConversationsList, { first }, alice.token);
      expect(refused.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['argumentName']])).toEqual([['BAD_USER_INPUT', 'first']]);
    }
  });
});

describe('access', () => {
  it("shows the sender's email in a live message only to the sender and to admins, though every participant gets the same event", async () => {
    const [alice, bob, admin] = [await signUp(server, 'alice'), await signUp(server, 'bob'), await userWithRole(server, 'ADMIN')];
    const id = await start(alice, [bob, admin]);
    const streams = await Promise.all(
      [alice, bob, admin].map(async (user) => {
        const socket = await TestSocket.connect(server.wsUrl, user.token);
        socket.subscribe('c', ConversationsSenderContacts, { conversationId: id });
        const next = async () => (await socket.data<ConversationsSenderContactsSubscription>('c')).conversationMessages;
        expect(await next()).toMatchObject({ __typename: 'StreamReady' });
        return { socket, next };
      }),
    );
    await send(alice, id, 'who am I');
    const emails = [];
    for (const { socket, next } of streams) {
      const event = await next();
      emails.push(event.__typename === 'MessageSent' ? event.message.sender.email : event.__typename);
      socket.close();
    }
    expect(emails).toEqual([alice.email, null, alice.email]);
  });

  it('refuses non-participants with FORBIDDEN, unknown conversations with NOT_FOUND and anonymous callers with UNAUTHENTICATED', async () => {
    const [alice, bob, dave] = [await signUp(server, 'alice'), await signUp(server, 'bob'), await signUp(server, 'dave')];
    const id = await start(alice, [bob]);
    const sent = await send(alice, id, 'private');
    // Every operation on one conversation, as the given viewer (or none).
    const operations = (conversationId: string) => [
      (token?: string) => gql(server.httpUrl, ConversationsOne, { id: conversationId }, token),
      (token?: string) => gql(server.httpUrl, ConversationsMessages, { conversationId }, token),
      (token?: string) => gql(server.httpUrl, ConversationsSend, { conversationId, content: 'hi' }, token),
      (token?: string) => gql(server.httpUrl, ConversationsSetTyping, { conversationId, isTyping: true }, token),
      (token?: string) => gql(server.httpUrl, ConversationsMarkRead, { conversationId }, token),
      (token?: string) => gql(server.httpUrl, ConversationsLeave, { conversationId }, token),
    ];

    for (const operation of operations(id)) {
      expect(codes(await operation(dave.token))).toEqual(['FORBIDDEN']);
      expect(codes(await operation())).toEqual(['UNAUTHENTICATED']);
    }
    for (const operation of operations(UNKNOWN_ID)) expect(codes(await operation(dave.token))).toEqual(['NOT_FOUND']);
    expect((await gqlData(server.httpUrl, ConversationsList, {}, dave.token)).conversations).toEqual([]);
    expect(codes(await gql(server.httpUrl, ConversationsList, {}))).toEqual(['UNAUTHENTICATED']);
    // Nothing dave tried changed the conversation.
    expect((await conversationOf(alice, id)).lastMessage?.id).toBe(sent.id);
    expect((await conversationOf(alice, id)).participants).toHaveLength(2);
  });

  it('refuses a subscription as an error on it, and the socket stays open', async () => {
    const [alice, bob, dave] = [await signUp(server, 'alice'), await signUp(server, 'bob'), await signUp(server, 'dave')];
    const id = await start(alice, [bob]);
    const other = await start(alice, [bob]);
    const cursorOfOther = (await (await subscribe(bob, other)).nextEvent()).cursor!;

    const socket = await TestSocket.connect(server.wsUrl, dave.token);
    const refusals: [string, string | undefined, string][] = [
      [id, undefined, 'FORBIDDEN'],
      [UNKNOWN_ID, undefined, 'NOT_FOUND'],
      ['not-an-id', undefined, 'BAD_USER_INPUT'],
    ];
    for (const [conversationId, after, code] of refusals) {
      const stream = await subscribe(dave, conversationId, after, socket);
      expect(codes(await socket.next(stream.id))).toEqual([code]);
    }
    const bobSocket = await TestSocket.connect(server.wsUrl, bob.token);
    for (const after of [cursorOfOther, 'garbage']) {
      const stream = await subscribe(bob, id, after, bobSocket);
      expect(codes(await bobSocket.next(stream.id))).toEqual(['BAD_USER_INPUT']);
    }
    const anonymous = await TestSocket.connect(server.wsUrl);
    const refused = await subscribe(bob, id, undefined, anonymous);
    expect(codes(await anonymous.next(refused.id))).toEqual(['UNAUTHENTICATED']);

    await live(bob, id, bobSocket);
  });

  it("never sends one conversation's events to another conversation's subscribers", async () => {
    const [alice, bob, carol] = [await signUp(server, 'alice'), await signUp(server, 'bob'), await signUp(server, 'carol')];
    const withBob = await start(alice, [bob]);
    const withCarol = await start(alice, [carol]);
    const bobStream = await live(bob, withBob);
    const carolStream = await live(carol, withCarol);

    await send(alice, withBob, 'for bob');
    await setTyping(alice, withBob, true);
    await gqlData(server.httpUrl, ConversationsMarkRead, { conversationId: withBob }, bob.token);
    const bobEvents = [await bobStream.nextEvent(), await bobStream.nextEvent(), await bobStream.nextEvent()];
    expect(bobEvents.map((e) => e.__typename)).toEqual(['MessageSent', 'TypingChanged', 'MessagesRead']);
    await setTyping(alice, withBob, false);
    expect(await carolStream.drain(300)).toEqual([]);
    expect(codes(await gql(server.httpUrl, ConversationsMessages, { conversationId: withBob }, carol.token))).toEqual(['FORBIDDEN']);
  });
});

describe('notifications', () => {
  it('notifies the participants who are not watching the conversation, without the content', async () => {
    const [alice, bob, carol] = [await signUp(server, 'alice'), await signUp(server, 'bob'), await signUp(server, 'carol')];
    const id = await start(alice, [bob, carol], 'Plans');
    const bobStream = await live(bob, id);
    const notificationsOf = async (user: TestUser) =>
      (await gqlData(server.httpUrl, RecentNotifications, { first: 10 }, user.token)).notifications;

    await send(alice, id, 'the secret plan');
    const carols = await notificationsOf(carol);
    expect(carols.totalCount).toBe(1);
    expect(carols.edges[0]!.node).toEqual({ kind: 'conversation.message', title: 'New message', message: 'alice wrote in "Plans".' });
    expect((await notificationsOf(bob)).totalCount).toBe(0);
    expect((await notificationsOf(alice)).totalCount).toBe(0);

    // Once bob stops watching, messages notify him too.
    bobStream.socket.complete(bobStream.id);
    await vi.waitFor(
      async () => {
        await send(alice, id, 'are you there?');
        expect((await notificationsOf(bob)).totalCount).toBeGreaterThan(0);
      },
      { timeout: 5_000, interval: 100 },
    );
  });
});

describe('notifications at scale', () => {
  it('notifies every absent participant of a large conversation in the message’s own transaction', async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const others = await insertUsers(500);
    const id = await start(alice, [bob, ...others.map((userId) => ({ id: userId }) as TestUser)]);
    await send(alice, id, 'hello, everyone');

    expect((await gqlData(server.httpUrl, RecentNotifications, { first: 10 }, bob.token)).notifications.totalCount).toBe(1);
    const stored = await server.app.realtime.write((tx) =>
      tx.select({ n: count() }).from(notifications).where(inArray(notifications.userId, others)),
    );
    expect(stored[0]!.n).toBe(others.length);
  });
});

describe('input validation', () => {
  it('refuses invalid and unknown participants and overlong titles, and takes up to 1,000 participants', async () => {
    const alice = await signUp(server, 'alice');
    const bob = await signUp(server, 'bob');
    const refused = async (participantIds: string[], title?: string) =>
      gql(server.httpUrl, ConversationsStart, { participantIds, title }, alice.token);

    expect(codes(await refused(['nope']))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await refused([bob.id, UNKNOWN_ID]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await refused([bob.id], 'x'.repeat(201)))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(server.httpUrl, ConversationsStart, { participantIds: [bob.id] }))).toEqual(['UNAUTHENTICATED']);
    const { startConversation } = await gqlData(server.httpUrl, ConversationsStart, { participantIds: [], title: '   ' }, alice.token);
    expect(startConversation).toMatchObject({ title: null, participants: [{ id: alice.id }] });

    const others = await insertUsers(999);
    const full = await gqlData(
      server.httpUrl,
      ConversationsStart,
      { participantIds: [...others, alice.id], title: 'x'.repeat(200) },
      alice.token,
    );
    expect(full.startConversation.participants).toHaveLength(1_000);
    const tooMany = await refused([...others, bob.id]);
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0]!.message).toContain('at most 1000 participants');
  });

  it('refuses blank and overlong messages', async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const id = await start(alice, [bob]);
    for (const content of ['', '   \n ', 'x'.repeat(10_001)]) {
      expect(codes(await gql(server.httpUrl, ConversationsSend, { conversationId: id, content }, alice.token))).toEqual(['BAD_USER_INPUT']);
    }
    expect((await send(alice, id, 'x'.repeat(10_000))).content).toHaveLength(10_000);
    expect(codes(await gql(server.httpUrl, ConversationsSend, { conversationId: 'nope', content: 'hi' }, alice.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('refuses page sizes out of range and cursors that are not cursors of the list', async () => {
    const [alice, bob] = [await signUp(server, 'alice'), await signUp(server, 'bob')];
    const id = await start(alice, [bob]);
    const bad = [
      { last: 0 },
      { last: 101 },
      { before: 'garbage' },
      { before: Buffer.from('2026-01-01T00:00:00Z|x').toString('base64url') },
    ];
    for (const variables of bad) {
      expect(codes(await gql(server.httpUrl, ConversationsMessages, { conversationId: id, ...variables }, alice.token))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    expect((await gqlData(server.httpUrl, ConversationsMessages, { conversationId: id, last: 100 }, alice.token)).messages.edges).toEqual(
      [],
    );
  });
});

/** Users straight in the database: signing 999 up through the API would spend minutes hashing passwords. */
async function insertUsers(n: number): Promise<string[]> {
  const batch = randomBytes(4).toString('hex');
  const rows = await server.app.realtime.write((tx) =>
    tx
      .insert(users)
      .values(Array.from({ length: n }, (_, i) => ({ email: `bulk-${batch}-${i}@example.test`, passwordHash: 'not-a-hash' })))
      .returning({ id: users.id }),
  );
  return rows.map((row) => row.id);
}
