import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './kit/server';

const server = await startTestServer();

// Read through Linux's ss and /proc.
describe.runIf(process.platform === 'linux')('the listening socket', () => {
  it("queues as many connections as the kernel allows, not Node's 511: the clients of a lost instance come back together", () => {
    const { port } = new URL(server.httpUrl);
    // For a listening socket, ss shows its accept queue's size as Send-Q.
    const [line] = execFileSync('ss', ['-ltnH', `sport = :${port}`], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const backlog = Number(line!.trim().split(/\s+/)[2]);
    const somaxconn = Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8'));
    expect(backlog).toBe(somaxconn);
    expect(backlog).toBeGreaterThan(511);
  });
});
