// What the package costs a browser app: what the app imports, bundled and
// minified as a production browser build would ship it, with what it pulls in
// (graphql-ws, the parts of graphql it uses), but not the library the app
// already has for urql or Apollo.
// Run: npm run size -w client
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const bundles = [
  { name: '@realtime-api/client', sources: ['index'], external: [] },
  { name: '@realtime-api/client with /urql', sources: ['index', 'urql'], external: ['@urql/core'] },
  // Apollo Client brings graphql itself.
  { name: '@realtime-api/client with /apollo', sources: ['index', 'apollo'], external: ['@apollo/client', 'rxjs', 'graphql'] },
];
const bytes = (n) => `${n.toLocaleString('en')} bytes`;

for (const { name, sources, external } of bundles) {
  const { outputFiles, metafile } = await build({
    stdin: {
      contents: sources.map((source) => `export * from './${source}.ts';`).join('\n'),
      resolveDir: new URL('../src', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    // What bundlers set for production builds; graphql drops its development checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    metafile: true,
  });
  const code = outputFiles[0].contents;
  const without = external.length ? ` (without ${external.join(', ')})` : '';
  console.log(`${name}${without}: ${bytes(code.length)} minified, ${bytes(gzipSync(code, { level: 9 }).length)} gzipped`);
  // Minified bytes by where they come from: a package, or the client's own sources.
  const from = {};
  for (const [path, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
    const origin = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'the client';
    from[origin] = (from[origin] ?? 0) + bytesInOutput;
  }
  console.log(
    `  of which ${Object.entries(from)
      .map(([origin, n]) => `${origin} ${bytes(n)}`)
      .join(', ')}`,
  );
}
