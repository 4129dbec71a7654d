import { bearerToken, type TokenService } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';

export type Authentication = { ok: true; viewer: Viewer | null } | { ok: false };

/**
 * The viewer an Authorization value names. No value is anonymous; a value
 * that is not a valid, unexpired bearer token fails.
 */
export async function authenticate(tokens: TokenService, authorization: unknown): Promise<Authentication> {
  const token = bearerToken(authorization);
  if (token === undefined) return { ok: true, viewer: null };
  const viewer = token === null ? null : await tokens.verify(token);
  return viewer ? { ok: true, viewer } : { ok: false };
}
