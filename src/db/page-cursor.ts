import { BadUserInputError } from '../errors';
import { checkId } from '../validation';

/** A position in a list ordered by (createdAt, id): stable while rows are added. */
export interface PagePosition {
  createdAt: Date;
  id: string;
}

export function encodePageCursor(row: { createdAt: Date | string; id: string }): string {
  return Buffer.from(`${new Date(row.createdAt).toISOString()}|${row.id}`).toString('base64url');
}

/** The position a cursor names; BAD_USER_INPUT for anything that is not one of ours. */
export function decodePageCursor(cursor: string, argumentName: string): PagePosition {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  if (!id || rest.length > 0 || Number.isNaN(createdAt.getTime())) {
    throw new BadUserInputError(`\`${argumentName}\` is not a cursor of this list.`, { argumentName });
  }
  return { createdAt, id: checkId(id, argumentName) };
}
