import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';

// A PostgreSQL server of the test's own, which the test may stop and start again:
// initdb into a temporary directory, then `postgres` on a port of its own. It needs
// PostgreSQL's server binaries (Debian's postgresql package; CI has them). PostgreSQL
// refuses to run as root, so as root it runs as the postgres user.

const directories: string[] = [];
afterAll(() => {
  for (const dir of directories) {
    // Immediate: the test is over, nothing there needs to be kept. It fails when the test left it stopped.
    try {
      execFileSync(...command('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  }
});

const bin = (name: string) => join(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim(), name);
const asRoot = process.getuid?.() === 0;
/** The command line that runs a PostgreSQL binary: as the postgres user when this process is root. */
const command = (name: string, args: string[]): [string, string[]] =>
  asRoot ? ['runuser', ['-u', 'postgres', '--', bin(name), ...args]] : [bin(name), args];

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:port/postgres */
  url: string;
  /** Stops the server (fast shutdown: open connections are cut). */
  stop(): Promise<void>;
  /** Starts it again on the same data; resolves once it accepts connections. */
  start(): Promise<void>;
}

export async function startPostgres(port: number): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-'));
  directories.push(dir);
  if (asRoot) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' })));
    chownSync(dir, uid!, gid!);
  }
  execFileSync(...command('initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '--no-sync']), { stdio: 'ignore' });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off`;
  const pgCtl = async (args: string[]) => {
    await promisify(execFile)(...command('pg_ctl', ['-D', dir, '-w', ...args]));
  };
  const start = () => pgCtl(['-o', options, '-l', join(dir, 'log'), 'start']);
  // Fast: open connections are cut, as when an operator stops the server.
  const stop = () => pgCtl(['-m', 'fast', 'stop']);
  await start();
  return { url, stop, start };
}
