import { expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn, startWebServer } from './kit/browser';
import { notify, superAdmin, userWithRole } from './kit/fixtures';

// The super admin's bell: its count rises as admins send notifications, and "Mark all read" clears it.

it("raises the bell's count as an admin sends notifications, and clears it with mark all read", async () => {
  const server = await startWebServer();
  const http = { httpUrl: server.url };
  const [root, admin] = await Promise.all([superAdmin(http), userWithRole(http, 'ADMIN', 'ada')]);
  const browser = await launchBrowser();
  const [rootPage, adminPage] = await Promise.all([newPage(browser), newPage(browser, { phone: true })]);
  await signIn(rootPage.page, server.base, root);
  await signIn(adminPage.page, server.base, admin);
  const bell = rootPage.page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
  await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications, 0 unread');

  // The admin sends one from the app's Notify screen...
  const { page: adminView } = adminPage;
  await adminView.getByRole('link', { name: 'Notify' }).click();
  await adminView.getByLabel('User ID').fill(root.id);
  await adminView.getByLabel('Title').fill('Disk almost full');
  await adminView.getByLabel('Message').fill('The uploads volume is at 91%.');
  await adminView.getByRole('button', { name: 'Send' }).click();
  await adminView.getByText('Sent.').waitFor();
  await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 15_000 }).toBe('Notifications, 1 unread');
  expect(await rootPage.page.getByTestId('bell-count').textContent()).toBe('1');

  // ...and another through the API.
  await notify(server.url, admin.token, root.id, 'Nightly backup done');
  await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 15_000 }).toBe('Notifications, 2 unread');

  await bell.click();
  const panel = rootPage.page.getByRole('region', { name: 'Notifications' });
  await expect.poll(() => panel.locator('li.unread strong').allTextContents()).toEqual(['Nightly backup done', 'Disk almost full']);
  await screenshot(rootPage.page, 'bell-unread');
  await panel.getByRole('button', { name: 'Mark all read' }).click();
  await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 15_000 }).toBe('Notifications, 0 unread');
  expect(await rootPage.page.getByTestId('bell-count').count()).toBe(0);
  expect(await panel.locator('li.unread').count()).toBe(0);
  await screenshot(rootPage.page, 'bell-read');
  expect([...rootPage.errors, ...adminPage.errors]).toEqual([]);
});
