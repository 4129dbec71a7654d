// Small numeric helpers: latency percentiles, a seeded random sequence, medians.

/** How long a window `burstShare` looks at: about the length of the stalls seen on this machine. */
export const BURST_WINDOW_MS = 500;

/** Latencies in milliseconds, each with the send time it was measured from, stored flat; percentiles by nearest rank. */
export class Latencies {
  private values: Float64Array;
  private sentAts: Float64Array;
  private count = 0;

  constructor(capacity: number) {
    this.values = new Float64Array(Math.max(16, capacity));
    this.sentAts = new Float64Array(this.values.length);
  }

  add(ms: number, sentAt: number): void {
    if (this.count === this.values.length) {
      this.values = grow(this.values);
      this.sentAts = grow(this.sentAts);
    }
    this.sentAts[this.count] = sentAt;
    this.values[this.count++] = ms;
  }

  get size(): number {
    return this.count;
  }

  summary(): { p50: number; p95: number; p99: number; max: number } {
    if (this.count === 0) return { p50: NaN, p95: NaN, p99: NaN, max: NaN };
    const sorted = this.values.slice(0, this.count).sort();
    const rank = (q: number) => sorted[Math.min(this.count - 1, Math.ceil(q * this.count) - 1)]!;
    return { p50: rank(0.5), p95: rank(0.95), p99: rank(0.99), max: sorted[this.count - 1]! };
  }

  /**
   * Of the latencies at or above `threshold`, the share whose sends fall in
   * one window of BURST_WINDOW_MS, the one holding most of them: near 1 when
   * the p99 is one stall, near 0.05 (the window's share of a 10-s load) when
   * slow events are spread out. NaN when none is (no latency, or a NaN threshold).
   */
  burstShare(threshold: number): number {
    const slow: number[] = [];
    for (let i = 0; i < this.count; i++) if (this.values[i]! >= threshold) slow.push(this.sentAts[i]!);
    slow.sort((a, b) => a - b);
    let most = 0;
    for (let first = 0, last = 0; last < slow.length; last++) {
      while (slow[last]! - slow[first]! > BURST_WINDOW_MS) first++;
      most = Math.max(most, last - first + 1);
    }
    return most / slow.length;
  }
}

function grow(values: Float64Array): Float64Array {
  const grown = new Float64Array(values.length * 2);
  grown.set(values);
  return grown;
}

/** mulberry32: the same recipients for every target of a run with the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` indexes in [0, range), from the seed. */
export function seededPicks(seed: number, count: number, range: number): Uint32Array {
  const random = seededRandom(seed);
  const picks = new Uint32Array(count);
  for (let i = 0; i < count; i++) picks[i] = Math.floor(random() * range);
  return picks;
}

export function median(values: number[]): number {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 ? finite[middle]! : (finite[middle - 1]! + finite[middle]!) / 2;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
