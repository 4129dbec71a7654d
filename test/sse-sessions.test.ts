import { describe, expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify, signUp, superAdmin } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { SseStream } from './kit/sse';

// Subscriptions over Server-Sent Events are kept to what a socket is kept to:
// a revocation or an expired token ends them, and a user has only so many.

const SseRevoke = graphql(`
  mutation SseRevoke($userId: ID!) {
    revokeSessions(userId: $userId)
  }
`);

const server = await startTestServer({ MAX_SSE_STREAMS_PER_USER: '2' });
const admin = await superAdmin(server);

const open = (token: string) => SseStream.open<NotificationStreamSubscription, object>(server.httpUrl, NotificationStream, {}, token);

async function expectSnapshot(stream: SseStream<NotificationStreamSubscription>): Promise<void> {
  expect((await stream.next()).data?.notifications.__typename).toBe('UnreadCount');
}

describe('an SSE subscription', () => {
  it('ends with UNAUTHENTICATED when its sessions are revoked, and nothing published after reaches it', async () => {
    const user = await signUp(server, 'sse-revoked');
    const stream = await open(user.token);
    await expectSnapshot(stream);
    await notify(server.httpUrl, admin.token, user.id, 'before');
    expect((await stream.next()).data?.notifications).toMatchObject({ notification: { title: 'before' } });

    await gqlData(server.httpUrl, SseRevoke, { userId: user.id }, admin.token);
    await notify(server.httpUrl, admin.token, user.id, 'after-revoke');
    expect(await stream.rest()).toEqual([
      { event: 'next', result: { errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] } },
      { event: 'complete' },
    ]);
  });

  it('ends with UNAUTHENTICATED when its token expires, as a socket is closed then', async () => {
    const shortLived = await startTestServer({ JWT_TTL: '2' });
    const user = await signUp(shortLived, 'sse-expiring');
    const stream = await SseStream.open<NotificationStreamSubscription, object>(shortLived.httpUrl, NotificationStream, {}, user.token);
    await expectSnapshot(stream);
    const [ending, complete] = await stream.rest(5_000);
    expect(ending).toEqual({ event: 'next', result: { errors: [expect.objectContaining({ message: expect.stringMatching(/expired/) })] } });
    expect(ending?.event === 'next' && ending.result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(complete).toEqual({ event: 'complete' });
  });

  it('is refused with RATE_LIMITED past MAX_SSE_STREAMS_PER_USER, and a closed one makes room', async () => {
    const user = await signUp(server, 'sse-many');
    const [first, second] = [await open(user.token), await open(user.token)];
    await expectSnapshot(first!);
    await expectSnapshot(second!);

    const third = await open(user.token);
    expect(await third.rest()).toEqual([
      { event: 'next', result: { errors: [expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } })] } },
      { event: 'complete' },
    ]);
    // Somebody else has their own.
    await expectSnapshot(await open((await signUp(server, 'sse-other')).token));

    first!.close();
    await expect
      .poll(async () => {
        const again = await open(user.token);
        const event = await again.take();
        again.close();
        return event.event === 'next' && event.result.data?.notifications.__typename;
      })
      .toBe('UnreadCount');
  });
});
