import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from './casella-server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(REPO_ROOT, 'web/test-results');

/** Chromium present? Without it CI must fail loudly; a laptop skips loudly. */
export const chromiumAvailable = (): boolean => {
  if (fs.existsSync(CHROMIUM)) return true;
  const message = `Browser tests need Chromium at ${CHROMIUM} (Debian: apt-get install -y chromium).`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n\n*** SKIPPING BROWSER TESTS: ${message} ***\n\n`);
  return false;
};

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors so far; a test must end with none (bar those it expected). */
  consoleErrors: string[];
  /** Marks console errors matching the pattern as expected by this test. */
  expectConsoleError: (pattern: RegExp) => void;
  screenshot: (name: string) => Promise<void>;
  close: () => Promise<void>;
}

export const openPage = async (
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<TestPage> => {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 1360, height: 860 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const expected: RegExp[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (!expected.some((re) => re.test(text))) consoleErrors.push(text);
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    page,
    consoleErrors,
    expectConsoleError: (re) => expected.push(re),
    screenshot: async (name) => {
      await page.screenshot({
        path: path.join(SCREENSHOTS, `${name}.png`),
        fullPage: true,
        animations: 'disabled',
      });
    },
    close: () => context.close(),
  };
};
