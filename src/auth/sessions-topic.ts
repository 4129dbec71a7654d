import { defineTopic } from '../realtime/topics';

/** Published on a user's sessions topic when their tokens were revoked. */
export interface SessionsRevoked {
  __typename: 'SessionsRevoked';
}

declare module '../realtime/topics' {
  interface TopicEvents {
    /** Closes a user's sockets when their sessions are revoked, by user id. */
    sessions: SessionsRevoked;
  }
}

/** A user's sessions topic, by user id: every instance hears of a revocation on it. */
export const sessionsTopic = defineTopic('sessions');
