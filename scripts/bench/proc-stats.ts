// What /proc says about a process and the machine (Linux).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { sleep } from './stats';

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Resident memory of the process in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** A process's command name (comm) and the fields of /proc/<pid>/stat after it. */
function readStat(pid: number | string): { command: string; fields: string[] } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name sits in parentheses and may itself hold spaces and parentheses.
  const end = stat.lastIndexOf(')');
  return { command: stat.slice(stat.indexOf('(') + 1, end), fields: stat.slice(end + 2).split(' ') };
}

// Where readStat's fields hold utime and stime (proc(5) fields 14 and 15), then cutime and cstime: those of exited children.
const OWN = 11;
const CHILDREN = 13;

/** user + system ticks from `at`: the process's own (OWN) or its exited children's (CHILDREN). */
function ticksAt(fields: string[], at: number): number {
  return Number(fields[at]) + Number(fields[at + 1]);
}

function ticksToMs(ticks: number): number {
  return (ticks / CLOCK_TICKS) * 1000;
}

/** CPU time the process used so far (user + system), in milliseconds. */
export function cpuMs(pid: number): number {
  const { fields } = readStat(pid);
  return ticksToMs(ticksAt(fields, OWN));
}

// How often untilQuiet reads the processes' CPU.
const QUIET_STEP_MS = 250;

function totalCpuMs(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
}

/**
 * Waits until the processes have used at most `idlePercent` of one core,
 * together, over the last `quietMs`, or until `maxMs` has passed; the seconds
 * waited, and whether they went quiet.
 */
export async function untilQuiet(
  pids: number[],
  { quietMs, maxMs, idlePercent }: { quietMs: number; maxMs: number; idlePercent: number },
): Promise<{ seconds: number; quiet: boolean }> {
  const started = performance.now();
  // CPU used so far, sampled every step; the window is the samples of the last quietMs.
  const samples: { at: number; ms: number }[] = [{ at: started, ms: totalCpuMs(pids) }];
  for (;;) {
    await sleep(QUIET_STEP_MS);
    const now = performance.now();
    samples.push({ at: now, ms: totalCpuMs(pids) });
    while (samples.length > 1 && now - samples[1]!.at >= quietMs) samples.shift();
    const windowMs = now - samples[0]!.at;
    const quiet = windowMs >= quietMs && samples.at(-1)!.ms - samples[0]!.ms <= (windowMs * idlePercent) / 100;
    if (quiet || now - started >= maxMs) return { seconds: (now - started) / 1000, quiet };
  }
}

/**
 * CPU time so far, in milliseconds, of every process on this machine whose
 * command is `command`, with the time of their children that have exited
 * (PostgreSQL's backends come and go under the postmaster, which reaps them);
 * undefined when no such process runs here.
 */
export function commandCpuMs(command: string): number | undefined {
  let ticks = 0;
  let found = false;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: ReturnType<typeof readStat>;
    try {
      stat = readStat(entry);
    } catch {
      continue; // it exited meanwhile
    }
    if (stat.command !== command) continue;
    found = true;
    ticks += ticksAt(stat.fields, OWN) + ticksAt(stat.fields, CHILDREN);
  }
  return found ? ticksToMs(ticks) : undefined;
}

/**
 * Connections the kernel dropped because a listening socket's accept queue
 * was full (TcpExt ListenOverflows, /proc/net/netstat), on the whole machine:
 * each such client waits for its SYN to be sent again, 1, 3, 7, 15 s later.
 */
export function listenOverflows(): number {
  const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n');
  const header = lines.findIndex((line) => line.startsWith('TcpExt:'));
  const names = lines[header]!.split(/\s+/);
  const values = lines[header + 1]!.split(/\s+/);
  return Number(values[names.indexOf('ListenOverflows')]);
}

/** Busy and total CPU ticks of the whole machine, all cores. */
export function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

/** A service the servers use that runs on this machine: its name in the figures and its processes' command. */
export interface LocalService {
  name: string;
  command: string;
}

/**
 * A CPU meter over a window: the server's CPU, this process's (the load
 * generator), the machine's, and that of the local services the server
 * works through (PostgreSQL, Redis), whose share of the cost of an event
 * the server's own CPU leaves out.
 */
export class CpuWindow {
  private readonly start = performance.now();
  private readonly server: number;
  private readonly others: number;
  private readonly self = process.cpuUsage();
  private readonly machine = machineTicks();
  private readonly services: Map<LocalService, number>;

  /** `otherPids`: the servers not under load, which should stay idle meanwhile. */
  constructor(
    private readonly pid: number,
    services: LocalService[],
    private readonly otherPids: number[],
  ) {
    this.server = cpuMs(pid);
    this.others = totalCpuMs(otherPids);
    this.services = new Map(services.map((service) => [service, commandCpuMs(service.command) ?? NaN]));
  }

  stop(): {
    seconds: number;
    serverMs: number;
    othersMs: number;
    generatorMs: number;
    machineBusyPercent: number;
    servicesMs: Record<string, number>;
  } {
    const seconds = (performance.now() - this.start) / 1000;
    const self = process.cpuUsage(this.self);
    const machine = machineTicks();
    const total = machine.total - this.machine.total;
    const servicesMs: Record<string, number> = {};
    for (const [service, before] of this.services) servicesMs[service.name] = (commandCpuMs(service.command) ?? NaN) - before;
    return {
      seconds,
      serverMs: cpuMs(this.pid) - this.server,
      othersMs: totalCpuMs(this.otherPids) - this.others,
      generatorMs: (self.user + self.system) / 1000,
      machineBusyPercent: total > 0 ? ((machine.busy - this.machine.busy) / total) * 100 : 0,
      servicesMs,
    };
  }
}

/** Samples a process's RSS until stopped; the peak. */
export function sampleRss(pid: number, everyMs = 250): { stop(): number } {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, rssBytes(pid));
    } catch {
      // The process is gone; the caller notices elsewhere.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

export function machine(): { cores: number; cpuModel: string; memoryMB: number; node: string; platform: string } {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryMB: Math.round(totalmem() / 2 ** 20),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
