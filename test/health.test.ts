import { expect, it } from 'vitest';
import { startTestServer } from './kit/server';

it('answers /health with 503 and the reason while the pub/sub broker is unreachable', async () => {
  // Nothing listens on port 1: Redis never answers, the database does.
  const server = await startTestServer({ REDIS_URL: 'redis://127.0.0.1:1' });
  const response = await fetch(`${server.url}/health`);
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: 'unavailable', database: 'ok', pubsub: 'the redis pub/sub did not answer' });
});
