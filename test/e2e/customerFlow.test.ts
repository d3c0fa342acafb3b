import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, startE2E, type E2E } from './harness.js';

/**
 * What a person does every morning: sign in, search the customer list, open a customer, edit a field,
 * save and see the change — in Chinese and in English, in a real Chromium against the real server.
 */
describe('a CS specialist edits a customer in the browser', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  async function openIn(locale: 'zh' | 'en'): Promise<Page> {
    const context = await e.browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript((l) => window.localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
    const page = await context.newPage();
    page.on('pageerror', (err) => {
      throw err;
    });
    return page;
  }

  it.each([
    ['zh', '客户', '编辑', '保存', '已更新'],
    ['en', 'Customers', 'Edit', 'Save', 'updated'],
  ] as const)('when working in %s, then search → open → edit → save shows the change', async (locale, listTitle, edit, save, saved) => {
    const target = await e.running.db('customers').whereNotNull('phone').orderBy('id').offset(40).first('id', 'name', 'phone');
    const page = await openIn(locale);
    await signIn(page, e.running.url, 'cs_specialist', '/customers');
    await expect.poll(() => page.title(), { timeout: 20_000 }).toContain('CRM');
    await page.getByRole('heading', { name: listTitle }).first().waitFor();

    await page.locator('input[name="q"]').fill(target.name);
    await page.getByRole('cell', { name: target.name, exact: true }).first().click();
    await page.waitForURL(new RegExp(`#/customers/${target.id}/show`));
    await page.getByText(target.name).first().waitFor();

    await page.getByRole('link', { name: edit }).first().click();
    await page.waitForURL(new RegExp(`#/customers/${target.id}$`));
    const note = `${locale === 'zh' ? '周末方便来店' : 'prefers weekend visits'} ${Date.now()}`;
    const company = page.locator('input[name="company"]');
    await company.fill(note);
    await page.getByRole('button', { name: save }).first().click();
    await page.getByText(new RegExp(saved, 'i')).first().waitFor();

    const stored = await e.running.db('customers').where({ id: target.id }).first('company', 'version');
    expect(stored.company).toBe(note);
    await page.goto(`${e.running.url}/#/customers/${target.id}/show`);
    await expect.poll(() => page.getByText(note).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.context().close();
  });
});
