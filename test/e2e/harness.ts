import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startWebServer, type Running } from '../../server/main.js';
import { freshDb, type TestDb } from '../testDb.js';
import { seedDemo } from '../../seeds/demo.js';

const root = path.resolve(import.meta.dirname, '../..');

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
  const running = await startWebServer(
    { PORT: 0, HOST: '127.0.0.1', DATABASE_URL: testDb.url, DEMO_DATA: false },
    { schema: testDb.schema },
  );
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
