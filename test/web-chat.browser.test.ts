import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectLive, launchBrowser, newPage, screenshot, signIn, startWebServer, type TestPage } from './kit/browser';
import { signUp, type TestUser } from './kit/fixtures';
import { startTcpProxy, type TcpProxy } from './kit/tcp-proxy';

// The chat in two browser contexts, one of them behind a proxy that the test cuts.

/** The texts of the thread's messages, in the order shown. */
const shownMessages = (page: Page) => page.locator('.messages .message-text').allTextContents();

/** Every state the connection badge takes from now on, recorded in the page. */
async function recordBadge(page: Page): Promise<void> {
  await page.evaluate(() => {
    const badge = document.querySelector('output.badge')!;
    const states: string[] = [badge.getAttribute('data-state')!];
    Object.assign(window, { badgeStates: states });
    new MutationObserver(() => states.push(badge.getAttribute('data-state')!)).observe(badge, { attributeFilter: ['data-state'] });
  });
}

describe('chat in the browser', () => {
  let base: string;
  let proxy: TcpProxy;
  let ada: TestUser;
  let bea: TestUser;
  let adaPage: TestPage;
  let beaPage: TestPage;
  let conversationPath: string;

  beforeAll(async () => {
    const server = await startWebServer();
    base = server.base;
    proxy = await startTcpProxy(base);
    const http = { httpUrl: server.url };
    [ada, bea] = await Promise.all([signUp(http, 'ada'), signUp(http, 'bea')]);
    const browser = await launchBrowser();
    // Ada reaches the server through the proxy, so the test can take her network away.
    [adaPage, beaPage] = await Promise.all([newPage(browser), newPage(browser, { phone: true })]);
    await signIn(adaPage.page, proxy.url, ada);
    await signIn(beaPage.page, base, bea);
  });

  it('shows a message, the typing indicator and the read receipt in the other context', async () => {
    const { page: adaView } = adaPage;
    const { page: beaView } = beaPage;
    await beaView.getByRole('link', { name: 'Chat' }).click();

    await adaView.getByRole('link', { name: 'Chat' }).click();
    await adaView.getByLabel('Others, by user ID').fill(bea.id);
    await adaView.getByLabel('Title (optional)').fill('Lunch');
    await adaView.getByRole('button', { name: 'Start' }).click();
    await adaView.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    conversationPath = new URL(adaView.url()).pathname;
    await expectLive(adaView);
    await adaView.getByRole('textbox', { name: 'Message', exact: true }).fill('Hello Bea');
    await adaView.getByRole('button', { name: 'Send' }).click();

    // Bea watches no stream of the new conversation: its first message reaches her list as a notification.
    const lunch = beaView.getByRole('link', { name: /Lunch/ });
    await expect.poll(() => lunch.textContent(), { timeout: 15_000 }).toMatch(/1 unread/);
    await lunch.click();
    await expect.poll(() => shownMessages(beaView)).toEqual(['Hello Bea']);
    // Bea has seen it: Ada's receipt says so.
    await expect.poll(() => adaView.locator('.message.mine .receipt').last().textContent(), { timeout: 15_000 }).toBe('Read by bea');

    await beaView.getByRole('textbox', { name: 'Message', exact: true }).fill('Hi Ada, 12:30?');
    await expect.poll(() => adaView.locator('.typing').textContent(), { timeout: 15_000 }).toBe('bea is typing…');
    await screenshot(adaView, 'chat-typing');
    await beaView.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => shownMessages(adaView), { timeout: 15_000 }).toEqual(['Hello Bea', 'Hi Ada, 12:30?']);
    await expect.poll(() => adaView.locator('.typing').textContent()).toBe('');
    await screenshot(beaView, 'chat-phone');
    expect([...adaPage.errors, ...beaPage.errors]).toEqual([]);
  });

  it('shows what was written while the page was offline, each message once and in order, without a reload', async () => {
    const { page: adaView } = adaPage;
    const { page: beaView } = beaPage;
    expect(new URL(adaView.url()).pathname).toBe(conversationPath);
    const before = await shownMessages(adaView);
    // Gone after a reload: the page must catch up by itself.
    await adaView.evaluate(() => Object.assign(window, { sameDocument: true }));
    await recordBadge(adaView);

    proxy.cut();
    await expect.poll(() => adaView.locator('output.badge').getAttribute('data-state'), { timeout: 15_000 }).not.toBe('live');
    for (const text of ['one', 'two', 'three']) {
      await beaView.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
      await beaView.getByRole('button', { name: 'Send' }).click();
      await expect.poll(() => shownMessages(beaView)).toContain(text);
    }
    // Nothing reaches Ada while she is cut off.
    expect(await shownMessages(adaView)).toEqual(before);
    proxy.restore();

    await expect.poll(() => shownMessages(adaView), { timeout: 45_000 }).toEqual([...before, 'one', 'two', 'three']);
    await expectLive(adaView, 45_000);
    expect(await adaView.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    const states = await adaView.evaluate(() => (window as unknown as { badgeStates: string[] }).badgeStates);
    expect(states[0]).toBe('live');
    expect(states.at(-1)).toBe('live');
    // The page told its user it was catching up, and then that it was live again.
    expect(states.lastIndexOf('recovering')).toBeGreaterThan(0);
    expect(states.lastIndexOf('recovering')).toBeLessThan(states.length - 1);
    await screenshot(adaView, 'chat-recovered');
    expect([...adaPage.errors, ...beaPage.errors]).toEqual([]);
  });
});
