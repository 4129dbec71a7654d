import { lexicographicSortSchema } from 'graphql';
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

/** The whole API, sorted so that its printed form is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
