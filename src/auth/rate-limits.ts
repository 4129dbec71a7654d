import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors';
import type { RedisClient } from '../redis';

/** At most `points` actions in each window of `seconds`. */
export interface RateRule {
  readonly points: number;
  readonly seconds: number;
}

/**
 * The per-user and per-address limits (documented in docs/operations.md). With
 * Redis they hold across every instance of the deployment; RATE_LIMITS=off
 * turns them off.
 */
export const RATE_RULES = {
  /** Per user: chat messages (5 a second on average). */
  sendMessage: { points: 20, seconds: 4 },
  /** Per user: typing indicators. */
  setTyping: { points: 10, seconds: 5 },
  /** Per user: location reports (they are coalesced to one a second per order anyway). */
  reportOrderLocation: { points: 20, seconds: 2 },
  /** Per client address: sign-in attempts. */
  login: { points: 10, seconds: 50 },
  /** Per client address: new accounts. */
  signUp: { points: 5, seconds: 50 },
} satisfies Record<string, RateRule>;

export type RateAction = keyof typeof RATE_RULES;

/** Where limits are counted: in this process, or in Redis under the deployment's namespace. */
export type RateStore = { redis: RedisClient; namespace: string } | undefined;

function limiterFor(action: RateAction, store: RateStore): RateLimiterAbstract {
  const { points, seconds: duration } = RATE_RULES[action];
  const inProcess = new RateLimiterMemory({ points, duration });
  if (!store) return inProcess;
  return new RateLimiterRedis({
    storeClient: store.redis,
    keyPrefix: `rate:${store.namespace}:${action}`,
    points,
    duration,
    // While Redis is away each instance limits on its own rather than refusing everyone.
    rejectIfRedisNotReady: true,
    insuranceLimiter: inProcess,
  });
}

export class RateLimiter {
  private readonly limiters: Record<RateAction, RateLimiterAbstract> | undefined;

  constructor(enabled: boolean, store: RateStore) {
    this.limiters = enabled
      ? (Object.fromEntries(Object.keys(RATE_RULES).map((action) => [action, limiterFor(action as RateAction, store)])) as Record<
          RateAction,
          RateLimiterAbstract
        >)
      : undefined;
  }

  /** Spends one action of `who` (a user id or an address); RATE_LIMITED with retryAfterMs when none is left. */
  async take(action: RateAction, who: string): Promise<void> {
    if (!this.limiters) return;
    try {
      await this.limiters[action].consume(who);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw new RateLimitedError(`Too many ${action} calls: slow down.`, refusal.msBeforeNext);
    }
  }
}
