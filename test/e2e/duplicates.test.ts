import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

/**
 * Duplicate customers in a real Chromium against the real server: the demo's 397th customer is a second record
 * of the 396th (the same person typed again with +86 before the phone). A CS specialist finds the pair, reviews
 * it side by side, keeps one value from the other record, confirms the merge, and the database follows.
 */
describe('a CS specialist merges a duplicate customer', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(400);
  }, 240_000);
  afterAll(async () => e?.close());

  it('when the pair is reviewed and merged, then the removed record is gone and its vehicles, visits and points belong to the kept one', async () => {
    const { db } = e.testDb;
    const [first, second] = await db('customers').whereIn('id', [396, 397]).orderBy('id').select('id', 'name', 'phone');
    expect(first.name).toBe(second.name);
    const before = async (id: number) => ({
      vehicles: Number((await db('vehicles').where({ customer_id: id }).count({ n: '*' }).first())?.n ?? 0),
      visits: Number((await db('service_visits').where({ customer_id: id }).count({ n: '*' }).first())?.n ?? 0),
    });
    const counts = [await before(first.id), await before(second.id)];

    const page = await openPage(e, 390, 844);
    await signIn(page, e.running.url, 'cs_specialist', '/duplicates');
    const card = page.locator(`[data-pair="${first.id}-${second.id}"]`);
    await card.waitFor({ timeout: 30_000 });
    await card.getByText('电话相同').waitFor();
    await card.getByRole('button', { name: '核对合并' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-side="keep"]').waitFor({ timeout: 20_000 });
    const keptId = Number((await dialog.locator('[data-side="keep"]').textContent())?.match(/#(\d+)/)?.[1]);
    const removedId = keptId === first.id ? second.id : first.id;
    await dialog.getByRole('button', { name: '合并', exact: true }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '合并这两份客户档案？' });
    await confirm.getByText('合并不能撤销').waitFor();
    await confirm.getByRole('button', { name: '确认合并' }).click();
    await page.getByText(/已合并：/).waitFor({ timeout: 20_000 });
    await expect.poll(() => card.count()).toBe(0);

    expect(await db('customers').where({ id: removedId }).first('id')).toBeUndefined();
    const after = await before(keptId);
    expect(after.vehicles).toBe(counts[0].vehicles + counts[1].vehicles);
    expect(after.visits).toBe(counts[0].visits + counts[1].visits);
    const kept = await db('customers').where({ id: keptId }).first('points_balance');
    const ledger = await db('point_entries').where({ customer_id: keptId }).sum({ s: 'points' }).first();
    expect(Number(kept.points_balance)).toBe(Number(ledger?.s ?? 0));
    const merge = await db('audit_log').where({ resource: 'customers', record_id: keptId, action: 'merge' }).first('id');
    expect(merge).toBeDefined();

    // the kept customer's history lists the merged record
    await page.goto(`${e.running.url}/#/customers/${keptId}/show/history`);
    await page.getByTestId('merged-records').getByText(`原编号 ${removedId}`).waitFor({ timeout: 20_000 });
  }, 120_000);
});
