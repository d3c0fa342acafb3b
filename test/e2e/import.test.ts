import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

// iconv-lite is CommonJS without types of its own in this setup; only `encode` is needed
const iconv = createRequire(import.meta.url)('iconv-lite') as { encode: (text: string, encoding: string) => Buffer };

/**
 * The import wizard in a real Chromium against the real server: a manager uploads a spreadsheet saved with
 * Chinese headers, sees the bad row in the report, commits, and only the good rows land in the database.
 */
describe('importing customers through the wizard', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(60);
  }, 240_000);
  afterAll(async () => e?.close());

  const open = (): Promise<Page> => openPage(e, 1366);

  const customersNamed = async (names: string[]) =>
    (await e.running.db('customers').whereIn('name', names).orderBy('name').select('name', 'phone')) as { name: string; phone: string }[];

  it('when a manager imports a CSV with a bad row, then the report names its row and reason, and only the good rows are saved', async () => {
    const csv = [
      '姓名,联系电话,性别,无关列',
      '导入甲,19912340001,男,x',
      '导入乙,19912340002,外星人,y', // row 3: not a gender
      '导入丙,19912340003,女,z',
    ].join('\r\n');
    const page = await open();
    await signIn(page, e.running.url, 'cs_manager', '/customers');
    // the list's toolbar leads to the wizard for that resource
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.waitForURL(/#\/import\/customers$/);
    await page.locator('input[type="file"]').setInputFiles({ name: '客户.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });

    // mapping: the Chinese headers were matched, the unknown column is left out
    await page.getByRole('combobox', { name: '无关列' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('combobox', { name: '姓名' }).textContent()).toBe('姓名（必填）');
    expect(await page.getByRole('combobox', { name: '性别' }).textContent()).toBe('性别');
    expect(await page.getByRole('combobox', { name: '无关列' }).textContent()).toBe('不导入');
    await page.getByRole('button', { name: '下一步' }).click();

    // the report: row 3, its column, its value and why
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const line = errors.locator('tbody tr');
    expect(await line.count()).toBe(1);
    const cells = await line.first().locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('性别');
    expect(cells[3]).toContain('外星人');
    expect(await page.getByTestId('import-counts').textContent()).toMatch(/有效 2 行.*有误 1 行/);
    expect(await customersNamed(['导入甲', '导入丙'])).toEqual([]); // a dry run writes nothing

    await page.getByRole('button', { name: '导入 2 条有效记录' }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 20_000 });
    expect(await result.textContent()).toContain('新建 2 条');

    const saved = await customersNamed(['导入甲', '导入乙', '导入丙']);
    expect(saved.map((c) => `${c.name} ${c.phone}`).sort()).toEqual(['导入丙 19912340003', '导入甲 19912340001']);
    await page.context().close();
  });

  it('when a CSV saved by Chinese Excel (GBK) is imported, then the Chinese names arrive intact', async () => {
    const gbk = iconv.encode('姓名,联系电话\r\n国标客户,19912340009\r\n', 'gbk');
    const page = await open();
    await signIn(page, e.running.url, 'cs_manager', '/import/customers');
    await page.locator('input[type="file"]').setInputFiles({ name: 'gbk.csv', mimeType: 'text/csv', buffer: gbk });
    await page.getByRole('button', { name: '下一步' }).click({ timeout: 20_000 });
    await page.getByTestId('import-preview').getByText('国标客户').waitFor();
    await page.getByRole('button', { name: '导入 1 条有效记录' }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 20_000 });
    expect(await customersNamed(['国标客户'])).toEqual([{ name: '国标客户', phone: '19912340009' }]);
    await page.context().close();
  });

  it('when the file lacks a required column, then the mapping step names it; mapping it and choosing "update" changes the existing customer', async () => {
    const existing = await e.running.db('customers').whereNotNull('phone').orderBy('id').first('id', 'phone', 'name');
    const page = await open();
    await signIn(page, e.running.url, 'cs_manager', '/import/customers');
    const csv = `客户全名,手机\r\n改过的名字,${existing.phone}\r\n`;
    await page.locator('input[type="file"]').setInputFiles({ name: 'update.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    const missing = page.getByTestId('missing-required');
    await missing.waitFor({ timeout: 20_000 });
    expect(await missing.textContent()).toContain('姓名');
    expect(await page.getByRole('button', { name: '下一步' }).isDisabled()).toBe(true);

    await page.getByRole('combobox', { name: '客户全名' }).click();
    await page.getByRole('option', { name: '姓名（必填）' }).click();
    await missing.waitFor({ state: 'detached', timeout: 20_000 }); // checked again with the new mapping
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByText('预计新建 0 条，更新 0 条，跳过 1 条').waitFor();
    await page.getByRole('radio', { name: '用文件中的内容更新原记录' }).check();
    await page.getByText('预计新建 0 条，更新 1 条，跳过 0 条').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '导入 1 条有效记录' }).click();
    await page.getByTestId('import-result').getByText('新建 0 条，更新 1 条，跳过 0 条').waitFor({ timeout: 20_000 });

    const after = await e.running.db('customers').where({ id: existing.id }).first('name');
    expect(after.name).toBe('改过的名字');
    expect(Number((await e.running.db('customers').where({ phone: existing.phone }).count({ n: '*' }).first())?.n)).toBe(1);
    await page.context().close();
  });

  it('when a CS specialist works, then no list offers import and the import page says it is not theirs', async () => {
    const page = await open();
    await signIn(page, e.running.url, 'cs_specialist', '/customers');
    await page.getByText(/共 \d+ 条/).first().waitFor({ timeout: 20_000 }); // the list is there
    expect(await page.getByRole('button', { name: '导入', exact: true }).count()).toBe(0);
    await page.goto(`${e.running.url}/#/import/customers`);
    await page.getByText('批量导入仅限客户关系经理和系统管理员').waitFor({ timeout: 20_000 });
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    await page.context().close();
  });
});
