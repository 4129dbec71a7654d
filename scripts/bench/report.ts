// The table printed after each workload, and the JSON line appended per run.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Figures, TurnResult } from './load';
import type { Workload } from './options';
import { BURST_WINDOW_MS, median } from './stats';
import { STORM_TAIL_MS } from './storm-ledger';

/** Counts add up over rounds; every other figure is the median of the rounds. */
const SUMMED = new Set([
  'sends',
  'sendErrors',
  'expected',
  'delivered',
  'lost',
  'duplicates',
  'misrouted',
  'malformed',
  'socketProblems',
  'deliveredOfFailedSends',
  'replayed',
  'reconnectAttempts',
  'failedAttempts',
]);

export interface RoundOutcome {
  round: number;
  target: 'project' | 'floor';
  result?: TurnResult;
  error?: string;
}

export function combine(outcomes: RoundOutcome[]): Figures | undefined {
  const figures = outcomes.flatMap((outcome) => (outcome.result ? [outcome.result.figures] : []));
  if (figures.length === 0) return undefined;
  const combined: Figures = {};
  for (const key of Object.keys(figures[0]!)) {
    const values = figures.map((f) => f[key]!);
    combined[key] = SUMMED.has(key) ? values.reduce((a, b) => a + b, 0) : median(values);
  }
  combined['rounds'] = figures.length;
  return combined;
}

interface RowTarget {
  text: string;
  met(project: number, ratio: number): boolean;
}

interface Row {
  label: string;
  key: string;
  digits: number;
  /** Whether project/floor means anything for this figure. */
  ratio: boolean;
  /** The issues' targets, each checked against the project's value and the ratio. */
  targets?: RowTarget[];
  /** A latency target, judged only while the floor keeps up (see keptUp). */
  latency?: boolean;
  /** About sockets or their deliveries: left out of the writes workload, which has neither. */
  delivery?: boolean;
}

// A call takes a few milliseconds: a median or a p99 this long means the calls queued.
const QUEUED_P50_MS = 100;
const QUEUED_P99_MS = 500;

/**
 * Whether a server kept up with the offered load: its calls did not queue.
 * One that did not has latencies made of its queue, so a latency ratio
 * beside it compares queues, not costs.
 */
export function keptUp(figures: Figures): boolean {
  return !(figures['httpP50']! > QUEUED_P50_MS || figures['httpP99']! > QUEUED_P99_MS);
}

const zero: RowTarget = { text: '0', met: (project) => project === 0 };
/** The project's figure at most `limit`; `shown` is the limit as the table writes it. */
const atMost = (limit: number, shown: string): RowTarget => ({ text: `<= ${shown}`, met: (project) => project <= limit });
/** The project's figure at most, or at least, `times` the floor's. */
const atMostFloors = (times: number): RowTarget => ({ text: `<= ${times}x floor`, met: (_project, ratio) => ratio <= times });
const atLeastFloors = (times: number): RowTarget => ({ text: `>= ${times}x floor`, met: (_project, ratio) => ratio >= times });

function rows(workload: Workload): Row[] {
  const unit = workload === 'conversation' ? 'frame' : 'event';
  // Per delivered event or frame; per call in the writes workload, which delivers nothing; per socket connected.
  // `judged`: the rows carry issue 25's CPU targets (those of a unicast event).
  const cpu = (per: string, key: 'Delivered' | 'Call' | 'Socket', { delivery = false, judged = false } = {}): Row[] => [
    {
      label: `server CPU per ${per}, ms`,
      key: `cpuMsPer${key}`,
      digits: 3,
      ratio: true,
      delivery,
      targets: judged ? [atMostFloors(1.5)] : undefined,
    },
    { label: `PostgreSQL CPU per ${per}, ms`, key: `postgresCpuMsPer${key}`, digits: 3, ratio: true, delivery },
    { label: `Redis CPU per ${per}, ms`, key: `redisCpuMsPer${key}`, digits: 3, ratio: true, delivery },
    {
      label: `server + those services, CPU per ${per}, ms`,
      key: `stackCpuMsPer${key}`,
      digits: 3,
      ratio: true,
      delivery,
      targets: judged ? [atMostFloors(1)] : undefined,
    },
  ];
  const all: Row[] = [
    { label: 'sockets subscribed', key: 'sockets', digits: 0, ratio: false, delivery: true },
    {
      label: 'connect + subscribe all, s',
      key: 'connectSeconds',
      digits: 1,
      ratio: true,
      delivery: true,
      targets: workload === 'unicast' ? [atMostFloors(1.5)] : undefined,
    },
    ...cpu('socket connected', 'Socket', { delivery: true }),
    { label: 'lead-in calls (not measured)', key: 'leadInSends', digits: 0, ratio: false },
    { label: workload === 'conversation' ? 'sendMessage calls' : 'sendNotification calls', key: 'sends', digits: 0, ratio: false },
    { label: 'calls failed', key: 'sendErrors', digits: 0, ratio: false, targets: [zero] },
    { label: 'calls answered per s', key: 'sendRate', digits: 0, ratio: true },
    { label: `${unit}s expected`, key: 'expected', digits: 0, ratio: false, delivery: true },
    { label: `${unit}s delivered`, key: 'delivered', digits: 0, ratio: false, delivery: true },
    { label: 'lost', key: 'lost', digits: 0, ratio: false, delivery: true, targets: [zero] },
    { label: 'duplicated', key: 'duplicates', digits: 0, ratio: false, delivery: true, targets: [zero] },
    { label: 'misrouted', key: 'misrouted', digits: 0, ratio: false, delivery: true, targets: [zero] },
    { label: 'socket problems (error frames, closes)', key: 'socketProblems', digits: 0, ratio: false, delivery: true, targets: [zero] },
    {
      label: `delivered ${unit}s/s`,
      key: 'deliveredPerSec',
      digits: 0,
      ratio: true,
      delivery: true,
      // Issue 5's floors, and issue 25's for the conversation.
      targets: workload === 'conversation' ? [atLeastFloors(0.6), atLeastFloors(1)] : [atLeastFloors(0.8)],
    },
    { label: 'latency p50, ms', key: 'latencyP50', digits: 1, ratio: true, delivery: true },
    { label: 'latency p95, ms', key: 'latencyP95', digits: 1, ratio: true, delivery: true },
    {
      label: 'latency p99, ms',
      key: 'latencyP99',
      digits: 1,
      ratio: true,
      targets: workload === 'unicast' ? [atMostFloors(1.5)] : undefined,
      latency: true,
      delivery: true,
    },
    { label: 'latency max, ms', key: 'latencyMax', digits: 1, ratio: true, delivery: true },
    {
      label: `${unit}s at or above p99 sent within ${BURST_WINDOW_MS / 1000} s, %`,
      key: 'p99BurstPct',
      digits: 0,
      ratio: false,
      delivery: true,
    },
    { label: 'HTTP call p50, ms', key: 'httpP50', digits: 1, ratio: true },
    { label: 'HTTP call p99, ms', key: 'httpP99', digits: 1, ratio: true },
    { label: 'RSS before connecting, MB', key: 'rssBeforeMB', digits: 1, ratio: true },
    { label: 'RSS after connecting, MB', key: 'rssConnectedMB', digits: 1, ratio: true, delivery: true },
    // Raw RSS moves with V8's collections as much as with what the server keeps: the memory table
    // after forced full GCs carries the targets.
    { label: 'RSS per socket, raw: (after - before) / N, KB', key: 'perSocketKB', digits: 1, ratio: true, delivery: true },
    { label: 'RSS peak during load, MB', key: 'rssPeakMB', digits: 1, ratio: true },
    { label: 'RSS settled, MB', key: 'rssSettledMB', digits: 1, ratio: true },
    { label: 'RSS settled vs before load, raw, %', key: 'settledChangePct', digits: 1, ratio: false },
    ...(workload === 'writes' ? cpu('call', 'Call') : cpu(`delivered ${unit}`, 'Delivered', { judged: workload === 'unicast' })),
    { label: 'server CPU, % of one core', key: 'serverCpuPct', digits: 0, ratio: true },
    { label: 'load generator CPU, % of one core', key: 'generatorCpuPct', digits: 0, ratio: true },
    { label: 'the other server (idle) meanwhile, CPU % of one core', key: 'idleServersCpuPct', digits: 0, ratio: false },
    { label: 'machine busy, % of all cores', key: 'machineBusyPct', digits: 0, ratio: true },
    { label: 'machine busy before the load (servers idle), %', key: 'backgroundBusyPct', digits: 0, ratio: false },
    { label: 'measured phase, s', key: 'loadSeconds', digits: 1, ratio: true },
  ];
  return workload === 'writes' ? all.filter((row) => !row.delivery) : all;
}

function rowsOf(workload: Workload | 'memory'): Row[] {
  if (workload === 'memory') return MEMORY_ROWS;
  return workload === 'storm' ? STORM_ROWS : rows(workload);
}

const STORM_ROWS: Row[] = [
  { label: 'clients, one user and socket each', key: 'sockets', digits: 0, ratio: false },
  { label: 'connect + subscribe all to A, s', key: 'connectSeconds', digits: 1, ratio: true },
  { label: 'sendNotification calls to B', key: 'sends', digits: 0, ratio: false },
  { label: 'of them before the kill (lead-in)', key: 'leadInSends', digits: 0, ratio: false },
  { label: 'calls failed', key: 'sendErrors', digits: 0, ratio: false, targets: [zero] },
  { label: 'calls answered per s, from the kill on', key: 'sendRate', digits: 0, ratio: true },
  { label: 'events expected (calls answered)', key: 'expected', digits: 0, ratio: false },
  { label: 'events delivered', key: 'delivered', digits: 0, ratio: false },
  { label: 'lost across the kill', key: 'lost', digits: 0, ratio: false, targets: [zero] },
  { label: 'duplicated (replays included)', key: 'duplicates', digits: 0, ratio: false, targets: [zero] },
  { label: 'misrouted', key: 'misrouted', digits: 0, ratio: false, targets: [zero] },
  { label: 'delivered in a replay (before live again)', key: 'replayed', digits: 0, ratio: false },
  { label: "socket problems (error frames, closes; not A's at the kill)", key: 'socketProblems', digits: 0, ratio: false, targets: [zero] },
  { label: 'clients live again', key: 'liveAgain', digits: 0, ratio: false },
  { label: 'attempts to reconnect', key: 'reconnectAttempts', digits: 0, ratio: true },
  { label: 'attempts failed (refused, closed, timed out)', key: 'failedAttempts', digits: 0, ratio: false },
  {
    label: 'kill to all live again, s',
    key: 'allLiveSeconds',
    digits: 1,
    ratio: true,
    targets: [atMost(20, '20 s')],
  },
  { label: 'kill to live again, p50 of the clients, s', key: 'liveP50Seconds', digits: 2, ratio: true },
  { label: 'kill to live again, p99 of the clients, s', key: 'liveP99Seconds', digits: 2, ratio: true },
  { label: `storm window (kill to all live + ${STORM_TAIL_MS / 1000} s), s`, key: 'stormSeconds', digits: 1, ratio: true },
  { label: 'events sent in it', key: 'stormEvents', digits: 0, ratio: false },
  { label: 'their latency p50, ms', key: 'stormLatencyP50', digits: 1, ratio: true },
  { label: 'their latency p99, ms', key: 'stormLatencyP99', digits: 1, ratio: true },
  { label: 'their latency max, ms', key: 'stormLatencyMax', digits: 1, ratio: true },
  { label: 'events sent after it', key: 'afterEvents', digits: 0, ratio: false },
  { label: 'their latency p50, ms', key: 'afterLatencyP50', digits: 1, ratio: true },
  { label: 'their latency p99, ms', key: 'afterLatencyP99', digits: 1, ratio: true },
  { label: 'HTTP call p50 from the kill on, ms', key: 'httpP50', digits: 1, ratio: true },
  { label: 'HTTP call p99 from the kill on, ms', key: 'httpP99', digits: 1, ratio: true },
  { label: 'B: server CPU in the storm window, % of one core', key: 'stormServerCpuPct', digits: 0, ratio: true },
  { label: 'PostgreSQL CPU in it, % of one core', key: 'stormPostgresCpuPct', digits: 0, ratio: true },
  { label: 'Redis CPU in it, % of one core', key: 'stormRedisCpuPct', digits: 0, ratio: true },
  { label: 'load generator CPU in it, % of one core', key: 'stormGeneratorCpuPct', digits: 0, ratio: true },
  { label: 'machine busy in it, % of all cores', key: 'stormMachineBusyPct', digits: 0, ratio: true },
  { label: 'connections dropped in it, accept queue full (whole machine)', key: 'stormListenOverflows', digits: 0, ratio: true },
  { label: 'B: server CPU per call from the kill on, ms', key: 'serverCpuMsPerCall', digits: 3, ratio: true },
  { label: 'B: RSS before the kill, MB', key: 'rssBeforeMB', digits: 1, ratio: true },
  { label: 'B: RSS peak after it, MB', key: 'rssPeakMB', digits: 1, ratio: true },
  { label: 'machine busy before the load (servers idle), %', key: 'backgroundBusyPct', digits: 0, ratio: false },
  { label: 'kill to the last arrival checked, s', key: 'loadSeconds', digits: 1, ratio: true },
];

/** What a workload's table needs said beneath it. */
export function legend(workload: Workload): string | undefined {
  if (workload !== 'storm') return undefined;
  return [
    "Live again: the project's StreamReady on the resumed subscription, notifications(after: the cursor of the last event",
    "the client received), which comes after the replay of what it missed; the floor's ready, once its Redis SUBSCRIBE is",
    'active. The floor cannot replay: what was sent to a client between the kill and its SUBSCRIBE on B is lost by',
    "design, so its lost count is no fault of the floor's. Each client comes back after the client package's retryDelay",
    '(client/src/backoff.ts) of its failed attempts in a row; every attempt goes to B.',
  ].join('\n');
}

function format(value: number | undefined, digits: number): string {
  if (value === undefined) return '-';
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** project/floor for every figure where that means something; the run's JSON keeps it too. */
export function ratios(project: Figures | undefined, floor: Figures | undefined, workload: Workload | 'memory'): Record<string, number> {
  const out: Record<string, number> = {};
  if (!project || !floor) return out;
  for (const row of rowsOf(workload)) {
    const ratio = project[row.key]! / floor[row.key]!;
    // A figure one side lacks (NaN: no event after the storm, say) has no ratio.
    if (row.ratio && floor[row.key] && Number.isFinite(ratio)) out[row.key] = ratio;
  }
  return out;
}

const MEMORY_ROWS: Row[] = [
  { label: 'production build (node dist/main.js), right after start: RSS, MB', key: 'productionStartRssMB', digits: 1, ratio: false },
  {
    label: 'production build, idle a minute after start: RSS, MB',
    key: 'productionMinuteRssMB',
    digits: 1,
    ratio: false,
    targets: [atMost(120, '120 MB')],
  },
  { label: 'after the measured loads, no sockets: RSS, MB', key: 'loadedRssMB', digits: 1, ratio: true },
  { label: 'after the measured loads, no sockets: heap used, MB', key: 'loadedHeapMB', digits: 1, ratio: true },
  { label: 'one more load: calls', key: 'repeatCalls', digits: 0, ratio: false },
  {
    label: 'one more load: lost, duplicated, misrouted',
    key: 'repeatWrong',
    digits: 0,
    ratio: false,
    targets: [zero],
  },
  { label: 'after it, no sockets: RSS, MB', key: 'endRssMB', digits: 1, ratio: true },
  { label: 'after it, no sockets: heap used, MB', key: 'endHeapMB', digits: 1, ratio: true },
  { label: 'heap growth across it, MB', key: 'heapGrowthMB', digits: 2, ratio: false },
  {
    label: 'heap growth across it, %',
    key: 'heapGrowthPct',
    digits: 1,
    ratio: false,
    targets: [atMost(10, '+10 %')],
  },
  { label: 'heap kept per call of it, bytes', key: 'retainedBytesPerCall', digits: 0, ratio: false },
  { label: 'RSS growth across it, %', key: 'rssGrowthPct', digits: 1, ratio: false },
  { label: 'idle subscribed sockets', key: 'idleSockets', digits: 0, ratio: false },
  { label: 'with them: RSS, MB', key: 'idleRssMB', digits: 1, ratio: true },
  { label: 'with them: heap used, MB', key: 'idleHeapMB', digits: 1, ratio: true },
  {
    label: 'RSS per idle socket, KB',
    key: 'idleRssPerSocketKB',
    digits: 1,
    ratio: true,
    targets: [atMost(12, '12 KB'), atMostFloors(1.5)],
  },
  { label: 'heap per idle socket, KB', key: 'idleHeapPerSocketKB', digits: 1, ratio: true },
];

/** A Markdown table: figure, project, floor, ratio (project / floor), target. */
export function table(workload: Workload | 'memory', project: Figures | undefined, floor: Figures | undefined): string {
  const ratio = ratios(project, floor, workload);
  const floorQueued = floor !== undefined && workload !== 'memory' && !keptUp(floor);
  const lines = [['figure', 'project', 'floor', 'ratio', 'target']];
  for (const row of rowsOf(workload)) {
    if (project?.[row.key] === undefined && floor?.[row.key] === undefined) continue;
    const p = project?.[row.key];
    const r = ratio[row.key];
    const judged = (target: RowTarget) => {
      if (p === undefined) return '';
      if (row.latency && floorQueued) return `${target.text} (not judged: the floor fell behind)`;
      if (target.text.includes('floor') && r === undefined) return target.text;
      return `${target.text} (${target.met(p, r ?? NaN) ? 'met' : 'MISSED'})`;
    };
    const target = (row.targets ?? []).map(judged).join('; ');
    lines.push([
      row.label,
      format(p, row.digits),
      format(floor?.[row.key], row.digits),
      r === undefined ? '' : `${r < 10 ? r.toFixed(3) : r.toFixed(1)}x`,
      target,
    ]);
  }
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const render = (line: string[]) =>
    `| ${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  return [
    render(lines[0]!),
    `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`,
    ...lines.slice(1).map(render),
  ].join('\n');
}

export function gitCommit(cwd: string): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

export function appendResult(file: string, record: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(record)}\n`);
}
