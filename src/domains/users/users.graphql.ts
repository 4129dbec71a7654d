import { ROLES } from '../../auth/roles';
import { canSeeContactOf } from '../../auth/rules';
import { builder } from '../../graphql/builder';
import type { AuthPayload, UserView } from './users.service';

export const RoleEnum = builder.enumType('Role', {
  values: Object.fromEntries(
    ROLES.map((role) => [role, role === 'SERVICE' ? { description: 'A machine client, e.g. a worker that reports upload progress.' } : {}]),
  ) as Record<(typeof ROLES)[number], { description?: string }>,
});

export const User = builder.objectRef<UserView>('User').implement({
  description:
    "Another user's contact details are private: email and phoneNumber are null\nunless the viewer is that user (the user of an AuthPayload counts as the\nviewer), an ADMIN or a SUPER_ADMIN.",
  fields: (t) => {
    const contact = (user: UserView, viewer: Parameters<typeof canSeeContactOf>[0]) => user.isViewer || canSeeContactOf(viewer, user.id);
    return {
      id: t.exposeID('id'),
      email: t.string({ nullable: true, resolve: (user, _, ctx) => (contact(user, ctx.viewer) ? user.email : null) }),
      role: t.field({ type: RoleEnum, resolve: (user) => user.role }),
      firstName: t.exposeString('firstName', { nullable: true }),
      lastName: t.exposeString('lastName', { nullable: true }),
      phoneNumber: t.string({ nullable: true, resolve: (user, _, ctx) => (contact(user, ctx.viewer) ? user.phoneNumber : null) }),
      businessType: t.exposeString('businessType', { nullable: true }),
      createdAt: t.field({ type: 'DateTime', resolve: (user) => user.createdAt }),
    };
  },
});

const AuthPayloadType = builder.objectRef<AuthPayload>('AuthPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', {
      description:
        "A bearer token: HTTP `Authorization: Bearer <token>`, graphql-ws connectionParams `{ authorization: 'Bearer <token>' }`.",
    }),
    expiresAt: t.field({ type: 'DateTime', resolve: (payload) => payload.expiresAt }),
    user: t.field({ type: User, resolve: (payload) => payload.user }),
  }),
});

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    firstName: t.string(),
    lastName: t.string(),
  }),
});

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    firstName: t.string(),
    lastName: t.string(),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: User,
    nullable: true,
    description: 'The signed-in user; null without a token (a bad token is UNAUTHENTICATED).',
    resolve: (_, __, ctx) => ctx.services.users.me(ctx.viewer),
  }),
}));

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthPayloadType,
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: (_, { input }, ctx) => ctx.services.users.signUp(input, ctx.address),
  }),
  login: t.field({
    type: AuthPayloadType,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_, { email, password }, ctx) => ctx.services.users.login(email, password, ctx.address),
  }),
  createUser: t.field({
    type: User,
    description: 'SUPER_ADMIN only: the way to make admins, partners and service accounts.',
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_, { input }, ctx) => ctx.services.users.createUser(ctx.viewer, input),
  }),
  refreshToken: t.field({
    type: AuthPayloadType,
    description: 'A fresh token for the signed-in user.',
    resolve: (_, __, ctx) => ctx.services.users.refreshToken(ctx.viewer),
  }),
  renewConnectionToken: t.field({
    type: 'DateTime',
    description:
      "Sent over a graphql-ws connection: replaces that connection's token, so it is not closed when the old one expires. Returns the new expiry.",
    args: { token: t.arg.string({ required: true }) },
    resolve: (_, { token }, ctx) => ctx.services.users.renewConnectionToken(ctx.viewer, ctx.connection, token),
  }),
  revokeSessions: t.boolean({
    description:
      "SUPER_ADMIN: every token issued to the user so far stops working, and the user's open sockets are closed with 4403 on every server instance.",
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_, { userId }, ctx) => ctx.services.users.revokeSessions(ctx.viewer, userId),
  }),
}));
