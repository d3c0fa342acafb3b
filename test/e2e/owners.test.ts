import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, signIn, startE2E, type E2E } from './harness.js';
import type { OwnerFlow } from '../../server/domain/analytics/ownerTypes.js';

/**
 * 保有客户（C卡）分析 in a real Chromium: a CS manager opens the customer-flow tab, clicks a month's "lost" bar and
 * lands on the customers list holding exactly the owners the bar counted.
 */
describe('the owners (C卡) report', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  it('when a manager clicks a month\'s lost bar, then the customers list opens with that many customers', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_manager', '/reports/owners?tab=flow');
    await page.getByTestId('tile-lost').waitFor({ timeout: 30_000 });
    const flow = (await (await page.request.get(`${e.running.url}/api/analytics/flow`)).json()) as OwnerFlow;
    // the last month with someone lost: bars are drawn gained × 12, then lost × 12
    const index = flow.months.map((m) => m.lost.count > 0).lastIndexOf(true);
    expect(index).toBeGreaterThanOrEqual(0);
    const bars = page.getByTestId('flow-chart').locator('rect[class*="MuiBarChart"], rect[class*="MuiBarElement"]');
    await bars.nth(12 + index).waitFor();
    await bars.nth(12 + index).click({ force: true });
    await page.waitForURL(/#\/customers\?filter=/, { timeout: 20_000 });
    const filter = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter') ?? '{}');
    expect(filter).toEqual(flow.months[index].lost.drill.filter);
    const count = flow.months[index].lost.count;
    await page.locator('.MuiTablePagination-displayedRows').getByText(new RegExp(`共 ${count} 条|of ${count}`)).first().waitFor({ timeout: 20_000 });
  }, 120_000);
});
