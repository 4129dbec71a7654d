import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

// The browser project's global setup: the web app built from the sources as they are now, into a
// directory of its own (web/dist may be stale, or another run may be reading it), for the servers
// the browser tests start (WEB_DIR).

declare module 'vitest' {
  export interface ProvidedContext {
    webDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'web-build-'));
  // Vite takes NODE_ENV from the environment over the mode, and vitest sets it to `test`: React's
  // development build would be tested instead of the one npm start serves.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: join(import.meta.dirname, '..', '..', 'web', 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  project.provide('webDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
