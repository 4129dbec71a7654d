// The benchmark's meter of local services' CPU (PostgreSQL's backends come and go, and must still count).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { commandCpuMs, cpuMs, untilQuiet } from '../scripts/bench/proc-stats';

// The children burn an amount of CPU time, not of wall time, so what they use is the same on a busy
// machine, where they get a small share of a core, as on an idle one.
const BURN_MS = 300;
// /proc counts CPU time in ticks of 10 ms, for user and system apiece.
const ROUNDING_MS = 20;

/** Node code that keeps a core busy until its process has used `ms` of CPU time, user and system. */
function burnCpu(ms: number): string {
  return `for (let u = process.cpuUsage(); u.user + u.system < ${ms * 1000}; u = process.cpuUsage()) {}`;
}

describe('commandCpuMs', () => {
  it('is undefined when no process runs the command', () => {
    expect(commandCpuMs(`absent-${randomBytes(4).toString('hex')}`)).toBeUndefined();
  });

  it("counts the time of a process's children that have exited, as a postmaster's backends", async () => {
    const command = `meter-${randomBytes(4).toString('hex')}`;
    // A parent that names itself `command`, starts a child of the same name that burns CPU and exits, then waits.
    const child = `process.title = ${JSON.stringify(command)}; ${burnCpu(BURN_MS)}`;
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `process.title = ${JSON.stringify(command)};
         const c = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'ignore' });
         c.on('exit', () => { console.log('reaped'); setInterval(() => {}, 1000); });`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await once(parent.stdout, 'data');
      // The parent itself used little; the exited child's burn is in its cutime.
      expect(commandCpuMs(command)).toBeGreaterThanOrEqual(BURN_MS - ROUNDING_MS);
    } finally {
      parent.kill();
    }
  });
});

describe('untilQuiet', () => {
  /** Runs `check` on a node process that runs `work`, then idles. */
  async function withBurner(work: string, check: (pid: number) => Promise<void>): Promise<void> {
    const child = spawn(process.execPath, ['-e', `${work} setInterval(() => {}, 1000);`], { stdio: 'ignore' });
    try {
      await check(child.pid!);
    } finally {
      child.kill();
    }
  }

  // A burning process gets its share of the cores: a sixth of one at a load of 12 on 2 cores, more than
  // 2 % until the load nears 100. Below that share, a burner starved by a busy machine passes for quiet.
  const idlePercent = 2;

  it('waits out a process that works, and returns once it has been idle for the quiet time', () =>
    withBurner(burnCpu(BURN_MS), async (pid) => {
      const { seconds, quiet } = await untilQuiet([pid], { quietMs: 1_000, maxMs: 20_000, idlePercent });
      expect(quiet).toBe(true);
      expect(seconds).toBeGreaterThanOrEqual(1);
      // It did not take the work for quiet: all of it was done when untilQuiet returned.
      expect(cpuMs(pid)).toBeGreaterThanOrEqual(BURN_MS - ROUNDING_MS);
    }));

  it('gives up after the longest wait when a process never goes quiet', () =>
    withBurner('for (;;) {}', async (pid) => {
      const { seconds, quiet } = await untilQuiet([pid], { quietMs: 500, maxMs: 1_500, idlePercent });
      expect(quiet).toBe(false);
      expect(seconds).toBeGreaterThanOrEqual(1.5);
    }));
});
