// What /proc says about a process and the machine (Linux).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

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

/** CPU time the process used so far (user + system), in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) / CLOCK_TICKS) * 1000;
}

/** Busy and total CPU ticks of the whole machine, all cores. */
export function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

/** A CPU meter over a window: the server's CPU, this process's (the load generator) and the machine's. */
export class CpuWindow {
  private readonly start = performance.now();
  private readonly server: number;
  private readonly self = process.cpuUsage();
  private readonly machine = machineTicks();

  constructor(private readonly pid: number) {
    this.server = cpuMs(pid);
  }

  stop(): { seconds: number; serverMs: number; generatorMs: number; machineBusyPercent: number } {
    const seconds = (performance.now() - this.start) / 1000;
    const self = process.cpuUsage(this.self);
    const machine = machineTicks();
    const total = machine.total - this.machine.total;
    return {
      seconds,
      serverMs: cpuMs(this.pid) - this.server,
      generatorMs: (self.user + self.system) / 1000,
      machineBusyPercent: total > 0 ? ((machine.busy - this.machine.busy) / total) * 100 : 0,
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
