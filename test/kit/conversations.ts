import { graphql } from './gql';
import { gqlData } from './http';
import type { TestUser } from './fixtures';

const KitStartConversation = graphql(`
  mutation KitStartConversation($participantIds: [ID!]!) {
    startConversation(participantIds: $participantIds) {
      id
    }
  }
`);

const KitSendMessage = graphql(`
  mutation KitSendMessage($conversationId: ID!, $content: String!) {
    sendMessage(conversationId: $conversationId, content: $content) {
      id
      content
    }
  }
`);

/** Starts a conversation of `owner` with `others` through the API at `url`; its id. */
export async function startConversation(url: string, owner: TestUser, others: TestUser[]): Promise<string> {
  return (await gqlData(url, KitStartConversation, { participantIds: others.map((user) => user.id) }, owner.token)).startConversation.id;
}

/** Sends a message through the API at `url`; its id and content. */
export async function sendMessage(url: string, sender: TestUser, conversationId: string, content: string) {
  return (await gqlData(url, KitSendMessage, { conversationId, content }, sender.token)).sendMessage;
}
