import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

/**
 * Sign-in and what each role is shown, in a real Chromium against the real server: the sign-in page, the
 * menu, the buttons, masked values, "My account" and an admin setting a colleague's password.
 */
describe('signing in and what each role sees', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  const open = (): Promise<Page> => openPage(e, 1366);

  const userId = async (username: string) => (await e.running.db('users').where({ username }).first('id')).id as number;
  const menuLink = (page: Page, resource: string) =>
    page.locator(`:is(.RaMenu-open, .RaMenu-closed) a[href="#/${resource}"]`);
  /** The list's "第 1-25 条，共 N 条" */
  async function listTotal(page: Page): Promise<number> {
    const text = await page.getByText(/共 \d+ 条/).first().textContent();
    return Number(/共 (\d+) 条/.exec(text ?? '')?.[1]);
  }

  it('when someone opens the app without signing in, then they get the sign-in page, and a wrong password is said so', async () => {
    const page = await open();
    await page.goto(`${e.running.url}/#/customers`);
    await page.locator('input[name="username"]').waitFor();
    expect(page.url()).toContain('#/login');
    await expect.poll(() => page.getByText('客户关系管理 · CRM').count()).toBeGreaterThan(0);

    await page.fill('input[name="username"]', 'chen.jing');
    await page.fill('input[name="password"]', 'not-her-password');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('用户名或密码不正确').waitFor();
    expect(page.url()).toContain('#/login');
    expect(await page.locator('input[name="password"]').inputValue()).toBe('');
    await page.context().close();
  });

  it('when a sales consultant signs in, then only their own customers are listed, phones masked, no staff list and no delete', async () => {
    const page = await open();
    await signIn(page, e.running.url, 'sales_consultant', '/customers');
    const own = Number((await e.running.db('customers').where({ owner_id: await userId('yang.fan') }).count({ n: '*' }).first())?.n);
    const all = Number((await e.running.db('customers').count({ n: '*' }).first())?.n);
    await expect.poll(() => listTotal(page), { timeout: 20_000 }).toBe(own);
    expect(own).toBeLessThan(all);

    // masked phones (138****5678) with the lock that says why
    await expect.poll(() => page.getByRole('cell', { name: /\d{3}\s?\*{4}\s?\d{4}/ }).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-masked="true"]').count()).toBeGreaterThan(0);
    // the customers menu is there, the staff list and the CS team's segments are not; no owner filter, no bulk delete
    await menuLink(page, 'customers').first().waitFor();
    expect(await menuLink(page, 'users').count()).toBe(0);
    expect(await menuLink(page, 'segments').count()).toBe(0);
    expect(await page.locator('input[name="owner_id"]').count()).toBe(0);
    expect(await page.locator('input[type="checkbox"]').count()).toBe(0);

    // their own customer: editable, not deletable; saving with the masked phone keeps the stored number
    const customer = await e.running.db('customers').where({ owner_id: await userId('yang.fan') }).whereNotNull('phone').orderBy('id').first('id', 'phone');
    await page.goto(`${e.running.url}/#/customers/${customer.id}`);
    const company = page.locator('input[name="company"]');
    await company.waitFor();
    expect(await page.getByRole('button', { name: '删除' }).count()).toBe(0);
    await company.fill(`杨帆的客户 ${Date.now()}`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`#/customers/${customer.id}/show`));
    const stored = await e.running.db('customers').where({ id: customer.id }).first('phone', 'company');
    expect(stored.company).toMatch(/^杨帆的客户/);
    expect(stored.phone).toBe(customer.phone);
    await page.context().close();
  });

  it('when a CS specialist signs in, then staff, lookups and tiers are read-only and ID numbers are masked', async () => {
    const page = await open();
    await signIn(page, e.running.url, 'cs_specialist', '/users');
    await page.getByRole('cell', { name: 'wang.fang', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    expect(await menuLink(page, 'audit_log').count()).toBe(0);

    await page.goto(`${e.running.url}/#/lookups`);
    await expect.poll(() => listTotal(page), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);

    const tier = await e.running.db('tiers').orderBy('rank').first('id', 'name');
    await page.goto(`${e.running.url}/#/tiers/${tier.id}/show`);
    await page.getByText(tier.name).first().waitFor();
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);

    const customer = await e.running.db('customers').whereNotNull('id_number').whereNotNull('phone').orderBy('id').first('id', 'phone');
    await page.goto(`${e.running.url}/#/customers/${customer.id}/show`);
    await page.locator('[data-masked="true"]').first().waitFor();
    // contact details in full for the CS team, the ID number hidden
    expect(await page.getByText(customer.phone, { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText(/\*{4,}/).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('when a CS manager signs in, then the audit log is in the menu and tiers may be created, but staff may not', async () => {
    const page = await open();
    await signIn(page, e.running.url, 'cs_manager', '/tiers');
    await menuLink(page, 'audit_log').first().waitFor();
    await page.getByRole('link', { name: '新建' }).first().waitFor();
    await page.goto(`${e.running.url}/#/users`);
    await page.getByRole('cell', { name: 'wang.fang', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await page.context().close();
  });

  it('when the user signs out from the user menu, then the sign-in page is back and the app stays closed', async () => {
    const page = await open();
    await signIn(page, e.running.url, 'cs_manager', '/customers');
    await page.getByRole('button', { name: '个人信息' }).click();
    await page.getByText('客户关系经理').first().waitFor();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.locator('input[name="username"]').waitFor();
    await page.goto(`${e.running.url}/#/customers`);
    await page.locator('input[name="username"]').waitFor();
    expect(page.url()).toContain('#/login');
    await page.context().close();
  });

  it('when an admin sets a colleague’s password, then the colleague signs in with it and may change it under My account', async () => {
    const admin = await open();
    await signIn(admin, e.running.url, 'admin', '/users');
    await admin.getByRole('link', { name: '新建' }).first().waitFor();
    const id = await userId('zhang.min');
    await admin.goto(`${e.running.url}/#/users/${id}`);
    await admin.locator('input[name="password"]').fill('zhang-min-first');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.waitForURL(new RegExp(`#/users/${id}/show`));
    await admin.context().close();

    const page = await open();
    await page.goto(`${e.running.url}/#/account`);
    await page.fill('input[name="username"]', 'zhang.min');
    await page.fill('input[name="password"]', 'zhang-min-first');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/account/);
    await page.getByText('张敏').first().waitFor();

    await page.locator('input[name="current_password"]').fill('not-the-password');
    await page.locator('input[name="new_password"]').fill('zhang-min-second');
    await page.locator('input[name="repeat_password"]').fill('zhang-min-second');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('不正确').first().waitFor();

    await page.locator('input[name="current_password"]').fill('zhang-min-first');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改').first().waitFor();
    await page.context().close();

    const answer = await fetch(`${e.running.url}/api/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'zhang.min', password: 'zhang-min-second' }),
    });
    expect(answer.status).toBe(200);
  });

  it('when a user creates an API token, then it is shown once, works as a Bearer token, and stops working once revoked', async () => {
    const page = await open();
    await signIn(page, e.running.url, 'cs_manager', '/account');
    await page.getByRole('button', { name: '新建令牌' }).click();
    await page.locator('input[name="token_name"]').fill('夜间同步');
    await page.getByRole('button', { name: '创建' }).click();
    const token = (await page.getByTestId('new-token').textContent())?.trim() ?? '';
    expect(token).toMatch(/^crm_/);
    const call = () => fetch(`${e.running.url}/api/customers?range=[0,0]`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await call()).status).toBe(200);

    await page.getByRole('button', { name: '我已保存，关闭' }).click();
    await page.getByRole('cell', { name: '夜间同步' }).waitFor();
    // the secret is gone from the page: only its first characters remain
    expect(await page.getByText(token).count()).toBe(0);

    await page.getByRole('button', { name: '吊销' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '吊销' }).click();
    await page.getByText('您还没有创建 API 令牌').waitFor();
    expect((await call()).status).toBe(401);
    await page.context().close();
  });
});
