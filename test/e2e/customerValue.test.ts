import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';
import type { ValueReport } from '../../server/domain/value/reportTypes.js';

/**
 * The customer-value report in a real Chromium on demo data (which holds six months of snapshots): a CS manager
 * clicks an R × F cell and a "who moved" cell, and the customers list opens with as many customers as the cell said.
 */
describe('the customer-value report', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  /** Clicks `link` and returns the total the customers list was answered with (Content-Range). */
  async function listTotal(page: Page, click: () => Promise<void>): Promise<number> {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/customers?') && r.url().includes('value_'), { timeout: 30_000 }),
      click(),
    ]);
    expect(response.status()).toBe(200);
    return Number(String(response.headers()['content-range']).split('/')[1]);
  }

  it('when a manager clicks a grid cell and a movement cell, then the customers list opens with that many customers', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_manager', '/reports/value');
    await page.getByTestId('value-movement').waitFor({ timeout: 30_000 });
    const report = (await (await page.request.get(`${e.running.url}/api/analytics/value`)).json()) as ValueReport;
    expect(report.months.length).toBeGreaterThanOrEqual(7);

    const cell = [...report.grid].sort((a, b) => b.count - a.count)[0];
    const gridRow = page.getByTestId('value-grid').locator('tbody tr').nth(5 - cell.r);
    const gridTotal = await listTotal(page, () => gridRow.locator('td').nth(cell.f - 1).getByRole('link').click());
    expect(gridTotal).toBe(cell.count);
    expect(JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter') ?? '{}')).toEqual(cell.drill.filter);

    await page.goBack();
    await page.getByTestId('value-movement').waitFor({ timeout: 30_000 });
    const move = report.movement.cells.filter((m) => m.from !== null && m.from !== m.to).sort((a, b) => b.count - a.count)[0];
    const froms = report.segments.map((s) => s.segment);
    const moveRow = page.getByTestId('value-movement').locator('tbody tr').nth(froms.indexOf(move.from!));
    const moveTotal = await listTotal(page, () => moveRow.locator('td').nth(froms.indexOf(move.to)).getByRole('link').click());
    expect(moveTotal).toBe(move.count);
  }, 180_000);
});
