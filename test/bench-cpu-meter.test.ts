// The benchmark's meter of local services' CPU (PostgreSQL's backends come and go, and must still count).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { commandCpuMs, untilQuiet } from '../scripts/bench/proc-stats';

const BURN_MS = 300;

describe('commandCpuMs', () => {
  it('is undefined when no process runs the command', () => {
    expect(commandCpuMs(`absent-${randomBytes(4).toString('hex')}`)).toBeUndefined();
  });

  it("counts the time of a process's children that have exited, as a postmaster's backends", async () => {
    const command = `meter-${randomBytes(4).toString('hex')}`;
    // A parent that names itself `command`, starts a child of the same name that burns CPU and exits, then waits.
    const child = `process.title = ${JSON.stringify(command)}; const t = Date.now(); while (Date.now() - t < ${BURN_MS}) {}`;
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
      expect(commandCpuMs(command)).toBeGreaterThanOrEqual(BURN_MS * 0.8);
    } finally {
      parent.kill();
    }
  });
});

describe('untilQuiet', () => {
  /** Runs `check` on a node process that burns CPU for `burnMs` (-1: until killed), then idles. */
  async function withBurner(burnMs: number, check: (pid: number) => Promise<void>): Promise<void> {
    const script = `const t = Date.now(); while (${burnMs} < 0 || Date.now() - t < ${burnMs}) {} setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    try {
      await check(child.pid!);
    } finally {
      child.kill();
    }
  }

  it('waits out a process that works, and returns once it has been idle for the quiet time', () =>
    withBurner(1_500, async (pid) => {
      const { seconds, quiet } = await untilQuiet([pid], { quietMs: 1_000, maxMs: 10_000, idlePercent: 5 });
      expect(quiet).toBe(true);
      expect(seconds).toBeGreaterThanOrEqual(2.4);
    }));

  it('gives up after the longest wait when a process never goes quiet', () =>
    withBurner(-1, async (pid) => {
      const { seconds, quiet } = await untilQuiet([pid], { quietMs: 500, maxMs: 1_500, idlePercent: 5 });
      expect(quiet).toBe(false);
      expect(seconds).toBeGreaterThanOrEqual(1.5);
    }));
});
