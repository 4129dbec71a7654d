// The load generator: one turn of one workload against one target, measured.
import { callsUnicastUsers, type Options } from './options';
import { readMemoryAfterGc } from './memory';
import { CpuWindow, machineTicks, rssBytes, sampleRss, untilQuiet, type LocalService } from './proc-stats';
import type { BenchUser } from './setup';
import { wallNow, type Conn, type Delivery, type Sink } from './sockets';
import { Latencies, seededPicks, sleep } from './stats';
import type { Target } from './targets';

/** Every figure of one turn, flat, so rounds can be combined and compared. */
export type Figures = Record<string, number>;

export interface TurnResult {
  figures: Figures;
  /** A few examples of what went wrong (errors from the server, sockets closed), with counts. */
  problems: Record<string, { count: number; example: string }>;
}

export interface TurnContext {
  options: Options;
  admin: BenchUser;
  users: BenchUser[];
  /** PostgreSQL and Redis where they run on this machine: their CPU per event is measured too. */
  services: LocalService[];
  /** Every server of the run: those not under load should stay idle while the others are measured. */
  serverPids: number[];
  /** One more instance of a target's server, on the same database and Redis (the storm's instance to be killed). */
  startInstance(like: Target): Promise<Target>;
  log(line: string): void;
}

export const CONNECT_TIMEOUT_MS = 30_000;
export const AFTER_CONNECT_MS = 2_000;
// Closed sockets are let go of (their subscriptions ended, their topics unsubscribed) after the client sees them
// close: the memory after a load is read once the server has been quiet for a while, however long those closes take.
const AFTER_CLOSE_QUIET = { quietMs: 2_000, maxMs: 60_000, idlePercent: 5 };
export const MB = 2 ** 20;

export class Problems {
  readonly byKind: TurnResult['problems'] = {};
  total = 0;

  add(kind: string, detail: string): void {
    this.total++;
    this.byKind[kind] ??= { count: 0, example: detail };
    this.byKind[kind].count++;
  }
}

/** Opens `count` sockets, at most `concurrency` at a time; fails with a summary when any could not subscribe. */
export async function connectAll(
  count: number,
  concurrency: number,
  open: (index: number) => Promise<Conn>,
): Promise<{ conns: Conn[]; seconds: number }> {
  const started = performance.now();
  const conns: Conn[] = new Array(count);
  const failures = new Problems();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      try {
        conns[index] = await open(index);
      } catch (error) {
        failures.add('connect', (error as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  const seconds = (performance.now() - started) / 1000;
  if (failures.total > 0) {
    await closeAll(conns.filter(Boolean));
    const example = failures.byKind['connect']!.example;
    throw new Error(`${failures.total} of ${count} sockets did not subscribe within ${CONNECT_TIMEOUT_MS / 1000} s (e.g. ${example})`);
  }
  return { conns, seconds };
}

export async function closeAll(conns: Conn[]): Promise<void> {
  for (const conn of conns) conn.close();
  const all = Promise.all(conns.map((conn) => conn.closed));
  const timedOut = await Promise.race([all.then(() => false), sleep(10_000).then(() => true)]);
  if (timedOut) for (const conn of conns) conn.terminate();
}

/**
 * Calls send(0..count-1) at `rate` per second on a fixed schedule (late ticks
 * catch up, so a slow server does not slow the offered load); resolves once
 * every call settled, with the seconds from the first call to the last answer.
 */
export async function paced(count: number, rate: number, send: (index: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  const calls: Promise<void>[] = [];
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(count, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
      while (calls.length < due) calls.push(send(calls.length));
      if (calls.length >= count) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(tick, 2);
    tick();
  });
  await Promise.all(calls);
  return (performance.now() - started) / 1000;
}

/** Waits until `done()` or until nothing new arrived for drainMs once sending is over; true when done. */
export async function drain(
  sending: Promise<unknown>,
  done: () => boolean,
  progress: () => number,
  drainMs: number,
  hardDeadline: number,
): Promise<boolean> {
  let sent = false;
  void sending.then(() => (sent = true));
  let last = progress();
  let lastChange = performance.now();
  for (;;) {
    if (sent && done()) return true;
    if (performance.now() > hardDeadline) return false;
    const now = progress();
    if (now !== last) {
      last = now;
      lastChange = performance.now();
    } else if (sent && performance.now() - lastChange > drainMs) return false;
    await sleep(20);
  }
}

/**
 * One workload's sends and what each should deliver. Measured sends are
 * numbered 0..sends-1; the lead-in's, -1, -2, …, so a delivery tells which
 * it belongs to.
 */
interface Phase {
  expectedPerSend: number;
  sends: number;
  rate: number;
  open(index: number, sink: Sink): Promise<Conn>;
  /** Whether socket `index` should have received this delivery. */
  isFor(index: number, delivery: Delivery): boolean;
  /** A unique slot per (send, socket) in [0, sends × expectedPerSend), for a send's number from 0. */
  slot(index: number, send: number): number;
  send(seq: number, sentAt: number): Promise<void>;
}

/** Which (send, socket) slots of some sends arrived, to tell duplicates. */
class Slots {
  private readonly received: Uint8Array;
  count = 0;

  constructor(
    readonly sends: number,
    expectedPerSend: number,
  ) {
    this.received = new Uint8Array(sends * expectedPerSend);
  }

  /** False when the slot had arrived already. */
  first(slot: number): boolean {
    if (this.received[slot]) return false;
    this.received[slot] = 1;
    this.count++;
    return true;
  }
}

/**
 * Unmeasured sends at the measured rate to the measured sockets, so that the
 * measured load starts in a steady state rather than in the wake of N
 * connections, when both servers are slower for a second or so. Resolves
 * with the number of its deliveries that never arrived.
 */
async function leadInLoad(
  phase: Phase,
  arrivals: Slots,
  drainMs: number,
  onError: (error: unknown) => void,
  log: (line: string) => void,
): Promise<number> {
  const started = performance.now();
  let accepted = 0;
  const sending = paced(arrivals.sends, phase.rate, (send) => phase.send(-send - 1, wallNow()).then(() => void accepted++, onError));
  const expected = () => accepted * phase.expectedPerSend;
  await drain(
    sending,
    () => arrivals.count >= expected(),
    () => arrivals.count,
    drainMs,
    Infinity,
  );
  log(`  lead-in (not measured): ${arrivals.count} of ${expected()} delivered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return Math.max(0, expected() - arrivals.count);
}

/** The shared body of both workloads: connect, measure memory, lead in, send at a rate, count arrivals, settle, close. */
async function runPhase(target: Target, context: TurnContext, sockets: number, phase: Phase): Promise<TurnResult> {
  const { options, log } = context;
  const pid = target.child.pid;
  const problems = new Problems();
  const leadIn = new Slots(Math.round(options.leadIn * phase.rate), phase.expectedPerSend);
  const measured = new Slots(phase.sends, phase.expectedPerSend);
  /** First arrivals per event, to tell loss from arrivals of events whose send reported a failure. */
  const arrivals = new Uint32Array(phase.sends);
  const latency = new Latencies(phase.sends * phase.expectedPerSend);
  const http = new Latencies(phase.sends);
  let duplicates = 0;
  let misrouted = 0;
  let malformed = 0;
  let lastArrival = 0;
  let sendErrors = 0;

  // The lead-in's deliveries are checked like the others (routing, duplicates), but not timed.
  const sinkFor = (index: number): Sink => ({
    deliver(delivery) {
      const now = wallNow();
      const isLeadIn = delivery.seq < 0;
      const send = isLeadIn ? -delivery.seq - 1 : delivery.seq;
      const of = isLeadIn ? leadIn : measured;
      if (!(send < of.sends)) return void malformed++;
      if (!phase.isFor(index, delivery)) return void misrouted++;
      if (!of.first(phase.slot(index, send))) return void duplicates++;
      if (isLeadIn) return;
      arrivals[send]!++;
      latency.add(now - delivery.sentAt, delivery.sentAt);
      lastArrival = now;
    },
    problem: (kind, detail) => problems.add(kind, detail),
  });
  const sendFailed = (error: unknown) => {
    sendErrors++;
    problems.add('send failed', (error as Error).message);
  };

  const backgroundBusyPct = await busyWhileIdle(log);
  const rssBefore = rssBytes(pid);
  const otherPids = context.serverPids.filter((other) => other !== pid);
  const connectCpu = new CpuWindow(pid, context.services, otherPids);
  const { conns, seconds: connectSeconds } = await connectAll(sockets, options.connectConcurrency, (index) =>
    phase.open(index, sinkFor(index)),
  );
  const connectWindow = connectCpu.stop();
  log(`  ${sockets} sockets subscribed in ${connectSeconds.toFixed(1)} s`);
  await sleep(AFTER_CONNECT_MS);
  const rssConnected = rssBytes(pid);

  try {
    const leadInLost = leadIn.sends > 0 ? await leadInLoad(phase, leadIn, options.drainTimeout * 1000, sendFailed, log) : 0;
    const sendOk = new Uint8Array(phase.sends);
    let okCount = 0;
    const cpu = new CpuWindow(pid, context.services, otherPids);
    const peak = sampleRss(pid);
    const firstSend = wallNow();
    const sending = paced(phase.sends, phase.rate, async (seq) => {
      const sentAt = wallNow();
      try {
        await phase.send(seq, sentAt);
        sendOk[seq] = 1;
        okCount++;
        http.add(wallNow() - sentAt, sentAt);
      } catch (error) {
        sendFailed(error);
      }
    });
    /** Arrivals missing for events whose send succeeded. */
    const missing = () => {
      let count = 0;
      for (let seq = 0; seq < phase.sends; seq++) if (sendOk[seq]) count += phase.expectedPerSend - arrivals[seq]!;
      return count;
    };
    // A backstop only: a stalled run ends after drainTimeout without a delivery.
    const budgetSeconds = Math.max(120, (10 * phase.sends) / phase.rate) + options.drainTimeout;
    const complete = await drain(
      sending,
      () => measured.count >= okCount * phase.expectedPerSend && missing() === 0,
      () => measured.count,
      options.drainTimeout * 1000,
      performance.now() + budgetSeconds * 1000,
    );
    const sendSeconds = await Promise.race([sending, sleep(1_000).then(() => NaN)]);
    const window = cpu.stop();
    const rssPeak = peak.stop();
    const expected = okCount * phase.expectedPerSend;
    const missed = missing();
    // A lead-in event that never arrived is lost all the same.
    const lost = missed + leadInLost;
    const activeSeconds = lastArrival > firstSend ? (lastArrival - firstSend) / 1000 : NaN;
    const delivered = measured.count;
    log(`  ${delivered} of ${expected} delivered in ${window.seconds.toFixed(1)} s${complete ? '' : ' (gave up waiting)'}`);

    await sleep(options.settle * 1000);
    const rssSettled = rssBytes(pid);
    const lat = latency.summary();
    const httpLat = http.summary();
    const figures: Figures = {
      sockets,
      connectSeconds,
      leadInSends: leadIn.sends,
      sends: phase.sends,
      sendErrors,
      sendRate: okCount / sendSeconds,
      expected,
      delivered,
      lost,
      deliveredOfFailedSends: delivered - (expected - missed),
      duplicates,
      misrouted,
      malformed,
      socketProblems: problems.total - sendErrors,
      complete: complete ? 1 : 0,
      deliveredPerSec: delivered / activeSeconds,
      latencyP50: lat.p50,
      latencyP95: lat.p95,
      latencyP99: lat.p99,
      latencyMax: lat.max,
      p99BurstPct: latency.burstShare(lat.p99) * 100,
      httpP50: httpLat.p50,
      httpP99: httpLat.p99,
      rssBeforeMB: rssBefore / MB,
      rssConnectedMB: rssConnected / MB,
      perSocketKB: (rssConnected - rssBefore) / sockets / 1024,
      rssPeakMB: rssPeak / MB,
      rssSettledMB: rssSettled / MB,
      settledChangePct: ((rssSettled - rssConnected) / rssConnected) * 100,
      serverCpuPct: (window.serverMs / 1000 / window.seconds) * 100,
      generatorCpuPct: (window.generatorMs / 1000 / window.seconds) * 100,
      idleServersCpuPct: (window.othersMs / 1000 / window.seconds) * 100,
      machineBusyPct: window.machineBusyPercent,
      backgroundBusyPct,
      loadSeconds: window.seconds,
      // The writes workload connects none.
      ...(sockets > 0 ? cpuFigures(connectWindow.serverMs, connectWindow.servicesMs, sockets, 'Socket') : {}),
      ...cpuFigures(window.serverMs, window.servicesMs, delivered, 'Delivered'),
      ...cpuFigures(window.serverMs, window.servicesMs, okCount, 'Call'),
    };
    return { figures: rounded(figures), problems: problems.byKind };
  } finally {
    await closeAll(conns);
  }
}

/**
 * How busy the whole machine is over a second while our servers idle, in %:
 * other work on the box (tests, builds) skews every figure, so above 15 % the run says so.
 */
export async function busyWhileIdle(log: (line: string) => void): Promise<number> {
  const start = machineTicks();
  await sleep(1_000);
  const end = machineTicks();
  const percent = ((end.busy - start.busy) / Math.max(1, end.total - start.total)) * 100;
  if (percent > 15) log(`  the machine is ${percent.toFixed(0)} % busy before the load: something else is running, figures will be noisy`);
  return percent;
}

/** Figures to three decimals, as every turn reports them. */
export function rounded(figures: Figures): Figures {
  for (const key of Object.keys(figures)) figures[key] = Math.round(figures[key]! * 1000) / 1000;
  return figures;
}

/**
 * CPU per delivered event (or per call, or per socket connected): the server's, each measured local
 * service's, and the stack's (the server's and theirs together).
 */
function cpuFigures(serverMs: number, servicesMs: Record<string, number>, count: number, per: 'Delivered' | 'Call' | 'Socket'): Figures {
  const figures: Figures = { [`cpuMsPer${per}`]: serverMs / count };
  let stackMs = serverMs;
  for (const [name, ms] of Object.entries(servicesMs)) {
    figures[`${name}CpuMsPer${per}`] = ms / count;
    stackMs += ms;
  }
  if (Object.keys(servicesMs).length > 0) figures[`stackCpuMsPer${per}`] = stackMs / count;
  return figures;
}

/**
 * E sendNotification calls at R/s, each to a random one of N users (the same
 * seeded sequence for every target); with `listening`, each of them has a
 * socket subscribed to their own notifications.
 */
function unicastCalls(target: Target, context: TurnContext, listening: boolean): Promise<TurnResult> {
  const { options, admin } = context;
  const users = context.users.slice(0, options.sockets);
  const recipients = seededPicks(options.seed, options.events, users.length);
  // The lead-in goes round the users in turn.
  const recipientOf = (seq: number) => (seq < 0 ? (-seq - 1) % users.length : recipients[seq]!);
  return runPhase(target, context, listening ? users.length : 0, {
    expectedPerSend: listening ? 1 : 0,
    sends: options.events,
    rate: options.rate,
    open: (index, sink) => target.openUnicast(users[index]!, sink, CONNECT_TIMEOUT_MS),
    isFor: (index, delivery) => delivery.scope === `to ${index}` && recipientOf(delivery.seq) === index,
    slot: (_index, send) => send,
    send: (seq, sentAt) => {
      const to = recipientOf(seq);
      return target.notify(admin, users[to]!, `to ${to}`, seq, sentAt);
    },
  });
}

/** N sockets, one user each, on their own notifications; E events at R/s, each to a random one of them. */
export function unicastTurn(target: Target, context: TurnContext): Promise<TurnResult> {
  return unicastCalls(target, context, true);
}

/**
 * The unicast calls with no socket open: what a call costs (its HTTP
 * request, insert and publish) without a delivery. Beside unicast's
 * figures it tells the write path's share from the delivery's.
 */
export function writesTurn(target: Target, context: TurnContext): Promise<TurnResult> {
  return unicastCalls(target, context, false);
}

/** A short unmeasured unicast run, so the first measured turn does not pay for JIT compilation and heap growth. */
export async function warmUp(target: Target, context: TurnContext): Promise<TurnResult> {
  const { options } = context;
  const sockets = Math.min(100, context.users.length);
  const warm = { ...options, sockets, events: options.warmup, rate: Math.min(options.rate, 1_000), settle: 0, leadIn: 0 };
  const result = await unicastTurn(target, { ...context, options: warm, log: () => {} });
  const { delivered, expected, loadSeconds } = result.figures;
  context.log(`  warm-up (not measured): ${delivered} of ${expected} events to ${sockets} sockets in ${loadSeconds!.toFixed(1)} s`);
  return result;
}

/** P participants of one conversation, all subscribed; messages at a steady rate from random participants. */
export async function conversationTurn(target: Target, context: TurnContext, conversationId: string): Promise<TurnResult> {
  const { options } = context;
  const users = context.users.slice(0, options.participants);
  const messages = options.msgRate * options.duration;
  const senders = seededPicks(options.seed + 1, messages, users.length);
  const participants = users.length;
  // The lead-in's senders take turns.
  const senderOf = (seq: number) => (seq < 0 ? (-seq - 1) % participants : senders[seq]!);
  return runPhase(target, context, participants, {
    expectedPerSend: participants,
    sends: messages,
    rate: options.msgRate,
    open: (index, sink) => target.openConversation(users[index]!, conversationId, sink, CONNECT_TIMEOUT_MS),
    isFor: (_index, delivery) => delivery.scope === conversationId,
    slot: (index, send) => send * participants + index,
    send: (seq, sentAt) => target.sendMessage(users[senderOf(seq)]!, conversationId, seq, sentAt),
  });
}

/** A figure summed over several turns. */
const sumOf = (figures: Figures[]) => (key: string) => figures.reduce((total, f) => total + f[key]!, 0);

/**
 * After every measured load, what the server keeps, read after forced full
 * GCs (none of which runs before a measured load: see memory.ts). `repeat`
 * runs every workload once more, unmeasured, and the heap's growth across
 * that, on a server the measured loads warmed (compiled code, caches), is
 * what a load leaves behind: a leak when it is more than the noise. Last,
 * what idle subscribed sockets hold.
 */
export async function memoryCheck(target: Target, context: TurnContext, repeat: () => Promise<TurnResult[]>): Promise<Figures> {
  const { options } = context;
  const loaded = (await readMemoryAfterGc(target.child))!;
  const repeated = sumOf((await repeat()).map((result) => result.figures));
  const repeatCalls = repeated('sends') + repeated('leadInSends');
  context.log(`  one more load (only its memory measured): ${repeated('delivered')} of ${repeated('expected')} delivered`);
  await untilQuiet([target.child.pid], AFTER_CLOSE_QUIET);
  const end = (await readMemoryAfterGc(target.child))!;
  const users = context.users.slice(0, callsUnicastUsers(options) ? options.sockets : options.participants);
  const problems = new Problems();
  const sink: Sink = {
    deliver: () => problems.add('unexpected event', 'an event on an idle socket'),
    problem: (kind, detail) => problems.add(kind, detail),
  };
  const { conns } = await connectAll(users.length, options.connectConcurrency, (index) =>
    target.openUnicast(users[index]!, sink, CONNECT_TIMEOUT_MS),
  );
  try {
    await sleep(AFTER_CONNECT_MS);
    const idle = (await readMemoryAfterGc(target.child))!;
    const figures: Figures = {
      loadedRssMB: loaded.rss / MB,
      loadedHeapMB: loaded.heapUsed / MB,
      repeatCalls,
      repeatWrong: repeated('lost') + repeated('duplicates') + repeated('misrouted'),
      endRssMB: end.rss / MB,
      endHeapMB: end.heapUsed / MB,
      heapGrowthMB: (end.heapUsed - loaded.heapUsed) / MB,
      heapGrowthPct: ((end.heapUsed - loaded.heapUsed) / loaded.heapUsed) * 100,
      rssGrowthPct: ((end.rss - loaded.rss) / loaded.rss) * 100,
      retainedBytesPerCall: (end.heapUsed - loaded.heapUsed) / repeatCalls,
      idleSockets: users.length,
      idleRssMB: idle.rss / MB,
      idleHeapMB: idle.heapUsed / MB,
      idleRssPerSocketKB: (idle.rss - end.rss) / users.length / 1024,
      idleHeapPerSocketKB: (idle.heapUsed - end.heapUsed) / users.length / 1024,
      idleSocketProblems: problems.total,
    };
    return rounded(figures);
  } finally {
    await closeAll(conns);
  }
}
