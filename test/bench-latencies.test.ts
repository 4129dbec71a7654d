// The benchmark's latency summary: whether a p99 comes from one stall or from slow events spread over the load.
import { describe, expect, it } from 'vitest';
import { Latencies } from '../scripts/bench/stats';

/** 10 s of sends at 2,000/s, each taking 2 ms unless `slow(sentAt)` says how long it took. */
function load(slow: (sentAt: number) => number | undefined): Latencies {
  const latencies = new Latencies(16);
  for (let i = 0; i < 20_000; i++) {
    const sentAt = i / 2;
    latencies.add(slow(sentAt) ?? 2, sentAt);
  }
  return latencies;
}

describe('Latencies', () => {
  it('gives nearest-rank percentiles, growing past its first capacity', () => {
    const summary = load((sentAt) => (sentAt >= 9_990 ? 50 : undefined)).summary();
    expect(summary).toMatchObject({ p50: 2, p95: 2, p99: 2, max: 50 });
  });

  it('says the p99 is one stall when every event at or above it was sent in one window', () => {
    // 300 events sent within 150 ms took 80 ms.
    const latencies = load((sentAt) => (sentAt >= 4_000 && sentAt < 4_150 ? 80 : undefined));
    const summary = latencies.summary();
    expect(summary.p99).toBe(80);
    expect(latencies.burstShare(summary.p99)).toBe(1);
  });

  it('says the slow events are spread out when they are', () => {
    // Every 50th event, evenly over the 10 s, took 15 ms: about 20 of these 400 fall in any half second.
    const latencies = load((sentAt) => (sentAt % 25 === 0 ? 15 : undefined));
    const summary = latencies.summary();
    expect(summary.p99).toBe(15);
    expect(latencies.burstShare(summary.p99)).toBeGreaterThan(0.04);
    expect(latencies.burstShare(summary.p99)).toBeLessThan(0.06);
  });

  it('has nothing to summarise before the first latency', () => {
    const latencies = new Latencies(4);
    expect(latencies.burstShare(latencies.summary().p99)).toBeNaN();
  });
});
