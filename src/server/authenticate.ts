import type { Sessions } from '../auth/sessions';
import { bearerToken, type TokenService } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';

export type Authentication = { ok: true; viewer: Viewer | null } | { ok: false };

/**
 * The viewer an Authorization value names. No value is anonymous; a value
 * that is not a valid, unexpired, unrevoked bearer token fails. `remember`:
 * see TokenService.verify and Sessions.isCurrent.
 */
export async function authenticate(
  tokens: TokenService,
  sessions: Sessions,
  authorization: unknown,
  remember: boolean,
): Promise<Authentication> {
  const token = bearerToken(authorization);
  if (token === undefined) return { ok: true, viewer: null };
  const viewer = token === null ? null : await tokens.verify(token, { remember });
  return viewer && (await sessions.isCurrent(viewer, { remember })) ? { ok: true, viewer } : { ok: false };
}
