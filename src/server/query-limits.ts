import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Deeper operations are refused; the deepest one the API needs is about 6 levels. */
export const MAX_QUERY_DEPTH = 12;
/** graphql-armor's cost (objects 2, scalars 1, times 1.5 per level, times first/last): generous for real pages, fatal for abuse. */
export const MAX_QUERY_COST = 20_000;

// Armor's own error reads "Syntax Error: …" and is thrown; report it as an ordinary validation error instead.
const report = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));

/** Longer documents are refused while parsing, before deep nesting can exhaust the parser's stack. */
export const MAX_QUERY_TOKENS = 1_000;

/** Token, depth and cost limits, so HTTP and WebSocket operations alike are refused before they run. */
export function queryLimits(): Plugin[] {
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: [report] };
  return [
    maxTokensPlugin({ n: MAX_QUERY_TOKENS, exposeLimits: true }),
    maxDepthPlugin({ ...common, n: MAX_QUERY_DEPTH }),
    costLimitPlugin({ ...common, maxCost: MAX_QUERY_COST }),
  ];
}
