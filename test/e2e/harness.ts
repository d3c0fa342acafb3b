import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../server/config.js';
import { startWebServer, type Running } from '../../server/main.js';
import { freshDb, type TestDb } from '../testDb.js';
import { seedDemo } from '../../seeds/demo.js';
import { DEMO_PASSWORDS } from '../../seeds/demo/staff.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The administrator's password in every e2e run (ADMIN_PASSWORD at first start). */
export const ADMIN_PASSWORD = 'e2e-admin-password';

const account = (username: string) => ({ username, password: DEMO_PASSWORDS[username] });

/** One account per role: the admin, and the demo seed's documented ones. */
export const ACCOUNTS = {
  admin: { username: 'admin', password: ADMIN_PASSWORD },
  cs_manager: account('wang.fang'),
  cs_specialist: account('li.na'),
  sales_consultant: account('yang.fan'),
} as const;

export type RoleName = keyof typeof ACCOUNTS;

export interface E2E {
  running: Running;
  browser: Browser;
  testDb: TestDb;
  close: () => Promise<void>;
}

/** Builds the client if stale, starts the real server on a fresh demo database, and opens Debian's Chromium. */
export async function startE2E(customers = 300): Promise<E2E> {
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build-if-stale.ts')], { cwd: root, stdio: 'inherit' });
  const testDb = await freshDb();
  await seedDemo(testDb.db, { customers });
  const config = loadConfig({
    // warnings unless the runner silences them (vitest.config.ts does: 401s would drown the output)
    LOG_LEVEL: 'warn',
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: testDb.url,
    DEMO_DATA: 'false',
    // the periodic care jobs would add follow-ups and reminders under the test's feet
    JOBS: 'false',
    ADMIN_PASSWORD,
  });
  const running = await startWebServer(config, { schema: testDb.schema });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  return {
    running,
    browser,
    testDb,
    close: async () => {
      await browser.close();
      await running.stop();
      await testDb.drop();
    },
  };
}

/**
 * Signs a page in through the sign-in form as a person would (user name, password, Enter) and waits until the
 * app has left the sign-in page. `path` is where to go first (the sign-in page sends the user back there).
 */
export async function signIn(page: Page, baseUrl: string, role: RoleName, path = '/'): Promise<void> {
  const { username, password } = ACCOUNTS[role];
  await page.goto(`${baseUrl}/#${path}`);
  await page.locator('input[name="username"]').waitFor({ timeout: 20_000 });
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.hash.startsWith('#/login'), { timeout: 20_000 });
}

/** A page in a fresh browser context (no cookies), the app in Chinese; any error on the page fails the test. */
export async function openPage(e: E2E, width = 1440, height = 900): Promise<Page> {
  const context = await e.browser.newContext({ viewport: { width, height } });
  await context.addInitScript(() => window.localStorage.setItem('RaStore.locale', JSON.stringify('zh')));
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  return page;
}
