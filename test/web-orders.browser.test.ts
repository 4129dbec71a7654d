import { expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn, startWebServer } from './kit/browser';
import { signUp, userWithRole } from './kit/fixtures';
import { graphql } from './kit/gql';
import { gqlData } from './kit/http';

// The customer's order page as the partner works the order in another context.

const WebOrderCreate = graphql(`
  mutation WebOrderCreate($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
    }
  }
`);

const WebOrderAssign = graphql(`
  mutation WebOrderAssign($orderId: ID!, $partnerId: ID!) {
    assignOrder(orderId: $orderId, partnerId: $partnerId) {
      status
    }
  }
`);

it("moves the customer's timeline and trail as the partner acts", async () => {
  const server = await startWebServer();
  const http = { httpUrl: server.url };
  const [customer, partner, admin] = await Promise.all([
    signUp(http, 'cleo'),
    userWithRole(http, 'PARTNER', 'pat'),
    userWithRole(http, 'ADMIN'),
  ]);
  const { createOrder } = await gqlData(
    server.url,
    WebOrderCreate,
    { input: { description: '3 shirts, 1 duvet', priceCents: 2450 } },
    customer.token,
  );
  const browser = await launchBrowser();
  const [customerPage, partnerPage] = await Promise.all([newPage(browser, { phone: true }), newPage(browser)]);
  await signIn(customerPage.page, server.base, customer);
  await signIn(partnerPage.page, server.base, partner);
  const { page: customerView } = customerPage;
  const { page: partnerView } = partnerPage;
  await customerView.goto(`${server.base}/orders/${createOrder.id}`);
  const reached = () =>
    customerView.locator('.timeline [data-reached="true"]').evaluateAll((steps) => steps.map((step) => step.getAttribute('data-step')));
  // evaluateAll does not wait for the trail to exist: before the first position there is none.
  const trailPoints = () => customerView.locator('svg.trail').evaluateAll((trails) => Number(trails[0]?.getAttribute('data-points') ?? 0));
  await expect.poll(reached, { timeout: 15_000 }).toEqual(['PENDING']);

  // An admin assigns it: the partner's list shows it, the customer's timeline moves.
  await gqlData(server.url, WebOrderAssign, { orderId: createOrder.id, partnerId: partner.id }, admin.token);
  await expect.poll(reached, { timeout: 15_000 }).toEqual(['PENDING', 'CONFIRMED']);
  await partnerView.getByRole('link', { name: 'Orders' }).click();
  const order = partnerView.locator(`li[data-order-id="${createOrder.id}"]`);
  await order.getByRole('button', { name: 'Mark picked up' }).click();
  await expect.poll(reached, { timeout: 15_000 }).toEqual(['PENDING', 'CONFIRMED', 'PICKED_UP']);
  expect(await trailPoints()).toBe(0);

  // The partner drives: one position a second reaches the customer's trail.
  await order.getByRole('button', { name: 'Start a simulated drive' }).click();
  await expect.poll(trailPoints, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  await order.getByRole('button', { name: 'Stop the simulated drive' }).click();
  const path = await customerView.locator('svg.trail polyline').getAttribute('points');
  expect(new Set(path!.split(' ')).size).toBeGreaterThanOrEqual(3);

  await order.getByRole('button', { name: 'Mark in process' }).click();
  await expect.poll(reached, { timeout: 15_000 }).toEqual(['PENDING', 'CONFIRMED', 'PICKED_UP', 'IN_PROCESS']);
  expect(await customerView.locator('.timeline [aria-current="step"]').getAttribute('data-step')).toBe('IN_PROCESS');
  await screenshot(customerView, 'order-customer');
  await screenshot(partnerView, 'order-partner');
  expect([...customerPage.errors, ...partnerPage.errors]).toEqual([]);
});
