import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

/** Where to keep screenshots of the steps (for a person to look at); none when unset. */
const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

/**
 * Issue 9's "done means" in a real Chromium against the real server, without a restart: an admin adds a choice
 * field and a reference field to customers from the settings screen; a manager then filters by the choice, bulk
 * edits it, exports the list with both fields and imports the file back to change them.
 */
describe('custom fields from the settings screen to the customer list', () => {
  let e: E2E;
  let marked: number[] = [];
  beforeAll(async () => {
    e = await startE2E(120);
  }, 240_000);
  afterAll(async () => e?.close());

  const stored = async (id: number): Promise<Record<string, unknown>> => {
    const row = await e.running.db('customers').where({ id }).first('custom');
    return (typeof row.custom === 'string' ? JSON.parse(row.custom) : row.custom) ?? {};
  };

  it('when an admin adds a choice field with a new list and a reference field, then both are defined and offered at once', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'admin', '/custom_fields/create');
    await page.getByLabel('中文名称').fill('风险等级');
    await page.getByLabel('英文名称').fill('Risk level');
    // suggested from the English label
    expect(await page.getByLabel('字段代码').inputValue()).toBe('risk_level');
    await page.getByRole('combobox', { name: /字段类型/ }).click();
    await page.getByRole('option', { name: '单选（字典）' }).click();
    await page.getByRole('combobox', { name: /选项字典/ }).fill('risk_level');
    await page.getByRole('option', { name: '新建字典“risk_level”' }).click();
    await page.getByLabel('中文提示').fill('按季度评估');
    await shot(page, 'cf-create-choice');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('字段已保存，所有界面已更新').waitFor({ timeout: 20_000 });
    await page.getByRole('cell', { name: /风险等级/ }).first().waitFor();

    // the new list's values, as the admin adds them on the lookups screen
    const stamp = new Date().toISOString();
    for (const [i, [code, zh, en]] of [['low', '低', 'Low'], ['medium', '中', 'Medium'], ['high', '高', 'High']].entries()) {
      await e.running.db('lookups').insert({ type: 'risk_level', code, label_zh: zh, label_en: en, sort_order: i * 10, active: true, created_at: stamp, updated_at: stamp, version: 1 });
    }

    await page.goto(`${e.running.url}/#/custom_fields/create`);
    await page.getByLabel('中文名称').fill('理财顾问');
    await page.getByLabel('英文名称').fill('Advisor');
    await page.getByLabel('字段代码').fill('advisor');
    await page.getByRole('combobox', { name: /字段类型/ }).click();
    await page.getByRole('option', { name: '关联记录' }).click();
    await page.getByRole('combobox', { name: /关联对象/ }).click();
    await page.getByRole('option', { name: '员工' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: /理财顾问/ }).first().waitFor({ timeout: 20_000 });
    await shot(page, 'cf-list');

    const defs = await e.running.db('custom_fields').orderBy('id').select('key', 'type', 'lookup', 'reference');
    expect(defs).toEqual([
      { key: 'risk_level', type: 'choice', lookup: 'risk_level', reference: null },
      { key: 'advisor', type: 'reference', lookup: null, reference: 'users' },
    ]);
    await page.context().close();
  }, 120_000);

  it('when a manager filters by the choice and bulk edits it, then exactly the matching customers change', async () => {
    const ids = (await e.running.db('customers').orderBy('id').limit(6).select('id')).map((r) => Number(r.id));
    marked = ids.slice(0, 4);
    for (const id of marked) await e.running.db('customers').where({ id }).update({ custom: JSON.stringify({ risk_level: 'high' }) });
    await e.running.db('customers').where({ id: ids[4] }).update({ custom: JSON.stringify({ risk_level: 'low' }) });

    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_manager', '/customers');
    await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '添加筛选' }).click();
    await page.getByRole('menuitemcheckbox', { name: '风险等级' }).click();
    await page.getByRole('combobox', { name: '风险等级' }).click();
    await page.getByRole('option', { name: '高', exact: true }).click();
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 20_000 }).toBe(4);
    await shot(page, 'cf-filtered');

    await page.locator('thead input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: '批量修改' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().fill('风险');
    await page.getByRole('option', { name: '风险等级' }).click();
    await dialog.getByRole('combobox').nth(1).click();
    await page.getByRole('option', { name: '中', exact: true }).click();
    await shot(page, 'cf-bulk');
    await dialog.getByRole('button', { name: '下一步' }).click();
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await page.getByText('已修改 4 条记录').waitFor({ timeout: 20_000 });
    for (const id of marked) expect((await stored(id)).risk_level).toBe('medium');
    expect((await stored(ids[4])).risk_level).toBe('low');
    await page.context().close();
  }, 120_000);

  it('when the manager exports the list and imports the file back with new values, then the customers take them', async () => {
    const advisor = await e.running.db('users').where({ username: 'wang.fang' }).first('id', 'name');
    await e.running.db('customers').where({ id: marked[0] }).update({ custom: JSON.stringify({ risk_level: 'medium', advisor: advisor.id }) });
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_manager', `/customers?filter=${encodeURIComponent(JSON.stringify({ risk_level: 'medium' }))}`);
    await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '导出' }).click();
    const href = await page.getByRole('menuitem', { name: 'CSV 文件' }).getAttribute('href');
    const response = await page.request.get(new URL(href ?? '', e.running.url).toString());
    const rows = parse((await response.body()).toString('utf8').slice(1)) as string[][];
    const [header, ...body] = rows;
    expect(header).toEqual(expect.arrayContaining(['姓名', '联系电话', '风险等级', '理财顾问']));
    expect(body).toHaveLength(4);
    const col = (name: string) => header.indexOf(name);
    expect(body.map((r) => r[col('风险等级')])).toEqual(['中', '中', '中', '中']);
    expect(body.find((r) => Number(r[col('编号')]) === marked[0])?.[col('理财顾问')]).toBe(advisor.name);

    // back in with other values: the name and phone find each customer; 风险等级 and 理财顾问 change
    const keep = ['姓名', '联系电话', '风险等级', '理财顾问'].map(col);
    const phones = await e.running.db('customers').whereIn('id', marked).select('id', 'phone');
    expect(phones.every((p) => p.phone)).toBe(true);
    const edited = [keep.map((i) => header[i]), ...body.map((r) => keep.map((i, k) => (k === 2 ? '低' : k === 3 ? advisor.name : r[i])))];
    const csv = edited.map((r) => r.join(',')).join('\r\n');
    await page.goto(`${e.running.url}/#/import/customers`);
    await page.locator('input[type="file"]').setInputFiles({ name: '风险复核.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
    await page.getByRole('combobox', { name: '风险等级' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('combobox', { name: '风险等级' }).textContent()).toBe('风险等级');
    expect(await page.getByRole('combobox', { name: '理财顾问' }).textContent()).toBe('理财顾问');
    await shot(page, 'cf-import-mapping');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('radio', { name: '用文件中的内容更新原记录' }).check();
    await page.getByText('预计新建 0 条，更新 4 条，跳过 0 条').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '导入 4 条有效记录' }).click();
    await page.getByTestId('import-result').getByText('新建 0 条，更新 4 条，跳过 0 条').waitFor({ timeout: 20_000 });
    for (const id of marked) expect(await stored(id)).toEqual({ risk_level: 'low', advisor: advisor.id });

    // the customer's page shows both in its "more fields" section
    await page.goto(`${e.running.url}/#/customers/${marked[1]}/show`);
    const section = page.getByRole('heading', { name: '更多信息' });
    await section.waitFor({ timeout: 20_000 });
    await page.getByText(advisor.name, { exact: true }).last().waitFor();
    await shot(page, 'cf-customer');
    await page.context().close();
  }, 120_000);
});
