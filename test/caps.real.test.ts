import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RATE_RULES } from '../src/auth/rate-limits';
import { NotificationStream } from './kit/documents';
import { signUp } from './kit/fixtures';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { codes } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';
import { SseStream } from './kit/sse';

// Caps and rate limits hold across the instances of a deployment (one
// database, one Redis), not per instance: two instances together allow what one does.

const env = {
  MAX_SOCKETS_PER_USER: '2',
  MAX_SSE_STREAMS_PER_USER: '2',
  MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '2',
  TRUST_PROXY: 'on',
  RATE_LIMITS: 'on',
};
const [a, b] = await Promise.all([startTestServer(env), startTestServer(env)]);
const from = (address: string) => ({ headers: { 'x-real-ip': address } });

describe('across two instances', () => {
  it("closes the user's socket beyond MAX_SOCKETS_PER_USER with 4429, whichever instance it reaches; a closed one makes room", async () => {
    const user = await signUp(a, 'two-places');
    const onA = await TestSocket.connect(a.wsUrl, user.token);
    await TestSocket.connect(b.wsUrl, user.token);
    const third = await TestSocket.open(b.wsUrl);
    await expect(third.init(user.token)).rejects.toThrow(/closed with 4429/);

    onA.close();
    await onA.closed;
    await expect
      .poll(() =>
        TestSocket.connect(b.wsUrl, user.token).then(
          () => 'acknowledged',
          (error: Error) => error.message,
        ),
      )
      .toBe('acknowledged');
  });

  it("refuses the user's SSE subscription beyond MAX_SSE_STREAMS_PER_USER with RATE_LIMITED, whichever instance it reaches", async () => {
    const user = await signUp(a, 'two-streams');
    for (const server of [a, b]) {
      const stream = await SseStream.open<NotificationStreamSubscription, object>(server.httpUrl, NotificationStream, {}, user.token);
      expect((await stream.next()).data?.notifications.__typename).toBe('UnreadCount');
    }
    const third = await SseStream.open<NotificationStreamSubscription, object>(a.httpUrl, NotificationStream, {}, user.token);
    expect(await third.rest()).toEqual([
      { event: 'next', result: { errors: [expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } })] } },
      { event: 'complete' },
    ]);
  });

  it("closes an address's unauthenticated socket beyond MAX_ANONYMOUS_SOCKETS_PER_ADDRESS with 4429, whichever instance it reaches", async () => {
    await TestSocket.connect(a.wsUrl, undefined, from('192.0.2.7'));
    await TestSocket.connect(b.wsUrl, undefined, from('192.0.2.7'));
    const third = await TestSocket.open(a.wsUrl, from('192.0.2.7'));
    expect((await third.waitForClose()).code).toBe(4429);
    await TestSocket.connect(b.wsUrl, undefined, from('192.0.2.8'));
  });

  it('spends one allowance of sign-ins per address across both instances', async () => {
    const attempt = async (url: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from('192.0.2.9').headers },
        body: JSON.stringify({ query: 'mutation { login(email: "nobody@example.test", password: "wrong password") { token } }' }),
      });
      return codes((await response.json()) as FormattedExecutionResult)[0];
    };
    const half = RATE_RULES.login.points / 2;
    const outcomes = await Promise.all([
      ...Array.from({ length: half }, () => attempt(a.httpUrl)),
      ...Array.from({ length: half }, () => attempt(b.httpUrl)),
    ]);
    expect(outcomes.every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(await attempt(a.httpUrl)).toBe('RATE_LIMITED');
    expect(await attempt(b.httpUrl)).toBe('RATE_LIMITED');
  });
});
