import { defineTopic } from '../realtime/topics';

/** Published when a user's tokens were revoked. */
export interface SessionsRevoked {
  __typename: 'SessionsRevoked';
  userId: string;
}

declare module '../realtime/topics' {
  interface TopicEvents {
    /** The deployment's revocations (id `all`). */
    sessions: SessionsRevoked;
  }
}

/**
 * The deployment's one revocations topic: every instance hears every
 * revocation, and ends that user's sessions it holds. One topic for all
 * users, not one each: a revocation says nothing but a user id, it is rare,
 * and a broker subscription per signed-in user cost every idle socket about
 * a kilobyte.
 */
export const revocationsTopic = defineTopic('sessions')('all');
