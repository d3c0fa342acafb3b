import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, signIn, startE2E, type E2E } from './harness.js';
import ExcelJS from 'exceljs';
import type { Dashboard } from '../../server/domain/analytics/types.js';

/**
 * The dashboard in a real Chromium against the real server: a CS manager lands on it, reads the six KPI tiles and
 * follows one into the customers list with the tile's filter applied; a sales consultant sees their own customers.
 */
describe('the KPI dashboard', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  it('when a manager signs in and clicks the churn tile, then the customers list opens with that tile\'s filter', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_manager');
    await page.waitForURL(/#\/dashboard$/, { timeout: 20_000 });
    await page.getByTestId('dashboard-scope').getByText('全部门').waitFor({ timeout: 20_000 });
    for (const key of ['satisfaction', 'loyalty', 'churn', 'appointment_success', 'complaint_response', 'follow_up_completion']) {
      await page.getByTestId(`kpi-${key}`).waitFor();
    }
    // a manager may narrow the figures to one consultant's customers
    expect(await page.getByTestId('dashboard-filters').getByLabel('销售顾问').count()).toBe(1);
    const churn = page.getByTestId('kpi-churn');
    await churn.getByText('客户流失率').waitFor();
    await churn.getByText(/目标 ≤ \d+(\.\d)?%/).waitFor();

    const response = await page.request.get(`${e.running.url}/api/analytics/dashboard`);
    expect(response.status()).toBe(200);
    const dashboard = (await response.json()) as Dashboard;
    const drill = dashboard.kpis.find((k) => k.key === 'churn')?.drill;
    expect(drill).toBeDefined();

    await churn.getByRole('link').click();
    await page.waitForURL(new RegExp(`#/${drill?.resource}\\?filter=`));
    const filter = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter') ?? '{}');
    expect(filter).toEqual(drill?.filter);
    await page.locator('.RaDatagrid-table, .MuiTable-root').first().waitFor({ timeout: 20_000 });
  }, 120_000);

  it('when a sales consultant opens the dashboard, then it shows their own customers and no consultant filter', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'sales_consultant', '/dashboard');
    await page.waitForURL(/#\/dashboard$/, { timeout: 20_000 });
    await page.getByTestId('dashboard-scope').getByText('我的客户').waitFor({ timeout: 20_000 });
    await page.getByTestId('kpi-satisfaction').waitFor();
    expect(await page.getByTestId('dashboard-filters').getByLabel('销售顾问').count()).toBe(0);
  }, 120_000);

  it('when a manager exports the dashboard, then the downloaded workbook holds the six KPIs with the figures on screen', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_manager', '/dashboard');
    await page.getByTestId('dashboard-scope').waitFor({ timeout: 20_000 });
    const shown = (await (await page.request.get(`${e.running.url}/api/analytics/dashboard`)).json()) as Dashboard;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dashboard-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^经营看板 .*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toContain('指标');
    const churn = shown.kpis.find((k) => k.key === 'churn');
    const row = sheet.getRow(1 + shown.kpis.findIndex((k) => k.key === 'churn') + 1);
    expect(row.getCell(1).value).toBe('客户流失率');
    expect(row.getCell(2).value).toBe(churn?.value == null ? null : Math.round(churn.value * 1000) / 10);
    expect(row.getCell(6).value).toBe(churn?.count);
    expect(sheet.rowCount).toBe(1 + shown.kpis.length);
  }, 120_000);
});
