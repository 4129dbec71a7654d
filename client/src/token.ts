/**
 * When a JWT expires, in milliseconds since the epoch, read from its `exp`
 * claim; undefined when the token carries none. Not verified: the server does
 * that. The client reads it only to renew the socket's token in time.
 */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const exp = (claims as { exp?: unknown } | null)?.exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
