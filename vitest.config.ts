import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Two projects run the same tests: `embedded` (PGlite, in-process pub/sub),
// always; `real` (PostgreSQL and Redis) when DATABASE_URL and REDIS_URL are
// set, together with the tests that need several server instances.
const real = Boolean(process.env['DATABASE_URL'] && process.env['REDIS_URL']);

if (!real) {
  if (process.env['REQUIRE_REAL_SERVICES']) {
    throw new Error('REQUIRE_REAL_SERVICES is set but DATABASE_URL or REDIS_URL is not');
  }
}
if (!real && !process.env['VITEST_SKIP_NOTICE_SHOWN']) {
  // Vitest reads this file more than once; say it once.
  process.env['VITEST_SKIP_NOTICE_SHOWN'] = '1';
  console.warn(
    '\n  SKIPPED: the tests against real PostgreSQL and Redis (including every multi-instance test).\n' +
      '  To run them: docker compose up -d postgres redis, then\n' +
      '  DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379 npm test\n',
  );
}

const common = { testTimeout: 30_000, hookTimeout: 60_000, include: ['test/**/*.test.ts'] };

export default defineConfig({
  // Node loads graphql's CommonJS build for the libraries; Vite would give our
  // code the .mjs build, and graphql refuses to mix two copies of itself.
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
      // The client package from its sources, unbuilt.
      { find: /^@realtime-api\/client$/, replacement: new URL('client/src/index.ts', import.meta.url).pathname },
      { find: /^@realtime-api\/client\/(.*)$/, replacement: new URL('client/src/$1.ts', import.meta.url).pathname },
    ],
  },
  test: {
    projects: [
      { extends: true, test: { ...common, name: 'embedded', env: { TEST_MODE: 'embedded' }, exclude: ['test/**/*.real.test.ts'] } },
      ...(real
        ? [{ extends: true as const, test: { ...common, name: 'real', env: { TEST_MODE: 'real' }, include: ['test/**/*.test.ts'] } }]
        : []),
    ],
  },
});
