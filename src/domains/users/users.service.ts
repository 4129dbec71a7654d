import { eq } from 'drizzle-orm';
import { decoyHash, hashPassword, verifyPassword } from '../../auth/passwords';
import { requireRole, requireViewer } from '../../auth/rules';
import type { Sessions } from '../../auth/sessions';
import type { ConnectionControl } from '../../auth/connection';
import { ROLES, type Role } from '../../auth/roles';
import type { IssuedToken } from '../../auth/tokens';
import type { Viewer } from '../../auth/viewer';
import type { Tx } from '../../db/client';
import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../../errors';
import type { EventWriter } from '../../realtime/realtime';
import { checkEmail, checkId, checkOptionalText, checkText } from '../../validation';
import type { ServiceDeps } from '../service-deps';
import { users, type UserRow } from './users.table';

/**
 * A user as the API shows it, also inside events (where createdAt arrives
 * as a string); `isViewer` marks the user of an AuthPayload, who may see
 * their own contact details.
 */
export type UserView = Omit<UserRow, 'passwordHash' | 'tokenVersion' | 'createdAt'> & { createdAt: Date | string; isViewer?: boolean };

export interface AuthPayload extends IssuedToken {
  user: UserView;
}

export interface NewUser {
  email: string;
  password: string;
  role?: Role;
  firstName?: string | null;
  lastName?: string | null;
}

const PASSWORD = { min: 8, max: 200 };
const NAME_MAX = 100;

/** Signs users up and in, and creates them for admins. */
export class UsersService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly sessions: Sessions,
    /** Runs in the transaction that creates a user (the dashboard announces it). */
    private readonly onRegistered: (tx: Tx, events: EventWriter, user: UserView) => Promise<void>,
  ) {}

  /** A new USER and their first token; rate-limited per client address. */
  async signUp(input: NewUser, address: string): Promise<AuthPayload> {
    await this.deps.limiter.take('signUp', address);
    const user = await this.create({ ...input, role: 'USER' });
    return this.authPayload(user, 0);
  }

  /** A token for the right password; rate-limited per client address. */
  async login(email: string, password: string, address: string): Promise<AuthPayload> {
    await this.deps.limiter.take('login', address);
    const [user] = await this.deps.db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
    // Hash even for an unknown email, so the answer and its timing are the same.
    const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !matches) throw new UnauthenticatedError('Invalid email or password.');
    return this.authPayload(withoutSecret(user), user.tokenVersion);
  }

  /** A fresh token under the same token version as the viewer's, which was checked current. */
  async refreshToken(viewer: Viewer | null): Promise<AuthPayload> {
    const user = await this.me(viewer);
    if (!user) throw new UnauthenticatedError();
    return this.authPayload(user, viewer!.tokenVersion);
  }

  /**
   * Gives a graphql-ws connection a newer token of the same user, so it is not
   * closed when the old one expires; returns the new expiry.
   */
  async renewConnectionToken(viewer: Viewer | null, connection: ConnectionControl | null, token: string): Promise<Date> {
    if (!connection) throw new BadUserInputError('renewConnectionToken works over a graphql-ws connection only.');
    const current = requireViewer(viewer);
    const renewed = await this.deps.tokens.verify(token);
    if (!renewed || !(await this.sessions.isCurrent(renewed))) throw new UnauthenticatedError('The new token is invalid or expired.');
    if (renewed.id !== current.id) throw new ForbiddenError("A connection's token can only be renewed with a token of the same user.");
    connection.renew(renewed);
    return new Date(renewed.expiresAt);
  }

  /** SUPER_ADMIN: every token of the user issued so far fails, and their sockets close with 4403, on every instance. */
  async revokeSessions(viewer: Viewer | null, userId: string): Promise<boolean> {
    requireRole(viewer, 'SUPER_ADMIN');
    if (!(await this.sessions.revoke(checkId(userId, 'userId')))) throw new NotFoundError('User');
    return true;
  }

  /** SUPER_ADMIN only: any role, including other admins and service accounts. */
  async createUser(viewer: Viewer | null, input: NewUser & { role: Role }): Promise<UserView> {
    requireRole(viewer, 'SUPER_ADMIN');
    return this.create(input);
  }

  async me(viewer: Viewer | null): Promise<UserView | null> {
    return viewer ? this.byId(viewer.id) : null;
  }

  async byId(id: string): Promise<UserView | null> {
    const [user] = await this.deps.db
      .select()
      .from(users)
      .where(eq(users.id, checkId(id, 'id')));
    return user ? withoutSecret(user) : null;
  }

  /** Creates the SUPER_ADMIN of BOOTSTRAP_ADMIN_EMAIL unless a user has that email; safe when instances start together. */
  async ensureBootstrapAdmin(email: string, password: string): Promise<'created' | 'exists'> {
    const [existing] = await this.deps.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, checkEmail(email)));
    if (existing) return 'exists';
    return (await this.insert({ email, password, role: 'SUPER_ADMIN' })) ? 'created' : 'exists';
  }

  private async create(input: NewUser): Promise<UserView> {
    const user = await this.insert(input);
    if (!user) throw new BadUserInputError('That email is already taken.', { argumentName: 'email' });
    return user;
  }

  /** The new user, or null when the email is taken. */
  private async insert(input: NewUser): Promise<UserView | null> {
    const email = checkEmail(input.email);
    checkText(input.password, 'password', PASSWORD);
    const role = input.role ?? 'USER';
    if (!ROLES.includes(role)) throw new BadUserInputError('role is not a valid role.', { argumentName: 'role' });
    const values = {
      email,
      role,
      passwordHash: await hashPassword(input.password),
      firstName: checkOptionalText(input.firstName, 'firstName', NAME_MAX),
      lastName: checkOptionalText(input.lastName, 'lastName', NAME_MAX),
      createdAt: new Date(),
    };
    return this.deps.realtime.write(async (tx, events) => {
      const [row] = await tx.insert(users).values(values).onConflictDoNothing({ target: users.email }).returning();
      if (!row) return null;
      const user = withoutSecret(row);
      await this.onRegistered(tx, events, user);
      return user;
    });
  }

  private async authPayload(user: UserView, tokenVersion: number): Promise<AuthPayload> {
    return { ...(await this.deps.tokens.issue({ ...user, tokenVersion })), user: { ...user, isViewer: true } };
  }
}

/** The user without its password hash and token version, for everything that leaves this service. */
export function withoutSecret({ passwordHash: _, tokenVersion: __, ...user }: UserRow): UserView {
  return user;
}
