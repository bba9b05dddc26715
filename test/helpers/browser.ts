// What every browser test needs: Debian's Chromium driven by playwright-core, one fresh profile
// (context) per person, signing in through the portal's own login form, and a few checks that
// recur (sideways scrolling on a phone). Contexts are closed with the browser.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { TestServer } from './server.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS = 'test-results';
export const PHONE = { width: 360, height: 740 };
export const TABLET = { width: 1024, height: 768 };
export const DESKTOP = { width: 1280, height: 900 };

export type Viewport = { width: number; height: number };

export type BrowserSession = {
  browser: Browser;
  /** A fresh profile: no cookie, no saved language; a Vietnamese phone's locale and clock (dates are Vietnam days). */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Opens `path` in a fresh profile. */
  open(path: string, viewport?: Viewport): Promise<Page>;
  /** Opens `path` in a fresh profile and signs in as `username` (the login form shows for any address). */
  signedIn(username: string, path: string, viewport?: Viewport): Promise<Page>;
  close(): Promise<void>;
};

export async function launchBrowser(server: Pick<TestServer, 'url' | 'demoPassword'>): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const contexts: BrowserContext[] = [];
  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ viewport: DESKTOP, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', ...options });
    contexts.push(context);
    // Fail a missing element well inside the test timeout, with Playwright's own message.
    context.setDefaultTimeout(10_000);
    return context;
  };
  const open = async (path: string, viewport: Viewport = DESKTOP) => {
    const page = await (await newContext({ viewport })).newPage();
    await page.goto(server.url + path);
    return page;
  };
  return {
    browser,
    newContext,
    open,
    async signedIn(username, path, viewport = DESKTOP) {
      const page = await open(path, viewport);
      await logIn(page, username, server.demoPassword);
      await page.getByTestId('user-menu').waitFor();
      return page;
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
    },
  };
}

export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** How far the page is wider than the viewport: anything above 0 means sideways scrolling. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
