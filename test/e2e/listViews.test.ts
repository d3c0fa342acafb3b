import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

/**
 * Saved list views in a real Chromium: a manager shapes the customers list (hides a column, moves one first,
 * sorts, searches), saves it as the specialists' default view; a specialist opening the list on another
 * browser gets exactly that, and a reload keeps it.
 */
describe('list views', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  /** The table's column headings, in order (the tick-box column has none). */
  const headings = async (page: Page): Promise<string[]> =>
    (await page.locator('table thead th').allTextContents()).map((t) => t.trim()).filter(Boolean);
  const viewButton = (page: Page) => page.getByTestId('list-views-button');

  it('when a manager saves a shaped list as the specialists\' default, then a specialist opening the list gets it, also after a reload', async () => {
    const manager = await openPage(e);
    await signIn(manager, e.running.url, 'cs_manager', '/customers');
    await expect.poll(() => headings(manager), { timeout: 20_000 }).toContain('联系电话');
    expect((await headings(manager))[0]).toBe('姓名');

    // hide the phone, move the district to the front
    await manager.getByTestId('columns-button').click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: '联系电话' }).uncheck();
    for (let i = 0; i < 5; i++) await dialog.getByRole('button', { name: '上移区县' }).click();
    await dialog.getByRole('button', { name: '完成' }).click();
    await expect.poll(() => headings(manager)).not.toContain('联系电话');
    expect((await headings(manager))[0]).toBe('区县');

    // sort by points (highest first) and search
    await manager.locator('table thead').getByText('积分余额').click();
    await expect.poll(() => manager.url()).toMatch(/sort=points_balance/);
    // the heading shows the new order (and knows it) before a second click turns it round
    await manager.locator('table thead th.column-points_balance .Mui-active').waitFor();
    await manager.waitForLoadState('networkidle');
    await manager.locator('table thead').getByText('积分余额').click();
    await expect.poll(() => manager.url()).toMatch(/order=DESC/);
    expect(decodeURIComponent(manager.url())).toContain('sort=points_balance');
    await manager.getByPlaceholder(/搜索/).fill('王');
    await expect.poll(() => decodeURIComponent(manager.url())).toContain('"q":"王"');
    await expect.poll(() => viewButton(manager).textContent()).toContain('已修改');

    // save as a view shared with the specialists, as their default
    await viewButton(manager).click();
    await manager.getByTestId('view-save-as').click();
    const save = manager.getByRole('dialog');
    await save.getByTestId('view-name').fill('专员日常视图');
    await save.getByLabel('共享给一个角色').check();
    await save.getByRole('checkbox', { name: /默认视图/ }).check();
    await save.getByRole('button', { name: '保存' }).click();
    await manager.getByText('已保存视图“专员日常视图”').waitFor();
    await expect.poll(() => viewButton(manager).textContent()).toBe('专员日常视图');

    const stored = await e.running.db('list_views').where({ name: '专员日常视图' }).first();
    expect(stored).toMatchObject({ resource: 'customers', shared_role: 'cs_specialist' });
    expect(Boolean(stored.default_for_role)).toBe(true);
    const config = typeof stored.config === 'string' ? JSON.parse(stored.config) : stored.config;
    expect(config.columns[0]).toEqual({ source: 'region' });
    expect(config.columns.find((c: { source: string }) => c.source === 'phone')).toEqual({ source: 'phone', hidden: true });
    expect(config).toMatchObject({ sort: { field: 'points_balance', order: 'DESC' }, filter: { q: '王' }, density: 'compact', per_page: 25 });
    await manager.context().close();

    // a specialist on another browser: the role's default opens by itself
    const specialist = await openPage(e);
    await signIn(specialist, e.running.url, 'cs_specialist', '/customers');
    await expect.poll(() => viewButton(specialist).textContent(), { timeout: 20_000 }).toBe('专员日常视图');
    await expect.poll(() => headings(specialist)).not.toContain('联系电话');
    expect((await headings(specialist))[0]).toBe('区县');
    await expect.poll(() => specialist.getByPlaceholder(/搜索/).inputValue()).toBe('王');
    await expect.poll(() => decodeURIComponent(specialist.url())).toContain('sort=points_balance');
    const points = async () => (await specialist.locator('td.column-points_balance').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
    await expect.poll(async () => (await points()).length).toBeGreaterThan(1);
    const shown = await points();
    expect(shown).toEqual([...shown].sort((a, b) => b - a));

    // a reload keeps the view, its columns and its query
    await specialist.reload();
    await expect.poll(() => viewButton(specialist).textContent(), { timeout: 20_000 }).toBe('专员日常视图');
    await expect.poll(() => headings(specialist)).not.toContain('联系电话');
    expect((await headings(specialist))[0]).toBe('区县');
    await expect.poll(() => specialist.getByPlaceholder(/搜索/).inputValue()).toBe('王');
    await specialist.context().close();
  }, 120_000);
});
