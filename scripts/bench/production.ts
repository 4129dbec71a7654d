// What the production command holds idle: `npm run build`, then `node dist/main.js` (no tsx, no inspector).
import { execFileSync } from 'node:child_process';
import type { ServerChild } from './children';
import { rssBytes, untilQuiet } from './proc-stats';

/**
 * VmRSS of dist/main.js, built by `npm run build`, right after it started
 * on the run's migrated database, with no socket and no request: read once
 * it has been quiet (at most 1 % of a core) for 2 s, at most 30 s after it
 * listened, then stopped. `start` spawns it as the run's other servers.
 */
export async function productionIdleRss(root: string, start: (label: string, args: string[]) => Promise<ServerChild>): Promise<number> {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const server = await start('project (production build)', ['dist/main.js']);
  try {
    await untilQuiet([server.pid], { quietMs: 2_000, maxMs: 30_000, idlePercent: 1 });
    return rssBytes(server.pid);
  } finally {
    await server.stop();
  }
}
