/**
 * Events on a user's access topic: a right of theirs ended, so the streams
 * that depended on it must end too, on every server instance.
 */
export type AccessEvent = { __typename: 'ConversationLeft'; conversationId: string };
