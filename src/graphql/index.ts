import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './realtime';
import '../domains/users/users.graphql';
import '../domains/notifications/notifications.graphql';

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

/** The whole API, sorted so that its printed form is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
