import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RATE_RULES } from '../src/auth/rate-limits';
import { signUp, superAdmin, userWithRole } from './kit/fixtures';
import { graphql } from './kit/gql';
import { codes, gql, gqlData } from './kit/http';
import { startTestServer } from './kit/server';

const RateCreateOrder = graphql(`
  mutation RateCreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
    }
  }
`);

const RateAssign = graphql(`
  mutation RateAssign($orderId: ID!, $partnerId: ID!) {
    assignOrder(orderId: $orderId, partnerId: $partnerId) {
      id
    }
  }
`);

const RateStatus = graphql(`
  mutation RateStatus($orderId: ID!, $status: OrderStatus!) {
    updateOrderStatus(orderId: $orderId, status: $status) {
      status
    }
  }
`);

const RateLocation = graphql(`
  mutation RateLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {
    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)
  }
`);

const RateStartConversation = graphql(`
  mutation RateStartConversation($participantIds: [ID!]!) {
    startConversation(participantIds: $participantIds) {
      id
    }
  }
`);

const RateSendMessage = graphql(`
  mutation RateSendMessage($conversationId: ID!, $content: String!) {
    sendMessage(conversationId: $conversationId, content: $content) {
      id
    }
  }
`);

const RateTyping = graphql(`
  mutation RateTyping($conversationId: ID!, $isTyping: Boolean!) {
    setTyping(conversationId: $conversationId, isTyping: $isTyping)
  }
`);

/**
 * Fires `times` calls at once, so the bucket has no time to refill, and
 * returns how many went through and how many were RATE_LIMITED.
 */
async function burst(times: number, call: (i: number) => ReturnType<typeof gql>) {
  const outcomes = (await Promise.all(Array.from({ length: times }, (_, i) => call(i)))).map((result) => codes(result)[0] ?? 'ok');
  return { ok: outcomes.filter((o) => o === 'ok').length, limited: outcomes.filter((o) => o === 'RATE_LIMITED').length };
}

// The limits are on here, unlike in the other test files. The per-user tests come first: the
// per-address ones spend 127.0.0.1's sign-ins, which every server of this file shares in Redis.
const server = await startTestServer({ RATE_LIMITS: 'on' });

describe('per-user limits', () => {
  it('refuses location reports past the burst, for that partner only', async () => {
    const customer = await signUp(server, 'customer');
    const admin = await superAdmin(server);
    const partner = await userWithRole(server, 'PARTNER');
    const other = await userWithRole(server, 'PARTNER', 'other');
    const track = async (assignee: typeof partner) => {
      const { createOrder } = await gqlData(
        server.httpUrl,
        RateCreateOrder,
        { input: { description: 'd', priceCents: 100 } },
        customer.token,
      );
      await gqlData(server.httpUrl, RateAssign, { orderId: createOrder.id, partnerId: assignee.id }, admin.token);
      await gqlData(server.httpUrl, RateStatus, { orderId: createOrder.id, status: 'PICKED_UP' }, assignee.token);
      return createOrder.id;
    };
    const orderId = await track(partner);
    const otherOrderId = await track(other);

    const { points: allowed } = RATE_RULES.reportOrderLocation;
    const reports = await burst(allowed + 10, (i) =>
      gql(server.httpUrl, RateLocation, { orderId, latitude: 1, longitude: i }, partner.token),
    );
    expect(reports.ok).toBeGreaterThanOrEqual(allowed);
    expect(reports.limited).toBeGreaterThan(0);
    expect(reports.ok + reports.limited).toBe(allowed + 10);
    // Another partner is not slowed.
    expect(await gqlData(server.httpUrl, RateLocation, { orderId: otherOrderId, latitude: 2, longitude: 2 }, other.token)).toEqual({
      reportOrderLocation: true,
    });
  });
});

describe('per-user chat limits', () => {
  it('refuses messages and typing indicators past their bursts, for that user only', async () => {
    const chatty = await signUp(server, 'chatty');
    const calm = await signUp(server, 'calm');
    const { startConversation } = await gqlData(server.httpUrl, RateStartConversation, { participantIds: [calm.id] }, chatty.token);
    const conversationId = startConversation.id;

    const messages = await burst(RATE_RULES.sendMessage.points + 10, () =>
      gql(server.httpUrl, RateSendMessage, { conversationId, content: 'hi' }, chatty.token),
    );
    expect(messages.ok).toBeGreaterThanOrEqual(RATE_RULES.sendMessage.points);
    expect(messages.limited).toBeGreaterThan(0);

    const typing = await burst(RATE_RULES.setTyping.points + 10, () =>
      gql(server.httpUrl, RateTyping, { conversationId, isTyping: true }, chatty.token),
    );
    expect(typing.ok).toBeGreaterThanOrEqual(RATE_RULES.setTyping.points);
    expect(typing.limited).toBeGreaterThan(0);

    expect(codes(await gql(server.httpUrl, RateSendMessage, { conversationId, content: 'still here' }, calm.token))).toEqual([]);
  });
});

describe('per-address limits', () => {
  // Behind a proxy each test names a client address of its own: the tests above spent some of 127.0.0.1's sign-ins.
  const proxied = startTestServer({ RATE_LIMITS: 'on', TRUST_PROXY: 'on' });
  const attempt = async (url: string, realIp: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-real-ip': realIp },
      body: JSON.stringify({ query: 'mutation { login(email: "nobody@example.test", password: "wrong password") { token } }' }),
    });
    return (await response.json()) as FormattedExecutionResult;
  };
  const attemptCodes = async (url: string, realIp: string) => codes(await attempt(url, realIp));
  // At once: sign-ins refill slowly, but a slow machine should not refill one in between.
  const exhaust = (url: string, realIp: string) => Promise.all(Array.from({ length: RATE_RULES.login.points }, () => attempt(url, realIp)));

  it('refuses sign-in attempts past the burst with RATE_LIMITED and a retry hint', async () => {
    const { httpUrl } = await proxied;
    const results = await Promise.all(Array.from({ length: RATE_RULES.login.points + 5 }, () => attempt(httpUrl, '203.0.113.10')));
    const outcomes = results.map((result) => codes(result)[0]);
    // The burst is answered (wrong password); what comes past it is refused before any password is checked.
    expect(outcomes.filter((code) => code === 'UNAUTHENTICATED').length).toBeGreaterThanOrEqual(RATE_RULES.login.points);
    expect(outcomes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThan(0);
    const refused = results.find((result) => codes(result)[0] === 'RATE_LIMITED')!;
    expect(refused.errors?.[0]?.extensions?.['retryAfterMs']).toBeGreaterThan(0);
  });

  it('keys per-address limits on X-Real-IP with TRUST_PROXY=on, and ignores the header without it', async () => {
    const { httpUrl } = await proxied;
    await exhaust(httpUrl, '203.0.113.1');
    expect(await attemptCodes(httpUrl, '203.0.113.1')).toEqual(['RATE_LIMITED']);
    expect(await attemptCodes(httpUrl, '203.0.113.2')).toEqual(['UNAUTHENTICATED']);

    const direct = await startTestServer({ RATE_LIMITS: 'on' });
    await exhaust(direct.httpUrl, '203.0.113.1');
    // A client cannot escape the limit by naming another address.
    expect(await attemptCodes(direct.httpUrl, '203.0.113.2')).toEqual(['RATE_LIMITED']);
  });
});
