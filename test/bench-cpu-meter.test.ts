// The benchmark's meter of local services' CPU (PostgreSQL's backends come and go, and must still count).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { commandCpuMs } from '../scripts/bench/proc-stats';

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
