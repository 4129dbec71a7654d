import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Two projects run the same tests: `embedded` (PGlite, in-process pub/sub),
// always; `real` (PostgreSQL and Redis) when DATABASE_URL and REDIS_URL are
// set, together with the tests that need several server instances. A third,
// `browser`, runs the web app's tests in Chromium once, against the real
// services when they are set, else embedded.
const real = Boolean(process.env['DATABASE_URL'] && process.env['REDIS_URL']);
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// CI (REQUIRE_REAL_SERVICES) runs them whether or not Chromium is there: missing, they fail.
const browser = existsSync(chromium) || Boolean(process.env['REQUIRE_REAL_SERVICES']);
const BROWSER_TESTS = 'test/**/*.browser.test.ts';

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
if (!browser && !process.env['VITEST_BROWSER_NOTICE_SHOWN']) {
  process.env['VITEST_BROWSER_NOTICE_SHOWN'] = '1';
  console.warn(`\n  SKIPPED: the web app's browser tests (no Chromium at ${chromium}; apt-get install chromium, or set CHROMIUM_PATH).\n`);
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
      {
        extends: true,
        test: { ...common, name: 'embedded', env: { TEST_MODE: 'embedded' }, exclude: ['test/**/*.real.test.ts', BROWSER_TESTS] },
      },
      ...(real
        ? [{ extends: true as const, test: { ...common, name: 'real', env: { TEST_MODE: 'real' }, exclude: [BROWSER_TESTS] } }]
        : []),
      ...(browser
        ? [
            {
              extends: true as const,
              test: {
                name: 'browser',
                include: [BROWSER_TESTS],
                env: { TEST_MODE: real ? 'real' : 'embedded' },
                globalSetup: ['test/kit/web-build.ts'],
                // One browser and one server at a time: each file starts both, and a page waits on what it shows.
                fileParallelism: false,
                testTimeout: 90_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
