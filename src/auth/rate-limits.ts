import { RateLimitedError } from '../errors';

/** A token bucket: `burst` actions at once, refilled at `perSecond`. */
export interface RateRule {
  readonly burst: number;
  readonly perSecond: number;
}

/**
 * The per-user and per-address limits (documented in the README). They hold
 * per server instance; RATE_LIMITS=off turns them off.
 */
export const RATE_RULES = {
  /** Per user: chat messages. */
  sendMessage: { burst: 20, perSecond: 5 },
  /** Per user: typing indicators. */
  setTyping: { burst: 10, perSecond: 2 },
  /** Per user: location reports (they are coalesced to one a second per order anyway). */
  reportOrderLocation: { burst: 20, perSecond: 10 },
  /** Per client address: sign-in attempts. */
  login: { burst: 10, perSecond: 0.2 },
  /** Per client address: new accounts. */
  signUp: { burst: 5, perSecond: 0.1 },
} satisfies Record<string, RateRule>;

export type RateAction = keyof typeof RATE_RULES;

// Full buckets carry no information; past this many keys they are swept.
const SWEEP_ABOVE = 10_000;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly enabled: boolean) {}

  /** Spends one action of `who` (a user id or an address); RATE_LIMITED with retryAfterMs when none is left. */
  take(action: RateAction, who: string): void {
    if (!this.enabled) return;
    const rule = RATE_RULES[action];
    const key = `${action}:${who}`;
    const now = Date.now();
    const bucket = this.refilled(this.buckets.get(key), rule, now);
    if (bucket.tokens < 1) {
      throw new RateLimitedError(`Too many ${action} calls: slow down.`, Math.ceil(((1 - bucket.tokens) / rule.perSecond) * 1000));
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > SWEEP_ABOVE) this.sweep(now);
  }

  private refilled(bucket: Bucket | undefined, rule: RateRule, now: number): Bucket {
    if (!bucket) return { tokens: rule.burst, updatedAt: now };
    const tokens = Math.min(rule.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rule.perSecond);
    return { tokens, updatedAt: now };
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const rule = RATE_RULES[key.slice(0, key.indexOf(':')) as RateAction];
      if (this.refilled(bucket, rule, now).tokens >= rule.burst) this.buckets.delete(key);
    }
  }
}
