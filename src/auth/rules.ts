import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Role } from './roles';
import type { Viewer } from './viewer';

// Every authorization decision goes through these, so the codes stay consistent.

/** The viewer, or UNAUTHENTICATED. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** The viewer if it has one of the roles; UNAUTHENTICATED without one, FORBIDDEN with another. */
export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const signedIn = requireViewer(viewer);
  if (!roles.includes(signedIn.role)) throw new ForbiddenError(`Only ${roles.join(' or ')} may do this.`);
  return signedIn;
}

export const isAdmin = (viewer: Viewer | null): boolean => viewer?.role === 'ADMIN' || viewer?.role === 'SUPER_ADMIN';

/** A user's email and phone number are theirs and the admins' to see. */
export const canSeeContactOf = (viewer: Viewer | null, userId: string): boolean => viewer?.id === userId || isAdmin(viewer);

export const ADMINS: Role[] = ['ADMIN', 'SUPER_ADMIN'];
