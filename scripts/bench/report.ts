// The table printed after each workload, and the JSON line appended per run.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Figures, TurnResult } from './load';
import type { Workload } from './options';
import { BURST_WINDOW_MS, median } from './stats';

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

interface Row {
  label: string;
  key: string;
  digits: number;
  /** Whether project/floor means anything for this figure. */
  ratio: boolean;
  /** The issue's target, and how to check it against the project's value and the ratio. */
  target?: { text: string; met(project: number, ratio: number): boolean };
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

const zero = { text: '0', met: (project: number) => project === 0 };

function rows(workload: Workload): Row[] {
  const unit = workload === 'conversation' ? 'frame' : 'event';
  // Per delivered event or frame; per call in the writes workload, which delivers nothing.
  const cpu = (per: string, key: 'Delivered' | 'Call'): Row[] => [
    { label: `server CPU per ${per}, ms`, key: `cpuMsPer${key}`, digits: 3, ratio: true },
    { label: `PostgreSQL CPU per ${per}, ms`, key: `postgresCpuMsPer${key}`, digits: 3, ratio: true },
    { label: `Redis CPU per ${per}, ms`, key: `redisCpuMsPer${key}`, digits: 3, ratio: true },
    { label: `server + those services, CPU per ${per}, ms`, key: `stackCpuMsPer${key}`, digits: 3, ratio: true },
  ];
  const all: Row[] = [
    { label: 'sockets subscribed', key: 'sockets', digits: 0, ratio: false, delivery: true },
    { label: 'connect + subscribe all, s', key: 'connectSeconds', digits: 1, ratio: true, delivery: true },
    { label: 'lead-in calls (not measured)', key: 'leadInSends', digits: 0, ratio: false },
    { label: workload === 'conversation' ? 'sendMessage calls' : 'sendNotification calls', key: 'sends', digits: 0, ratio: false },
    { label: 'calls failed', key: 'sendErrors', digits: 0, ratio: false, target: zero },
    { label: 'calls answered per s', key: 'sendRate', digits: 0, ratio: true },
    { label: `${unit}s expected`, key: 'expected', digits: 0, ratio: false, delivery: true },
    { label: `${unit}s delivered`, key: 'delivered', digits: 0, ratio: false, delivery: true },
    { label: 'lost', key: 'lost', digits: 0, ratio: false, delivery: true, target: zero },
    { label: 'duplicated', key: 'duplicates', digits: 0, ratio: false, delivery: true, target: zero },
    { label: 'misrouted', key: 'misrouted', digits: 0, ratio: false, delivery: true, target: zero },
    { label: 'socket problems (error frames, closes)', key: 'socketProblems', digits: 0, ratio: false, delivery: true, target: zero },
    {
      label: `delivered ${unit}s/s`,
      key: 'deliveredPerSec',
      digits: 0,
      ratio: true,
      delivery: true,
      target:
        workload === 'conversation'
          ? { text: '>= 0.6x floor', met: (_p, ratio) => ratio >= 0.6 }
          : { text: '>= 0.8x floor', met: (_p, ratio) => ratio >= 0.8 },
    },
    { label: 'latency p50, ms', key: 'latencyP50', digits: 1, ratio: true, delivery: true },
    { label: 'latency p95, ms', key: 'latencyP95', digits: 1, ratio: true, delivery: true },
    {
      label: 'latency p99, ms',
      key: 'latencyP99',
      digits: 1,
      ratio: true,
      target: workload === 'unicast' ? { text: '<= 1.5x floor', met: (_p, ratio) => ratio <= 1.5 } : undefined,
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
    ...(workload === 'writes' ? cpu('call', 'Call') : cpu(`delivered ${unit}`, 'Delivered')),
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
  return workload === 'memory' ? MEMORY_ROWS : rows(workload);
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
    if (row.ratio && floor[row.key]) out[row.key] = project[row.key]! / floor[row.key]!;
  }
  return out;
}

const MEMORY_ROWS: Row[] = [
  { label: 'after the measured loads, no sockets: RSS, MB', key: 'loadedRssMB', digits: 1, ratio: true },
  { label: 'after the measured loads, no sockets: heap used, MB', key: 'loadedHeapMB', digits: 1, ratio: true },
  { label: 'one more load: calls', key: 'repeatCalls', digits: 0, ratio: false },
  {
    label: 'one more load: lost, duplicated, misrouted',
    key: 'repeatWrong',
    digits: 0,
    ratio: false,
    target: { text: '0', met: (project) => project === 0 },
  },
  { label: 'after it, no sockets: RSS, MB', key: 'endRssMB', digits: 1, ratio: true },
  { label: 'after it, no sockets: heap used, MB', key: 'endHeapMB', digits: 1, ratio: true },
  { label: 'heap growth across it, MB', key: 'heapGrowthMB', digits: 2, ratio: false },
  {
    label: 'heap growth across it, %',
    key: 'heapGrowthPct',
    digits: 1,
    ratio: false,
    target: { text: '<= +10 %', met: (project) => project <= 10 },
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
    target: { text: '<= 12 KB', met: (project) => project <= 12 },
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
    let target = '';
    if (row.target && p !== undefined) {
      const needsRatio = row.target.text.includes('floor');
      if (row.latency && floorQueued) target = `${row.target.text} (not judged: the floor fell behind)`;
      else if (!needsRatio || r !== undefined) target = `${row.target.text} (${row.target.met(p, r ?? NaN) ? 'met' : 'MISSED'})`;
      else target = row.target.text;
    }
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
