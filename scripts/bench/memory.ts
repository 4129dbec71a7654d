// A server's memory after a full garbage collection, forced through its inspector (--inspect=127.0.0.1:0).
// RSS read a few seconds after a load says as much about when V8 last collected as about what the
// server keeps; after a forced collection, what idle sockets hold is exact.
import WebSocket from 'ws';
import type { ServerChild } from './children';
import { rssBytes } from './proc-stats';

export interface MemoryReading {
  rss: number;
  /** V8 heap in use, bytes. */
  heapUsed: number;
}

/** Sends inspector commands in order over one short session; their results. */
async function inspect(url: string, commands: { method: string; params?: object }[], timeoutMs = 30_000): Promise<unknown[]> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  try {
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const results: unknown[] = [];
    for (const [i, { method, params }] of commands.entries()) {
      results.push(
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`inspector: no answer to ${method} within ${timeoutMs} ms`)), timeoutMs);
          const onMessage = (data: WebSocket.RawData) => {
            const message = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: { message: string } };
            if (message.id !== i + 1) return;
            clearTimeout(timer);
            ws.off('message', onMessage);
            if (message.error) reject(new Error(`inspector: ${method}: ${message.error.message}`));
            else resolve(message.result);
          };
          ws.on('message', onMessage);
          ws.send(JSON.stringify({ id: i + 1, method, params }));
        }),
      );
    }
    return results;
  } finally {
    ws.terminate();
  }
}

/**
 * RSS and V8 heap in use right after HeapProfiler.collectGarbage (a full,
 * memory-reducing collection that also hands free pages back); undefined when
 * the child runs without an inspector. Forced only once every measured load
 * is over, never before one, not even on a server that has just started: it
 * leaves V8 a small heap to grow again, which costs the project measurably
 * more CPU per event for a while (about 15 % in the conversation workload),
 * and one forced at start raised the project's p99 in the loads after it
 * (36 against 23 ms at the median of 12 alternating pairs, higher in 11).
 */
export async function readMemoryAfterGc(child: ServerChild): Promise<MemoryReading | undefined> {
  const url = child.inspectorUrl();
  if (!url) return undefined;
  const [, usage] = await inspect(url, [{ method: 'HeapProfiler.collectGarbage' }, { method: 'Runtime.getHeapUsage' }]);
  return { rss: rssBytes(child.pid), heapUsed: (usage as { usedSize: number }).usedSize };
}
