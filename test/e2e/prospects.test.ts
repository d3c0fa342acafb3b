import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, signIn, startE2E, type E2E } from './harness.js';
import type { ProspectAnalysis } from '../../server/domain/analytics/prospectTypes.js';

/**
 * The prospects (A卡) report in a real Chromium against the real server: a CS manager reads the tiles and
 * clicks a visit reason's bar, which opens the customers list filtered to exactly the cards it counted; a sales
 * consultant sees their own cards and no by-consultant breakdown.
 */
describe('the prospects (A卡) report', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  it('when a manager clicks the first visit reason\'s bar, then the customers list opens with as many customers as the bar counts', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_manager', '/reports/prospects');
    await page.getByTestId('report-scope').getByText('全部门').waitFor({ timeout: 20_000 });
    const report = page.getByTestId('prospects-report');
    await report.getByText('意向客户（A卡）分析').first().waitFor();
    for (const tile of ['opened', 'converted', 'rate', 'median-days']) await page.getByTestId(`tile-${tile}`).waitFor();

    // the page opens on this year (China time); the server's default is the last 30 days
    const year = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4);
    const data = (await (await page.request.get(`${e.running.url}/api/analytics/prospects?from=${year}-01-01`)).json()) as ProspectAnalysis;
    expect(data.totals.opened).toBeGreaterThan(0);
    await page.getByTestId('tile-opened').getByText(data.totals.opened.toLocaleString('zh-CN')).waitFor();
    const first = data.by_visit_reason[0];

    await page.getByTestId('by_visit_reason').locator('.MuiBarChart-element').first().click();
    await page.waitForURL(/#\/customers\?filter=/, { timeout: 20_000 });
    const filter = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter') ?? '{}');
    expect(filter).toEqual(first.drill.filter);
    await page.getByText(new RegExp(`共 ${first.opened} 条`)).waitFor({ timeout: 20_000 });
  }, 120_000);

  it('when a sales consultant opens it, then it shows their own cards and no breakdown by consultant', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'sales_consultant', '/reports/prospects');
    await page.getByTestId('report-scope').getByText('我的客户').waitFor({ timeout: 20_000 });
    await page.getByTestId('by_visit_reason').waitFor();
    expect(await page.getByTestId('by_owner').count()).toBe(0);
  }, 120_000);
});
