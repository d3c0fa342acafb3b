import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

/**
 * 今日工作 in a real Chromium against the real server on the demo data: a specialist lands on the queue after
 * signing in and works through it in place (a follow-up recorded, an appointment reminded, a greeting sent), each
 * item leaving its section; a sales consultant lands there too and sees no event tasks.
 */
describe('a specialist works through the day\'s queue', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  const section = (page: Page, name: string): Locator => page.locator(`[data-section="${name}"]`);
  const count = async (page: Page, name: string) => Number(await section(page, name).getAttribute('data-count'));
  /** Does `act` on the first item of a section and waits until the section counts one fewer. */
  const workOne = async (page: Page, name: string, act: (s: Locator) => Promise<void>) => {
    const before = await count(page, name);
    expect(before).toBeGreaterThan(0);
    await act(section(page, name));
    await expect.poll(() => count(page, name), { timeout: 15_000 }).toBe(before - 1);
  };

  it('when li.na signs in, then she lands on her queue and clears items from it in place', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_specialist', '/');
    await page.waitForURL((url) => url.hash === '#/today', { timeout: 20_000 });
    await page.getByRole('heading', { name: '今日工作', level: 1 }).waitFor();
    await page.getByRole('button', { name: '团队', exact: true }).click();
    await section(page, 'greetings').waitFor();

    await workOne(page, 'appointments', async (s) => {
      await s.getByRole('button', { name: '已提醒', exact: true }).first().click();
      await page.getByText(/^已标记为已提醒：/).waitFor();
    });
    await workOne(page, 'greetings', async (s) => {
      await s.getByRole('button', { name: '已发送', exact: true }).first().click();
      await page.getByText(/^祝福已标记为已发送：/).waitFor();
    });
    await workOne(page, 'follow_ups_overdue', async (s) => {
      await s.getByRole('button', { name: '记录回访', exact: true }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: '未接通' }).click();
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.getByRole('button', { name: '关闭' }).click();
    });
    // the complaint opens on its own page, where its steps are taken
    expect(await count(page, 'complaints')).toBeGreaterThan(0);
    await section(page, 'complaints').getByRole('link', { name: '处理' }).first().click();
    await page.waitForURL((url) => /#\/complaints\/\d+\/show$/.test(url.hash));
  }, 120_000);

  it('when yang.fan signs in, then he lands on his customers\' queue without event tasks or the team toggle', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'sales_consultant', '/');
    await page.waitForURL((url) => url.hash === '#/today', { timeout: 20_000 });
    await page.getByText('我的客户', { exact: true }).waitFor();
    await section(page, 'follow_ups_overdue').waitFor();
    expect(await section(page, 'event_tasks').count()).toBe(0);
    expect(await page.getByRole('button', { name: '团队', exact: true }).count()).toBe(0);
  }, 60_000);
});
