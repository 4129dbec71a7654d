import { BadUserInputError } from '../errors';
import type { Topic } from './topics';

/** An opaque cursor: the position in a topic's sequence, tagged with the topic. */
export function encodeCursor(topic: Topic, seq: number): string {
  return `${seq}.${topic.tag}`;
}

/** The sequence number in a cursor of this topic; BAD_USER_INPUT for anything else. */
export function decodeCursor(topic: Topic, cursor: string): number {
  const match = /^(\d{1,15})\.([\w-]{8})$/.exec(cursor);
  if (!match || match[2] !== topic.tag) {
    throw new BadUserInputError('`after` is not a cursor of this stream.', { argumentName: 'after' });
  }
  return Number(match[1]);
}
