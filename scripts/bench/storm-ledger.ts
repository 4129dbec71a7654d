// The storm's accounting: what became of every call across the kill, when each client was live again, and which
// window each latency belongs to. Pure bookkeeping, with times passed in, so it can be tested without a server.
import { Latencies } from './stats';

/** How long the storm window runs on after the last client is live again: the wake of the reconnections. */
export const STORM_TAIL_MS = 3_000;

export interface StormFigures {
  /** Accepted calls whose event never arrived at its recipient, on either instance. */
  lost: number;
  /** Arrivals of events whose call reported a failure (it may have committed all the same). */
  deliveredOfFailedSends: number;
  /** From the kill to the last client live again, s; NaN while some client is not. */
  allLiveSeconds: number;
  liveP50Seconds: number;
  liveP99Seconds: number;
  /** Arrivals of events sent in the storm window (from the kill to all live + STORM_TAIL_MS), and their latency. */
  stormEvents: number;
  stormLatencyP50: number;
  stormLatencyP99: number;
  stormLatencyMax: number;
  /** The same for the events sent after that window. */
  afterEvents: number;
  afterLatencyP50: number;
  afterLatencyP99: number;
}

/**
 * Calls are numbered 0..sends-1 and each goes to one client, `recipientOf(seq)`;
 * clients are numbered too. Times are wall-clock milliseconds.
 */
export class StormLedger {
  duplicates = 0;
  misrouted = 0;
  malformed = 0;
  /** First arrivals. */
  delivered = 0;
  /** First arrivals that came in a replay: on a resumed socket, before it was live. */
  replayed = 0;
  accepted = 0;
  private readonly sentAt: Float64Array;
  private readonly ok: Uint8Array;
  // 0: not arrived (no clock reads 0).
  private readonly arrivedAt: Float64Array;
  private readonly liveAt: Float64Array;
  private live = 0;
  private lastLive = 0;

  constructor(
    private readonly recipientOf: (seq: number) => number,
    readonly sends: number,
    readonly clients: number,
  ) {
    this.sentAt = new Float64Array(sends);
    this.ok = new Uint8Array(sends);
    this.arrivedAt = new Float64Array(sends);
    this.liveAt = new Float64Array(clients);
  }

  /** Call `seq` was handed to the HTTP pool at `at`. */
  sent(seq: number, at: number): void {
    this.sentAt[seq] = at;
  }

  /** Call `seq` was answered with success: its event must arrive. */
  succeeded(seq: number): void {
    this.ok[seq] = 1;
    this.accepted++;
  }

  /** Event `seq` arrived at `client` (-1: at a socket whose payload named someone else); `replay`: before its socket was live. */
  arrived(seq: number, client: number, at: number, replay: boolean): void {
    if (!(Number.isInteger(seq) && seq >= 0 && seq < this.sends)) this.malformed++;
    else if (this.recipientOf(seq) !== client) this.misrouted++;
    else if (this.arrivedAt[seq]) this.duplicates++;
    else {
      this.arrivedAt[seq] = at;
      this.delivered++;
      if (replay) this.replayed++;
    }
  }

  /** `client` is live again after the kill, at `at`; again later if it had to reconnect once more. */
  wentLive(client: number, at: number): void {
    if (!this.liveAt[client]) this.live++;
    this.liveAt[client] = at;
    this.lastLive = Math.max(this.lastLive, at);
  }

  get liveAgain(): number {
    return this.live;
  }

  /** When the last client was live again; undefined while some client is not. */
  get allLiveAt(): number | undefined {
    return this.live === this.clients ? this.lastLive : undefined;
  }

  /** Accepted calls whose event has not arrived (yet). */
  missing(): number {
    let count = 0;
    for (let seq = 0; seq < this.sends; seq++) if (this.ok[seq] && !this.arrivedAt[seq]) count++;
    return count;
  }

  /** The figures of a storm whose instance was killed at `killedAt`; events sent before it are checked but not timed. */
  figures(killedAt: number): StormFigures {
    const allLive = this.allLiveAt;
    const windowEnd = allLive === undefined ? Infinity : allLive + STORM_TAIL_MS;
    const storm = new Latencies(this.sends);
    const after = new Latencies(this.sends);
    let deliveredOfFailedSends = 0;
    for (let seq = 0; seq < this.sends; seq++) {
      const arrived = this.arrivedAt[seq]!;
      if (!arrived) continue;
      if (!this.ok[seq]) deliveredOfFailedSends++;
      const sentAt = this.sentAt[seq]!;
      if (sentAt < killedAt) continue;
      (sentAt < windowEnd ? storm : after).add(arrived - sentAt, sentAt);
    }
    const returns = new Latencies(this.clients);
    for (const at of this.liveAt) if (at) returns.add((at - killedAt) / 1000, at);
    const stormLatency = storm.summary();
    const afterLatency = after.summary();
    const live = returns.summary();
    return {
      lost: this.missing(),
      deliveredOfFailedSends,
      allLiveSeconds: allLive === undefined ? NaN : (allLive - killedAt) / 1000,
      liveP50Seconds: live.p50,
      liveP99Seconds: live.p99,
      stormEvents: storm.size,
      stormLatencyP50: stormLatency.p50,
      stormLatencyP99: stormLatency.p99,
      stormLatencyMax: stormLatency.max,
      afterEvents: after.size,
      afterLatencyP50: afterLatency.p50,
      afterLatencyP99: afterLatency.p99,
    };
  }
}
