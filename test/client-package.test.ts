import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { ROOT } from './kit/process';

// The client package as npm would publish it (its package.json and a fresh build, in a directory of its
// own), imported by its name with Node: what the tests, which run its sources, cannot show.

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

// Nothing here depends on the services; it runs in both projects all the same, for CI skips no test.
it('builds to ESM that Node imports by each of its exports, and the plain entry needs no urql, Apollo or rxjs', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'realtime-client-'));
  try {
    await cp(join(ROOT, 'client', 'package.json'), join(dir, 'package.json'));
    await run(process.execPath, [tsc, '-p', join(ROOT, 'client', 'tsconfig.build.json'), '--outDir', join(dir, 'dist')]);
    // What an app's node_modules would hold beside the package: its peers.
    await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));

    const { exports } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
      exports: Record<string, { types: string; default: string }>;
    };
    expect(Object.keys(exports)).toEqual(['.', './urql', './apollo']);
    for (const { types, default: code } of Object.values(exports))
      expect([types, code].filter((file) => !existsSync(join(dir, file)))).toEqual([]);

    // Run from inside the directory, a module names its own package: Node resolves it through "exports".
    const script = `
      const [plain, urql, apollo] = await Promise.all(['', '/urql', '/apollo'].map((entry) => import('@realtime-api/client' + entry)));
      console.log(JSON.stringify({
        plain: Object.keys(plain), urql: Object.keys(urql), apollo: Object.keys(apollo),
        implementers: plain.possibleTypes.RealtimeEvent.length,
      }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({
      plain: ['createRealtimeClient', 'possibleTypes', 'tokenExpiry'],
      urql: ['realtimeExchange'],
      apollo: ['RealtimeLink'],
      implementers: 22,
    });

    const { metafile } = await build({
      entryPoints: [join(dir, 'dist', 'index.js')],
      bundle: true,
      packages: 'external',
      format: 'esm',
      write: false,
      metafile: true,
    });
    const packages = Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path));
    expect([...new Set(packages)].sort()).toEqual(['graphql', 'graphql-ws']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
