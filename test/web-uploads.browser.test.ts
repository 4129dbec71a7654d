import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn, startWebServer } from './kit/browser';
import { signUp, userWithRole } from './kit/fixtures';
import { ROOT, run } from './kit/process';

// The uploads screen driven by the demo worker (scripts/worker-demo.ts), a process of its own.

/** Every label the upload's progress bar shows from now on, recorded in the page as it changes. */
async function recordBar(page: Page, transactionId: string): Promise<void> {
  await page.evaluate((label) => {
    const seen: string[] = [];
    Object.assign(window, { barLabels: seen });
    const record = () => {
      const bar = document.querySelector(`[role="progressbar"][aria-label="Progress of ${label}"]`);
      const text = bar?.getAttribute('aria-valuetext');
      if (text && text !== seen.at(-1)) seen.push(text);
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuetext'],
    });
  }, transactionId);
}

const barLabels = (page: Page) => page.evaluate(() => (window as unknown as { barLabels: string[] }).barLabels);

it("walks an upload's bar through the five steps as the worker reports them, and shows a failure's message", async () => {
  const server = await startWebServer();
  const http = { httpUrl: server.url };
  const [owner, worker] = await Promise.all([signUp(http, 'owner'), userWithRole(http, 'SERVICE', 'worker')]);
  run(
    { API_URL: server.url, WORKER_EMAIL: worker.email, WORKER_PASSWORD: worker.password, STEP_DELAY_MS: '700' },
    { command: [process.execPath, '--import', 'tsx', 'scripts/worker-demo.ts'], cwd: ROOT },
  );
  const browser = await launchBrowser();
  const { page, errors } = await newPage(browser);
  await signIn(page, server.base, owner);
  await page.getByRole('link', { name: 'Uploads' }).click();

  await recordBar(page, 'TX-BROWSER-1');
  await page.getByLabel('Transaction ID').fill('TX-BROWSER-1');
  await page.getByRole('button', { name: 'Start upload' }).click();
  const card = page.getByRole('article', { name: 'Upload TX-BROWSER-1' });
  await expect.poll(() => card.getAttribute('data-state'), { timeout: 30_000 }).toBe('COMPLETED');
  expect(await barLabels(page)).toEqual([
    'Queued, 0%',
    'Preparing Data, 20%',
    'Upload to UCM, 40%',
    'Interface Loader, 60%',
    'Journal Import, 80%',
    'AutoPost, 100%',
    'Completed, 100%',
  ]);
  await screenshot(page, 'upload-completed');

  await page.getByLabel('Transaction ID').fill('TX-FAIL-1');
  await page.getByRole('button', { name: 'Start upload' }).click();
  const failing = page.getByRole('article', { name: 'Upload TX-FAIL-1' });
  await expect.poll(() => failing.getAttribute('data-state'), { timeout: 30_000 }).toBe('FAILED');
  expect(await failing.getByRole('alert').textContent()).toBe(
    'Failed: Interface Loader rejected the journal lines: the transaction ID asked for a failure.',
  );
  await screenshot(page, 'upload-failed');
  expect(errors).toEqual([]);
});
