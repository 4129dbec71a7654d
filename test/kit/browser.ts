import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { ADMIN } from './server';
import { ROOT, startProcess, type ServerProcess } from './process';

// The web app in Debian's Chromium, driven by playwright-core, against the server as a process of
// its own serving the app built for this run (test/kit/web-build.ts).

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless, and nothing of Chromium's own talking to the network or remembering a profile. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where each test's screenshot goes: gitignored, kept by CI as an artifact. */
export const ARTIFACTS = join(ROOT, 'artifacts', 'web');

const leftovers: (() => Promise<void>)[] = [];
afterAll(async () => {
  while (leftovers.length > 0) await leftovers.pop()!();
});

/**
 * Chromium, closed after the file's tests. playwright's launch gives it a
 * fresh user-data-dir of its own (and removes it on close), and each
 * context is a profile of its own in it.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  leftovers.push(() => browser.close());
  return browser;
}

/** The server process serving the built app, with the kit's super admin (ADMIN). */
export async function startWebServer(env: Record<string, string> = {}): Promise<ServerProcess & { base: string }> {
  const server = await startProcess({
    DATA_DIR: 'memory://',
    WEB_DIR: inject('webDir'),
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    ...env,
  });
  return { ...server, base: server.url.replace(/\/graphql$/, '') };
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page, for the test to require none. */
  errors: Error[];
}

/** A page in a context of its own (its own localStorage: its own signed-in user), phone-sized when asked. */
export async function newPage(browser: Browser, { phone = false } = {}): Promise<TestPage> {
  const context = await browser.newContext({ viewport: phone ? { width: 375, height: 760 } : { width: 1100, height: 760 } });
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return { context, page, errors };
}

/** Signs in through the sign-in form and waits until the app's streams are live. */
export async function signIn(page: Page, base: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectLive(page);
}

/** Waits until the connection badge says live (playwright's wait: it works in hooks too, where expect.poll does not). */
export async function expectLive(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('output.badge[data-state="live"]').waitFor({ timeout });
}

/** Saves the page as artifacts/web/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
