import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './realtime';
import '../domains/users/users.graphql';
import '../domains/notifications/notifications.graphql';
import '../domains/wizard/wizard.graphql';
import '../domains/dashboard/dashboard.graphql';
import '../domains/conversations/conversations.graphql';
import '../domains/orders/orders.graphql';
import '../domains/uploads/uploads.graphql';

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

// The contract's conventions, so that GraphiQL, codegen and schema.graphql carry them.
const CONVENTIONS = `Conventions
- Errors carry \`extensions.code\`: UNAUTHENTICATED (no token where one is
  needed, or a bad or expired token on any request), FORBIDDEN (authenticated
  but not allowed), BAD_USER_INPUT (invalid arguments or state transition,
  e.g. an email already taken), NOT_FOUND, RATE_LIMITED, SLOW_CONSUMER,
  CURSOR_EXPIRED, UNAVAILABLE (a service the server depends on does not
  answer: retry later).
- A subscription without \`after\` starts with its snapshot (the current state)
  or, where the stream has no state, with StreamReady. Once that first event
  arrives the subscription is live: no later change is missed.
- Durable events carry a \`cursor\`: every event except TypingChanged and
  OrderLocationUpdated, which are ephemeral (null cursor, never replayed).
  A snapshot's or StreamReady's cursor is the position it reflects.
- Passing the last cursor seen as \`after\` replays instead, in order and
  without duplicates, every durable event the viewer missed, then sends
  StreamReady (caught up, live from here). wizardStatus, whose every event is
  the whole status, answers \`after\` with the current status.
- A refused or failed subscription gets an error with its \`extensions.code\`
  (as a graphql-ws \`error\` message, or one \`next\` carrying \`errors\` and then
  \`complete\`); the socket stays open for the others.
- A viewer only ever receives events about resources it may read; when it
  loses that right (its sessions are revoked, say), its streams end.
- A subscriber that falls too far behind gets an error with code
  SLOW_CONSUMER and \`extensions.resumeAfter\`, the last cursor it was sent;
  resubscribing with that cursor loses nothing. Resuming from a cursor older
  than the server keeps errors with CURSOR_EXPIRED: refetch, then subscribe
  without \`after\`.
- Tokens are HS256 JWTs signed with JWT_SECRET, with \`sub\` (the user id) and
  \`exp\`; they live JWT_TTL seconds.`;

/** The whole API, sorted so that its printed form is stable. */
export const schema = lexicographicSortSchema(new GraphQLSchema({ ...builder.toSchema().toConfig(), description: CONVENTIONS }));
