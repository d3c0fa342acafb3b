import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

/**
 * A manager's day in a real Chromium against the real server: every customer matching a filter changed in one
 * go and the change undone, a cell edited in place, the filtered list handed over as a CSV file.
 */
describe('a CS manager works on many customers at once', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  const open = (): Promise<Page> => openPage(e);

  /** The customer type most customers have: more matches than one page holds. */
  async function biggestType(): Promise<{ type: string; count: number }> {
    const rows = await e.running
      .db('customers')
      .select('customer_type')
      .count<{ customer_type: string; n: number | string }[]>({ n: '*' })
      .groupBy('customer_type')
      .orderBy('n', 'desc');
    return { type: rows[0].customer_type, count: Number(rows[0].n) };
  }

  const listPath = (filter: Record<string, unknown>) => `/customers?filter=${encodeURIComponent(JSON.stringify(filter))}`;

  it('when every customer matching a filter gets a new tier, then the count is confirmed, the database follows, and Undo restores it', async () => {
    const { type, count } = await biggestType();
    expect(count).toBeGreaterThan(25);
    const before = new Map(
      (await e.running.db('customers').where({ customer_type: type }).select('id', 'tier_id')).map((r) => [r.id as number, r.tier_id as number | null]),
    );
    const tiers = await e.running.db('tiers').select('id', 'name');
    const tierCount = (id: number) => [...before.values()].filter((t) => t === id).length;
    const target = tiers.reduce((a, b) => (tierCount(a.id) <= tierCount(b.id) ? a : b));
    const willChange = [...before.values()].filter((t) => t !== target.id).length;
    const other = await e.running.db('customers').whereNot({ customer_type: type }).first('id', 'tier_id');

    const page = await open();
    await signIn(page, e.running.url, 'cs_manager', listPath({ customer_type: type }));
    await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    await page.locator('thead input[type="checkbox"]').first().check();
    const banner = page.getByTestId('selection-banner');
    await banner.getByRole('button', { name: `选择全部 ${count.toLocaleString('en-US')} 条符合条件的记录` }).click();
    await banner.getByText(`已选择全部 ${count.toLocaleString('en-US')} 条符合条件的记录`).waitFor();

    await page.getByRole('button', { name: '批量修改' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().fill('会员等级');
    await page.getByRole('option', { name: '会员等级' }).click();
    await dialog.getByRole('combobox').nth(1).click();
    await page.getByRole('option', { name: target.name }).click();
    await dialog.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => dialog.getByTestId('bulk-confirm-count').textContent()).toBe(`将修改 ${count.toLocaleString('en-US')} 条客户档案记录`);
    await dialog.getByRole('button', { name: '确认修改' }).click();

    const notice = page.getByText(`已修改 ${willChange.toLocaleString('en-US')} 条记录`);
    await notice.waitFor({ timeout: 20_000 });
    const after = await e.running.db('customers').where({ customer_type: type }).select('id', 'tier_id');
    expect(after.every((r) => r.tier_id === target.id)).toBe(true);
    // the filter, not just the page: a customer outside it is left alone
    expect((await e.running.db('customers').where({ id: other.id }).first('tier_id')).tier_id).toBe(other.tier_id);

    await page.getByRole('button', { name: '撤销' }).click();
    await page.getByText(`已撤销，${willChange.toLocaleString('en-US')} 条记录已恢复`).waitFor({ timeout: 20_000 });
    const restored = await e.running.db('customers').where({ customer_type: type }).select('id', 'tier_id');
    expect(new Map(restored.map((r) => [r.id as number, r.tier_id as number | null]))).toEqual(before);
    await page.context().close();
  });

  it('when a manager picks another stage in a cell and renames a customer in place, then both are saved with a new version', async () => {
    const page = await open();
    await signIn(page, e.running.url, 'cs_manager', '/customers');
    await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    const snapshot = async () => new Map((await e.running.db('customers').select('id', 'lifecycle_stage', 'name', 'version')).map((r) => [r.id as number, r]));
    const before = await snapshot();

    await page.locator('[data-quick-cell="lifecycle_stage"]').first().click();
    const option = page.locator('[role="option"][aria-selected="false"]:not([data-value=""])').first();
    const stage = await option.getAttribute('data-value');
    await option.click();
    await expect.poll(async () => {
      const now = await snapshot();
      return [...now.values()].filter((r) => r.lifecycle_stage !== before.get(r.id)?.lifecycle_stage).length;
    }, { timeout: 20_000 }).toBe(1);
    const changed = [...(await snapshot()).values()].find((r) => r.lifecycle_stage !== before.get(r.id)?.lifecycle_stage);
    expect(changed?.lifecycle_stage).toBe(stage);
    expect(changed?.version).toBe(Number(before.get(changed?.id)?.version) + 1);
    // still on the list: a cell click edits, it does not open the record
    expect(page.url()).toMatch(/#\/customers(\?|$)/);

    const row = page.locator('tbody tr').nth(1);
    await row.hover();
    await row.locator('[data-quick-cell="name"]').click();
    const input = row.locator('input[name="name"]');
    await input.fill('批量测试改名');
    await input.press('Enter');
    await expect.poll(async () => (await e.running.db('customers').where({ name: '批量测试改名' }).count({ n: '*' }).first())?.n, { timeout: 20_000 }).toBe(1);
    await row.getByText('批量测试改名').waitFor();
    await page.context().close();
  });

  it('when a manager exports the filtered list as CSV, then the file has a BOM and exactly the matching customers', async () => {
    const { type, count } = await biggestType();
    const page = await open();
    await signIn(page, e.running.url, 'cs_manager', listPath({ customer_type: type }));
    await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '导出' }).click();
    const href = await page.getByRole('menuitem', { name: 'CSV 文件' }).getAttribute('href');
    expect(href).toContain('/api/customers/export?');
    expect(JSON.parse(new URL(href ?? '', e.running.url).searchParams.get('filter') ?? '')).toEqual({ customer_type: type });

    const response = await page.request.get(new URL(href ?? '', e.running.url).toString());
    expect(response.status()).toBe(200);
    const body = (await response.body()).toString('utf8');
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(body.slice(1)) as string[][];
    expect(rows[0]).toContain('姓名');
    expect(rows.length - 1).toBe(count);
    await page.context().close();
  });
});
