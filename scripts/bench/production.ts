// What the production command holds idle: `npm run build`, then `node dist/main.js` (no tsx, no inspector).
import { execFileSync } from 'node:child_process';
import type { ServerChild } from './children';
import { rssBytes, untilQuiet } from './proc-stats';
import { sleep } from './stats';

// V8 frees what starting up left behind only once allocation has been low for a while (its memory
// reducer, 10 to 20 s after start on this machine), so what an idle instance holds is read later.
const IDLE_AFTER_MS = 60_000;

/**
 * VmRSS of dist/main.js, built by `npm run build`, on the run's migrated
 * database with no socket and no request: `atStart` once it has been quiet
 * (at most 1 % of a core) for 2 s, at most 30 s after it listened, and
 * `aMinuteIn` a minute after it listened; then it is stopped. `start` spawns it
 * as the run's other servers.
 */
export async function productionRss(
  root: string,
  start: (label: string, args: string[]) => Promise<ServerChild>,
): Promise<{ atStart: number; aMinuteIn: number }> {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const server = await start('project (production build)', ['dist/main.js']);
  const listened = performance.now();
  try {
    await untilQuiet([server.pid], { quietMs: 2_000, maxMs: 30_000, idlePercent: 1 });
    const atStart = rssBytes(server.pid);
    await sleep(IDLE_AFTER_MS - (performance.now() - listened));
    return { atStart, aMinuteIn: rssBytes(server.pid) };
  } finally {
    await server.stop();
  }
}
