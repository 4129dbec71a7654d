import { describe, expect, it } from 'vitest';
import { signUp, type TestUser } from './kit/fixtures';
import { graphql } from './kit/gql';
import { gqlData } from './kit/http';
import { startTestServer } from './kit/server';

// Everything a conversation list can select, each per-conversation field included.
const StatementsConversations = graphql(`
  query StatementsConversations {
    conversations {
      id
      title
      createdAt
      unreadCount
      participants {
        id
        email
        firstName
      }
      lastMessage {
        id
        content
        createdAt
        sender {
          id
          email
        }
      }
    }
  }
`);

const StatementsStart = graphql(`
  mutation StatementsStart($participantIds: [ID!]!) {
    startConversation(participantIds: $participantIds) {
      id
    }
  }
`);

const StatementsSend = graphql(`
  mutation StatementsSend($conversationId: ID!, $content: String!) {
    sendMessage(conversationId: $conversationId, content: $content) {
      id
    }
  }
`);

let recording: string[] | undefined;
const server = await startTestServer({}, { onQuery: (statement) => recording?.push(statement) });

/** The statements the server runs while answering the viewer's conversation list. */
async function statementsOfList(viewer: TestUser): Promise<string[]> {
  // Once first, so that the viewer's token is known and only the list itself is counted.
  await gqlData(server.httpUrl, StatementsConversations, {}, viewer.token);
  recording = [];
  try {
    const { conversations } = await gqlData(server.httpUrl, StatementsConversations, {}, viewer.token);
    expect(conversations.every((c) => c.lastMessage && c.unreadCount === 1 && c.participants.length === 3)).toBe(true);
    return recording;
  } finally {
    recording = undefined;
  }
}

/** `n` conversations of the viewer with two others, each with a message from one of them. */
async function seed(viewer: TestUser, others: [TestUser, TestUser], n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const participantIds = others.map((user) => user.id);
    const { startConversation } = await gqlData(server.httpUrl, StatementsStart, { participantIds }, viewer.token);
    await gqlData(server.httpUrl, StatementsSend, { conversationId: startConversation.id, content: `hello ${i}` }, others[0].token);
  }
}

describe('the statements of a conversation list', () => {
  it('are a small constant, the same for 5 conversations as for 50', async () => {
    const others: [TestUser, TestUser] = [await signUp(server, 'bob'), await signUp(server, 'carol')];
    const [few, many] = [await signUp(server, 'few'), await signUp(server, 'many')];
    await seed(few, others, 5);
    await seed(many, others, 50);
    const counts = { few: (await statementsOfList(few)).length, many: (await statementsOfList(many)).length };
    expect(counts.many).toBe(counts.few);
    // The list, then one read each for participants, last messages and unread counts.
    expect(counts.many).toBeLessThanOrEqual(4);
  });
});
