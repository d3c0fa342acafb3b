import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CustomerLoyalty, RulesDocument } from '../../server/domain/loyalty/types.js';
import { ACCOUNTS, openPage, signIn, startE2E, type E2E, type RoleName } from './harness.js';

/**
 * The points of one customer in a real Chromium against the real server: a specialist redeems a gift (the
 * balance drops and the ledger shows it), asks for an adjustment above the approval limit (it waits), and a
 * manager approves it from the queue (the balance follows, on screen and through the API).
 */
describe('a specialist spends and adjusts points, a manager approves', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  const today = new Date().toISOString().slice(0, 10);
  const grouped = (n: number) => n.toLocaleString('en-US');

  /** A signed-in API session (cookie), for reading what the server says beside what the screen shows. */
  async function api(role: RoleName): Promise<<T>(path: string) => Promise<T>> {
    const login = await fetch(`${e.running.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ACCOUNTS[role]),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return async <T,>(path: string) => {
      const res = await fetch(`${e.running.url}${path}`, { headers: { cookie } });
      expect(res.status, path).toBe(200);
      return (await res.json()) as T;
    };
  }

  /** The cheapest gift on offer today, and a customer whose balance covers it several times over. */
  async function pick() {
    const gift = await e.running
      .db('gifts')
      .where({ active: true })
      .andWhere('stock', '>', 0)
      .andWhere((q) => q.whereNull('valid_from').orWhere('valid_from', '<=', today))
      .andWhere((q) => q.whereNull('valid_to').orWhere('valid_to', '>=', today))
      .orderBy('points_price')
      .first('id', 'name', 'points_price', 'stock');
    expect(gift).toBeDefined();
    const customer = await e.running
      .db('customers')
      .where('points_balance', '>=', gift.points_price * 3)
      .orderBy('id')
      .first('id', 'name', 'points_balance');
    expect(customer).toBeDefined();
    return { gift, customer };
  }

  async function balanceOnScreen(page: Page): Promise<string> {
    return (await page.getByTestId('points-balance').textContent()) ?? '';
  }

  it('when a gift is redeemed and a big adjustment approved, then the balance follows each step', async () => {
    const { gift, customer } = await pick();
    const asSpecialist = await api('cs_specialist');
    const asManager = await api('cs_manager');
    const start = await asSpecialist<CustomerLoyalty>(`/api/loyalty/customers/${customer.id}`);
    expect(start.balance).toBe(Number(customer.points_balance));

    // the specialist redeems the cheapest gift
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_specialist', `/customers/${customer.id}/show/points`);
    await expect.poll(() => balanceOnScreen(page), { timeout: 20_000 }).toBe(grouped(start.balance));
    await page.getByRole('button', { name: '兑换礼品' }).click();
    const redeem = page.getByRole('dialog');
    await redeem.getByRole('combobox').first().click();
    await page.getByRole('option', { name: new RegExp(`^${gift.name} · `) }).click();
    await expect.poll(() => redeem.getByTestId('redemption-cost').textContent()).toContain(grouped(start.balance - gift.points_price));
    await redeem.getByRole('button', { name: '确认兑换' }).click();
    await page.getByText(`已兑换，扣除 ${grouped(gift.points_price)} 积分`).waitFor({ timeout: 20_000 });
    const afterRedeem = start.balance - gift.points_price;
    await expect.poll(() => balanceOnScreen(page), { timeout: 20_000 }).toBe(grouped(afterRedeem));
    const ledgerRow = page.getByRole('row').filter({ hasText: '礼品兑换' }).filter({ hasText: `-${grouped(gift.points_price)}` }).first();
    await ledgerRow.waitFor({ timeout: 20_000 });
    expect(await ledgerRow.textContent()).toContain(gift.name);
    const redemption = await e.running.db('redemptions').where({ customer_id: customer.id, gift_id: gift.id, status: 'requested' }).orderBy('id', 'desc').first();
    expect(redemption?.points).toBe(gift.points_price);
    expect((await e.running.db('gifts').where({ id: gift.id }).first('stock')).stock).toBe(gift.stock - 1);

    // an adjustment above the approval limit waits for a manager and changes nothing yet
    const { rules } = await asManager<RulesDocument>('/api/loyalty/rules');
    const bonus = rules.approval_threshold + 1500;
    const note = `系统迁移积分补录 e2e ${Date.now()}`;
    await page.getByRole('button', { name: '积分调整' }).click();
    const adjust = page.getByRole('dialog');
    await adjust.locator('input[name="points"]').fill(String(bonus));
    await adjust.locator('textarea[name="note"]').fill(note);
    await adjust.getByRole('button', { name: '保存' }).click();
    await page.getByText(`调整 +${grouped(bonus)} 积分超过审批额度，已提交经理审批`).waitFor({ timeout: 20_000 });
    await page.getByTestId('pending-adjustments').waitFor({ timeout: 20_000 });
    expect(await balanceOnScreen(page)).toBe(grouped(afterRedeem));
    const pending = await e.running.db('point_adjustments').where({ customer_id: customer.id, note }).first('id', 'status');
    expect(pending?.status).toBe('pending');
    expect((await asSpecialist<CustomerLoyalty>(`/api/loyalty/customers/${customer.id}`)).balance).toBe(afterRedeem);
    await page.context().close();

    // the manager approves it from the queue (pending requests by default)
    const manager = await openPage(e);
    await signIn(manager, e.running.url, 'cs_manager', '/point_adjustments');
    const row = manager.getByRole('row').filter({ hasText: note });
    await row.waitFor({ timeout: 20_000 });
    await row.getByRole('button', { name: '批准' }).click();
    const decide = manager.getByRole('dialog');
    await decide.getByRole('textbox').fill('已核对购车发票');
    await decide.getByRole('button', { name: '批准' }).click();
    await manager.getByText('已批准，积分已入账').waitFor({ timeout: 20_000 });
    await row.waitFor({ state: 'detached', timeout: 20_000 });

    const final = afterRedeem + bonus;
    const approved = await e.running.db('point_adjustments').where({ id: pending.id }).first('status', 'entry_id', 'decision_note');
    expect(approved).toMatchObject({ status: 'approved', decision_note: '已核对购车发票' });
    expect(approved.entry_id).toBeTruthy();
    expect((await asManager<CustomerLoyalty>(`/api/loyalty/customers/${customer.id}`)).balance).toBe(final);
    expect((await asManager<{ points_balance: number }>(`/api/customers/${customer.id}`)).points_balance).toBe(final);

    await manager.goto(`${e.running.url}/#/customers/${customer.id}/show/points`);
    await expect.poll(() => balanceOnScreen(manager), { timeout: 20_000 }).toBe(grouped(final));
    await manager.context().close();
  });
});
