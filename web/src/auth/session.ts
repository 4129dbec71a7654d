import { ApiError, request } from '../app/http';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';

export interface SessionUser {
  id: string;
  /** Null only if the API withheld it, which it does not for the user a token signs in. */
  email: string | null;
  role: Role;
  firstName: string | null;
}

/** What is kept in localStorage: the token, its life, and who it signs in. */
export interface Session {
  token: string;
  /** Ms since the epoch. */
  issuedAt: number;
  expiresAt: number;
  user: SessionUser;
}

export interface AuthPayload {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'realtime-api.session';

/** What signing in, signing up and refreshing return for saveSession: one selection for the three. */
export const SessionParts = graphql(`
  fragment SessionParts on AuthPayload {
    token
    expiresAt
    user {
      id
      email
      role
      firstName
    }
  }
`);

const RefreshToken = graphql(`
  mutation RefreshToken {
    refreshToken {
      ...SessionParts
    }
  }
`);

const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };
let refreshing: Promise<string | null> | undefined;

/** The signed-in session, or null; the same object until it changes (for useSyncExternalStore). */
export function currentSession(): Session | null {
  const raw = localStorage.getItem(KEY);
  if (raw !== cached.raw) cached = { raw, session: parse(raw) };
  return cached.session;
}

function parse(raw: string | null): Session | null {
  try {
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession({ token, expiresAt, user }: AuthPayload): void {
  const session: Session = { token, issuedAt: Date.now(), expiresAt: Date.parse(expiresAt), user };
  localStorage.setItem(KEY, JSON.stringify(session));
  notify();
}

export function signOut(): void {
  localStorage.removeItem(KEY);
  notify();
}

/** Calls `listener` when the session changes, in this tab or another (the storage event). */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => event.key === KEY && listener();
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * A token to send, renewed with refreshToken once half its life is gone:
 * the realtime client calls this before each connection and again shortly
 * before the socket's token expires (expecting a newer one then), and every
 * HTTP request of urql's calls it too. Null when nobody is signed in or the
 * session was revoked. A failed renewal keeps the current token while it
 * lasts; after that, the failure is thrown and the caller retries.
 */
export function getToken(): Promise<string | null> {
  const session = currentSession();
  if (!session) return Promise.resolve(null);
  const halfLife = session.issuedAt + (session.expiresAt - session.issuedAt) / 2;
  if (Date.now() < halfLife) return Promise.resolve(session.token);
  refreshing ??= refresh(session).finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

async function refresh(session: Session): Promise<string | null> {
  try {
    const { refreshToken } = await request(RefreshToken, {}, session.token);
    saveSession(refreshToken);
    return refreshToken.token;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      signOut();
      return null;
    }
    if (Date.now() < session.expiresAt) return session.token;
    throw error;
  }
}
