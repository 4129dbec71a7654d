import { errors, jwtVerify, SignJWT } from 'jose';
import { isId } from '../validation';
import { ROLES, type Role } from './roles';
import type { Viewer } from './viewer';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

// Verified tokens remembered, so a client's every request does not pay for the signature again.
const VERIFIED_MAX = 10_000;

/** Issues and verifies the HS256 bearer tokens of the contract. */
export class TokenService {
  // Imported once: given the secret's bytes, jose would import them again for every token (twice the CPU of a verify).
  private readonly key: Promise<CryptoKey>;
  // Token -> its viewer, oldest first. Only tokens that verified: forged ones cannot fill it.
  private readonly verified = new Map<string, Viewer>();

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    const hmac = { name: 'HMAC', hash: 'SHA-256' };
    this.key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), hmac, false, ['sign', 'verify']);
  }

  async issue(user: { id: string; role: Role; tokenVersion: number }): Promise<IssuedToken> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ role: user.role, ver: user.tokenVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.key);
    return { token, expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000) };
  }

  /**
   * The viewer a token names; null when it is malformed, forged, expired, or
   * names no possible user (a subject that is not a user id).
   * `remember` keeps it for the next call with the same token: for tokens
   * that come again with every request, not for one verified once per socket.
   */
  async verify(token: string, { remember = false } = {}): Promise<Viewer | null> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known;
    if (known) {
      this.verified.delete(token);
      return null;
    }
    const viewer = await this.verifySignature(token);
    if (viewer && remember) {
      if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, viewer);
    }
    return viewer;
  }

  private async verifySignature(token: string): Promise<Viewer | null> {
    try {
      const { payload } = await jwtVerify(token, await this.key, { algorithms: ['HS256'], requiredClaims: ['sub', 'exp'] });
      const { role, ver = 0, sub } = payload;
      // A subject that is no user id would fail the session check's query, not the token.
      if (!isId(sub!) || typeof role !== 'string' || !(ROLES as readonly string[]).includes(role) || typeof ver !== 'number') return null;
      return { id: sub!, role: role as Role, expiresAt: payload.exp! * 1000, tokenVersion: ver };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}

/** The token of an `Authorization: Bearer <token>` value; undefined when absent, null when not a bearer value. */
export function bearerToken(header: unknown): string | null | undefined {
  if (header === undefined || header === null || header === '') return undefined;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}
