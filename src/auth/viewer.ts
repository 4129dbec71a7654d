import type { Role } from './roles';

/** Who is making a request: the verified claims of their token. */
export interface Viewer {
  readonly id: string;
  readonly role: Role;
  /** When the token expires, in milliseconds since the epoch. */
  readonly expiresAt: number;
  /** The user's token version when the token was issued; see Sessions. */
  readonly tokenVersion: number;
}
