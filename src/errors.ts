import { GraphQLError } from 'graphql';

/** The `extensions.code` values of the contract. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'SLOW_CONSUMER'
  | 'CURSOR_EXPIRED'
  | 'UNAVAILABLE';

/** A GraphQLError that always carries one of the contract's codes. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message = 'Sign in first: send a bearer token.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends ApiError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

export class BadUserInputError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, extensions);
  }
}

export class NotFoundError extends ApiError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

export class RateLimitedError extends ApiError {
  constructor(message: string, retryAfterMs?: number) {
    super('RATE_LIMITED', message, retryAfterMs === undefined ? {} : { retryAfterMs });
  }
}

export class SlowConsumerError extends ApiError {
  constructor(resumeAfter: string | null) {
    super('SLOW_CONSUMER', 'This subscription fell too far behind; resubscribe with `after: resumeAfter`.', { resumeAfter });
  }
}

export class CursorExpiredError extends ApiError {
  constructor() {
    super('CURSOR_EXPIRED', 'That cursor is older than the events the server keeps: refetch, then subscribe without `after`.');
  }
}

/** How long a client is told to wait before retrying while a service is away. */
const RETRY_AFTER_SECONDS = 5;

/**
 * A service the server depends on did not answer: retry later. Over HTTP the
 * response is 503 with Retry-After (graphql-ws clients never see that part).
 */
export class UnavailableError extends ApiError {
  constructor(readonly service: 'the database' | 'Redis') {
    super('UNAVAILABLE', `${service[0]!.toUpperCase()}${service.slice(1)} is unavailable: try again shortly.`, {
      http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
    });
  }
}
