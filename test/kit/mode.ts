// Which services the tests run against: the vitest project sets TEST_MODE.

export type TestMode = 'embedded' | 'real';

export const mode: TestMode = process.env['TEST_MODE'] === 'real' ? 'real' : 'embedded';

/** The real servers, in the real project (vitest.config.ts only defines it when both URLs are set). */
export const realServices = {
  databaseUrl: process.env['DATABASE_URL'] ?? '',
  redisUrl: process.env['REDIS_URL'] ?? '',
};
