export interface RetryOptions {
  /** The longest the first retry waits, in ms (500). Each failed attempt doubles it. */
  initialDelay?: number;
  /** The longest any retry waits, in ms (30,000). */
  maxDelay?: number;
}

/**
 * How long to wait before retry number `attempt` (0 for the first): between
 * half and all of an exponentially growing ceiling, so that clients dropped
 * together by a restarting server do not come back together.
 */
export function retryDelay(attempt: number, { initialDelay = 500, maxDelay = 30_000 }: RetryOptions = {}, random = Math.random): number {
  const ceiling = Math.min(maxDelay, initialDelay * 2 ** attempt);
  return ceiling / 2 + (random() * ceiling) / 2;
}
