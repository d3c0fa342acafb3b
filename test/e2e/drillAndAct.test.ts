import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';
import type { Dashboard } from '../../server/domain/analytics/types.js';

/**
 * Issue 8, part 6 — drill down and act, in a real Chromium: a CS manager follows the churn tile into the customers
 * list, sees why the list is narrowed (the drill filter as a chip), marks every lapsed owner as churned in one bulk
 * edit, invites the same customers to an open event, and keeps the filter as a segment.
 */
describe('from a dashboard number to work on the customers behind it', () => {
  let e: E2E;
  let page: Page;
  let drill: Record<string, unknown>;
  let ids: number[];

  beforeAll(async () => {
    e = await startE2E(300);
    page = await openPage(e);
    await signIn(page, e.running.url, 'cs_manager');
    await page.waitForURL(/#\/dashboard$/, { timeout: 20_000 });
    const answer = await page.request.get(`${e.running.url}/api/analytics/dashboard`);
    const churn = ((await answer.json()) as Dashboard).kpis.find((k) => k.key === 'churn');
    drill = churn?.drill.filter ?? {};
    const listed = await page.request.get(`${e.running.url}/api/customers?filter=${encodeURIComponent(JSON.stringify(drill))}&range=[0,999]`);
    ids = ((await listed.json()) as { id: number }[]).map((c) => c.id).sort((a, b) => a - b);
  }, 240_000);
  afterAll(async () => e?.close());

  it('when the manager clicks the churn tile, then the list shows the lapsed owners and names the hidden condition as a chip', async () => {
    expect(ids.length).toBeGreaterThan(25); // more than a page, so "all matching" matters
    await page.getByTestId('kpi-churn').getByRole('link').click();
    await page.waitForURL(/#\/customers\?filter=/);
    await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    const chip = page.getByTestId('drill-filter-not_visited_months');
    await chip.waitFor();
    expect(await chip.textContent()).toBe(`未到店月数：${String(drill.not_visited_months)}`);
    expect(await page.getByTestId('drill-filter-customer_type').textContent()).toBe('客户类型：保有客户（C卡）、集团客户');
  }, 120_000);

  it('when every matching customer is set to churned in one bulk edit, then exactly they change', async () => {
    const outside = await e.running.db('customers').whereNotIn('id', ids).first('id', 'lifecycle_stage');
    await page.locator('thead input[type="checkbox"]').first().check();
    const count = ids.length.toLocaleString('en-US');
    await page.getByTestId('selection-banner').getByRole('button', { name: `选择全部 ${count} 条符合条件的记录` }).click();
    await page.getByRole('button', { name: '批量修改' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().fill('生命周期阶段');
    await page.getByRole('option', { name: '生命周期阶段' }).click();
    await dialog.getByRole('combobox').nth(1).click();
    await page.getByRole('option', { name: '流失' }).click();
    await dialog.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => dialog.getByTestId('bulk-confirm-count').textContent()).toBe(`将修改 ${count} 条客户档案记录`);
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await page.getByText(/已修改 [\d,]+ 条记录/).waitFor({ timeout: 20_000 });
    const stages = await e.running.db('customers').whereIn('id', ids).distinct('lifecycle_stage');
    expect(stages.map((r) => r.lifecycle_stage)).toEqual(['churned']);
    expect((await e.running.db('customers').where({ id: outside.id }).first('lifecycle_stage')).lifecycle_stage).toBe(outside.lifecycle_stage);
  }, 120_000);

  it('when the same customers are invited to an open event, then the dry run counts them and the confirmed invitation writes them', async () => {
    const event = await e.running.db('events').whereIn('status', ['planned', 'approved']).orderBy('start_at', 'asc').first('id', 'title');
    const before = await e.running.db('event_participants').where({ event_id: event.id }).pluck('customer_id');
    await page.locator('thead input[type="checkbox"]').first().check();
    const count = ids.length.toLocaleString('en-US');
    await page.getByTestId('selection-banner').getByRole('button', { name: `选择全部 ${count} 条符合条件的记录` }).click();
    await page.getByTestId('invite-chosen-button').click();
    await page.getByTestId('pick-event-dialog').getByRole('combobox').click();
    await page.getByRole('option', { name: new RegExp(`^${event.title as string} ·`) }).click();
    await page.getByTestId('pick-event-next').click();
    const dialog = page.getByTestId('invite-dialog');
    await dialog.getByText(`邀请到：${event.title as string}`).waitFor();
    expect(await dialog.getByTestId('invite-chosen').textContent()).toContain(`选定的 ${count} 位客户`);
    await expect.poll(() => dialog.getByTestId('invite-count').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`符合条件 ${count} 人`));
    await dialog.getByTestId('invite-confirm').click();
    await page.getByText(/已邀请 \d+ 位客户/).waitFor({ timeout: 20_000 });
    const after = await e.running.db('event_participants').where({ event_id: event.id }).pluck('customer_id');
    const added = after.filter((id) => !before.includes(id));
    expect(added.length).toBeGreaterThan(0);
    // only customers the list had chosen were invited
    expect(added.every((id) => ids.includes(Number(id)))).toBe(true);
  }, 120_000);

  it('when the drilled filter is saved as a segment, then the segment keeps exactly that filter', async () => {
    await page.getByRole('button', { name: '保存为分群' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="name"]').fill('久未进站的保有客户');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('分群“久未进站的保有客户”已保存').waitFor({ timeout: 20_000 });
    const segment = await e.running.db('segments').where({ name: '久未进站的保有客户' }).first('filter');
    const filter = typeof segment.filter === 'string' ? JSON.parse(segment.filter) : segment.filter;
    expect(filter).toEqual(drill);
    await page.context().close();
  }, 120_000);
});
