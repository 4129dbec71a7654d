// The two servers under test, each a child process that logs a JSON "listening" line with its URL.
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerChild {
  name: string;
  pid: number;
  /** The fields of the "listening" line (url, and for the project database and pubsub). */
  listening: { url: string; [field: string]: unknown };
  /** The inspector's WebSocket URL when the process runs with --inspect (to force a full GC before reading memory). */
  inspectorUrl(): string | undefined;
  /** The last few tens of kilobytes the process wrote, for error reports. */
  output(): string;
  /** Lines the process wrote at warn level or above (pino level >= 40) or that are not JSON. */
  complaints(): string[];
  /** SIGTERM, then SIGKILL if it has not exited after graceMs. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL now: the process dies without closing anything (the storm's lost instance). */
  kill(): void;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();
const KEEP_OUTPUT = 64 * 1024;

/** Kills every child still running, at once; for exit paths that cannot wait. */
export function killAllNow(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Spawns `node <args>` with only `env` (and PATH) as its environment; resolves once it logs that it listens. */
export async function startChild(
  name: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs = 60_000,
): Promise<ServerChild> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    // stdin is a pipe the floor watches: it exits when this process goes away.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  let output = '';
  let partial = '';
  const complaints: string[] = [];
  let listening: ServerChild['listening'] | undefined;
  let inspectorUrl: string | undefined;
  const onChunk = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-KEEP_OUTPUT);
    const lines = (partial + text).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      if (!line.trim()) continue;
      let entry: Record<string, unknown> | undefined;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        entry = undefined;
      }
      const inspector = /^Debugger listening on (ws:\/\/\S+)/.exec(line);
      if (inspector) inspectorUrl = inspector[1];
      if (inspector || /^For help, see: https:\/\/nodejs.org/.test(line) || /^Debugger (attached|ending)/.test(line)) continue;
      if (entry?.['msg'] === 'listening' && typeof entry['url'] === 'string') listening = entry as ServerChild['listening'];
      else if (!entry || (typeof entry['level'] === 'number' && entry['level'] >= 40)) {
        if (complaints.length < 200) complaints.push(line.slice(0, 2_000));
      }
    }
  };
  child.stdout!.on('data', onChunk);
  child.stderr!.on('data', onChunk);

  const stop = async (graceMs = 5_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  while (!listening) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited before listening:\n${output}`);
    if (Date.now() > deadline) {
      await stop(1_000);
      throw new Error(`${name} did not listen within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    name,
    pid: child.pid!,
    listening,
    inspectorUrl: () => inspectorUrl,
    output: () => output,
    complaints: () => [...complaints],
    stop,
    kill: () => child.kill('SIGKILL'),
    exited,
  };
}
