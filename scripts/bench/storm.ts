// The storm workload: N subscribed clients lose their instance (SIGKILL) and come back to a second one, each
// after the client package's backoff and from its last cursor, while the calls go on at the offered rate.
import { retryDelay } from '../../client/src/backoff';
import {
  AFTER_CONNECT_MS,
  busyWhileIdle,
  closeAll,
  CONNECT_TIMEOUT_MS,
  connectAll,
  drain,
  MB,
  paced,
  Problems,
  rounded,
  type TurnContext,
  type TurnResult,
} from './load';
import { CpuWindow, listenOverflows, rssBytes, sampleRss } from './proc-stats';
import { type Conn, type NotReady, type Sink, wallNow } from './sockets';
import { Latencies, seededPicks, sleep } from './stats';
import { STORM_TAIL_MS, StormLedger } from './storm-ledger';
import type { Target } from './targets';

// The client package's default keepAlive (client/src/client.ts): a socket not signed in within it is given up and retried.
// The load generator gives an attempt as long again from the sign-in to live; the client package would wait on.
const SIGN_IN_TIMEOUT_MS = 15_000;
const PROGRESS_EVERY_MS = 2_000;

/**
 * N clients, one user each, subscribed on instance A to their own events,
 * the calls going to instance B at the offered rate. After the lead-in A is
 * killed (SIGKILL), and every client comes back to B as the client package
 * would: after retryDelay (client/src/backoff.ts) of its failed attempts in
 * a row, counted from 0 again at each sign-in, resuming from the cursor of
 * the last event it received. Live again: the project's StreamReady on the
 * resumed subscription, which comes after the replay; the floor's ready,
 * after its Redis SUBSCRIBE (it cannot replay, so what was sent meanwhile is
 * lost). Every attempt goes to B, as behind a load balancer that took A out.
 */
export async function stormTurn(target: Target, context: TurnContext): Promise<TurnResult> {
  const { options, admin, log } = context;
  const users = context.users.slice(0, options.sockets);
  const clients = users.length;
  const leadInSends = Math.round(options.leadIn * options.rate);
  const sends = leadInSends + options.events;
  const recipients = seededPicks(options.seed, options.events, clients);
  // The lead-in goes round the clients in turn.
  const recipientOf = (seq: number) => (seq < leadInSends ? seq % clients : recipients[seq - leadInSends]!);
  const ledger = new StormLedger(recipientOf, sends, clients);
  const problems = new Problems();
  const failedAttempts = new Problems();
  const cursors: (string | undefined)[] = new Array(clients);
  // Failed attempts in a row, for the backoff.
  const failures = new Uint16Array(clients);
  const conns: Conn[] = [];
  const retries = new Set<NodeJS.Timeout>();
  const http = new Latencies(sends);
  let attempts = 0;
  let sendErrors = 0;
  let killedAt = 0;
  let stopped = false;
  // B's CPU (and the services', the generator's) from the kill to STORM_TAIL_MS after all are live again.
  let storm: { cpu: CpuWindow; overflows: number } | undefined;
  let stormWindow: (ReturnType<CpuWindow['stop']> & { overflows: number }) | undefined;
  let tail: NodeJS.Timeout | undefined;
  const endStormWindow = () => {
    if (storm) stormWindow ??= { ...storm.cpu.stop(), overflows: listenOverflows() - storm.overflows };
  };
  const wentLive = (index: number) => {
    ledger.wentLive(index, wallNow());
    if (ledger.allLiveAt !== undefined && !tail) tail = setTimeout(endStormWindow, STORM_TAIL_MS);
  };

  const pid = target.child.pid;
  const victim = await context.startInstance(target);
  log(`  instance A (to be killed): pid ${victim.child.pid}; instance B (takes the clients back): pid ${pid}`);

  /** Client `index` on one socket; `resumed`: a socket to B, whose events before it is live are a replay. */
  const sinkFor = (index: number, resumed: boolean): Sink => {
    let live = false;
    return {
      deliver(delivery) {
        if (delivery.cursor) cursors[index] = delivery.cursor;
        ledger.arrived(delivery.seq, delivery.scope === `to ${index}` ? index : -1, wallNow(), resumed && !live);
      },
      ready(cursor) {
        if (cursor) cursors[index] = cursor;
        live = true;
        if (resumed) wentLive(index);
      },
      problem(kind, detail) {
        // A's sockets close when it dies: that is the storm, not a problem.
        if (!resumed && killedAt && (kind === 'closed' || kind === 'socket error')) return;
        problems.add(kind, detail);
      },
    };
  };

  /** The next attempt of client `index`, after the backoff of its failed attempts in a row, as the client package's retryLater. */
  const retryLater = (index: number) => {
    const failed = failures[index]!;
    failures[index] = failed + 1;
    const timer = setTimeout(() => {
      retries.delete(timer);
      void attempt(index);
    }, retryDelay(failed));
    retries.add(timer);
  };

  /** Every close of a client's socket sends it back to B, as it would the client package. */
  const watch = (index: number, conn: Conn) => {
    conns.push(conn);
    void conn.closed.then(() => stopped || retryLater(index));
  };

  const attempt = async (index: number) => {
    if (stopped) return;
    attempts++;
    try {
      const conn = await target.openUnicast(users[index]!, sinkFor(index, true), SIGN_IN_TIMEOUT_MS, cursors[index]);
      // Live after the turn gave up waiting: not to be left open on B.
      if (stopped) return conn.terminate();
      failures[index] = 0;
      watch(index, conn);
    } catch (error) {
      const { code, signedIn, message } = error as NotReady;
      // The client package starts its count again at every sign-in, even one whose socket then failed.
      if (signedIn) failures[index] = 0;
      failedAttempts.add(`attempt failed${code === undefined ? '' : `, closed with ${code}`}`, message);
      retryLater(index);
    }
  };

  try {
    const backgroundBusyPct = await busyWhileIdle(log);
    const { conns: first, seconds: connectSeconds } = await connectAll(clients, options.connectConcurrency, (index) =>
      victim.openUnicast(users[index]!, sinkFor(index, false), CONNECT_TIMEOUT_MS),
    );
    for (const [index, conn] of first.entries()) watch(index, conn);
    log(`  ${clients} sockets subscribed to A in ${connectSeconds.toFixed(1)} s`);
    await sleep(AFTER_CONNECT_MS);
    const rssBefore = rssBytes(pid);

    const others = context.serverPids.filter((other) => other !== pid);
    let whole: CpuWindow | undefined;
    let peak: ReturnType<typeof sampleRss> | undefined;
    let progress: NodeJS.Timeout | undefined;
    const kill = () => {
      victim.child.kill();
      killedAt = wallNow();
      whole = new CpuWindow(pid, context.services, others);
      storm = { cpu: new CpuWindow(pid, context.services, others), overflows: listenOverflows() };
      peak = sampleRss(pid);
      log(`  A killed after ${leadInSends} calls; the clients come back to B`);
      progress = setInterval(() => {
        const seconds = ((wallNow() - killedAt) / 1000).toFixed(0);
        log(`    +${seconds} s: ${ledger.liveAgain} of ${clients} live again, ${attempts} attempts (${failedAttempts.total} failed)`);
        if (ledger.allLiveAt !== undefined) clearInterval(progress);
      }, PROGRESS_EVERY_MS);
    };

    const sending = paced(sends, options.rate, async (seq) => {
      if (seq === leadInSends) kill();
      const to = recipientOf(seq);
      const sentAt = wallNow();
      ledger.sent(seq, sentAt);
      try {
        await target.notify(admin, users[to]!, `to ${to}`, seq, sentAt);
        ledger.succeeded(seq);
        if (killedAt) http.add(wallNow() - sentAt, sentAt);
      } catch (error) {
        sendErrors++;
        problems.add('send failed', (error as Error).message);
      }
    });
    // A backstop only: a stalled run ends after drainTimeout without a delivery, a return or an attempt.
    const budgetSeconds = sends / options.rate + 120 + options.drainTimeout;
    const complete = await drain(
      sending,
      () => ledger.allLiveAt !== undefined && ledger.missing() === 0,
      () => ledger.delivered + ledger.liveAgain + attempts,
      options.drainTimeout * 1000,
      performance.now() + budgetSeconds * 1000,
    );
    const sendSeconds = await Promise.race([sending, sleep(1_000).then(() => NaN)]);
    clearInterval(progress);
    clearTimeout(tail);
    endStormWindow();
    const window = whole!.stop();
    const rssPeak = peak!.stop();
    const outcome = ledger.figures(killedAt);
    log(
      `  ${ledger.liveAgain} of ${clients} live again, all in ${outcome.allLiveSeconds.toFixed(1)} s; ` +
        `${ledger.delivered} of ${ledger.accepted} events delivered${complete ? '' : ' (gave up waiting)'}`,
    );
    const cpuPct = (ms: number) => (ms / 1000 / stormWindow!.seconds) * 100;
    const httpLatency = http.summary();
    const figures = {
      sockets: clients,
      connectSeconds,
      leadInSends,
      sends,
      sendErrors,
      sendRate: (sends - leadInSends - sendErrors) / (sendSeconds - options.leadIn),
      expected: ledger.accepted,
      delivered: ledger.delivered,
      ...outcome,
      duplicates: ledger.duplicates,
      misrouted: ledger.misrouted,
      malformed: ledger.malformed,
      replayed: ledger.replayed,
      socketProblems: problems.total - sendErrors,
      complete: complete ? 1 : 0,
      liveAgain: ledger.liveAgain,
      reconnectAttempts: attempts,
      failedAttempts: failedAttempts.total,
      httpP50: httpLatency.p50,
      httpP99: httpLatency.p99,
      stormSeconds: stormWindow!.seconds,
      stormServerCpuPct: cpuPct(stormWindow!.serverMs),
      ...Object.fromEntries(Object.entries(stormWindow!.servicesMs).map(([name, ms]) => [`storm${capitalised(name)}CpuPct`, cpuPct(ms)])),
      stormGeneratorCpuPct: cpuPct(stormWindow!.generatorMs),
      stormMachineBusyPct: stormWindow!.machineBusyPercent,
      stormListenOverflows: stormWindow!.overflows,
      serverCpuMsPerCall: window.serverMs / options.events,
      rssBeforeMB: rssBefore / MB,
      rssPeakMB: rssPeak / MB,
      backgroundBusyPct,
      loadSeconds: window.seconds,
    };
    return { figures: rounded(figures), problems: { ...problems.byKind, ...failedAttempts.byKind } };
  } finally {
    stopped = true;
    for (const timer of retries) clearTimeout(timer);
    victim.child.kill();
    victim.close();
    await closeAll(conns);
  }
}

const capitalised = (name: string) => name[0]!.toUpperCase() + name.slice(1);
