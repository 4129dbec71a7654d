import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { servicesEnv } from './server';

// The server (or another of the project's programs) as a process of its own, configured by its environment.

const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
});

export interface ServerProcess {
  child: ChildProcess;
  /** http://host:port/graphql, as the server logged it when listening. */
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  /** The exit code; null when a signal ended it. */
  exited: Promise<number | null>;
}

/** The project's directory. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** How to start a process: a command and the directory it runs in. */
export interface Launch {
  command: readonly string[];
  cwd: string;
}

/** The server from its TypeScript sources, as `npm start` runs it. */
export const FROM_SOURCES: Launch = { command: [process.execPath, '--import', 'tsx', 'src/main.ts'], cwd: ROOT };

/**
 * Spawns the server from its sources, or what `launch` says, with only PATH and `env` as its environment;
 * its output is kept, not printed, and it is killed after the file's tests.
 */
export function run(
  env: Record<string, string>,
  { command: [file, ...args], cwd }: Launch = FROM_SOURCES,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(file!, args, {
    cwd,
    env: { PATH: process.env['PATH'], ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Starts a server process on a free port with the file's services (servicesEnv()); resolves once it listens. */
export async function startProcess(env: Record<string, string>, launch?: Launch): Promise<ServerProcess> {
  const { child, output, exited } = run({ PORT: '0', LOG_LEVEL: 'info', RATE_LIMITS: 'off', ...(await servicesEnv()), ...env }, launch);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const listening = output()
      .split('\n')
      .map((line) => /"msg":"listening"/.test(line) && (JSON.parse(line) as { url: string }).url)
      .find(Boolean);
    if (listening) return { child, url: listening, output, exited };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not start:\n${output()}`);
}
