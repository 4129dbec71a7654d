import { eq } from 'drizzle-orm';
import { decoyHash, hashPassword, verifyPassword } from '../../auth/passwords';
import { requireRole } from '../../auth/rules';
import type { IssuedToken, TokenService } from '../../auth/tokens';
import type { Viewer } from '../../auth/viewer';
import type { Db, Tx } from '../../db/client';
import { BadUserInputError, UnauthenticatedError } from '../../errors';
import type { EventWriter, Realtime } from '../../realtime/realtime';
import { checkEmail, checkId, checkOptionalText, checkText } from '../../validation';
import { ROLES, users, type Role, type UserRow } from './users.table';

/**
 * A user as the API shows it, also inside events (where createdAt arrives
 * as a string); `isViewer` marks the user of an AuthPayload, who may see
 * their own contact details.
 */
export type UserView = Omit<UserRow, 'passwordHash' | 'createdAt'> & { createdAt: Date | string; isViewer?: boolean };

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
    private readonly db: Db,
    private readonly realtime: Realtime,
    private readonly tokens: TokenService,
    /** Runs in the transaction that creates a user (the dashboard announces it). */
    private readonly onRegistered: (tx: Tx, events: EventWriter, user: UserView) => Promise<void>,
  ) {}

  async signUp(input: NewUser): Promise<AuthPayload> {
    const user = await this.create({ ...input, role: 'USER' });
    return this.authPayload(user);
  }

  async login(email: string, password: string): Promise<AuthPayload> {
    const [user] = await this.db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
    // Hash even for an unknown email, so the answer and its timing are the same.
    const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !matches) throw new UnauthenticatedError('Invalid email or password.');
    return this.authPayload(user);
  }

  async refreshToken(viewer: Viewer | null): Promise<AuthPayload> {
    const user = await this.me(viewer);
    if (!user) throw new UnauthenticatedError();
    return this.authPayload(user);
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
    const [user] = await this.db.select().from(users).where(eq(users.id, checkId(id, 'id')));
    return user ? withoutSecret(user) : null;
  }

  /** Creates the SUPER_ADMIN of BOOTSTRAP_ADMIN_EMAIL unless a user has that email; safe when instances start together. */
  async ensureBootstrapAdmin(email: string, password: string): Promise<'created' | 'exists'> {
    const [existing] = await this.db.select({ id: users.id }).from(users).where(eq(users.email, checkEmail(email)));
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
    return this.realtime.write(async (tx, events) => {
      const [row] = await tx.insert(users).values(values).onConflictDoNothing({ target: users.email }).returning();
      if (!row) return null;
      const user = withoutSecret(row);
      await this.onRegistered(tx, events, user);
      return user;
    });
  }

  private async authPayload(user: UserView): Promise<AuthPayload> {
    return { ...(await this.tokens.issue(user)), user: { ...user, isViewer: true } };
  }
}

/** The user without its password hash, for everything that leaves this service. */
export function withoutSecret({ passwordHash: _, ...user }: UserRow): UserView {
  return user;
}
