import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

/**
 * The tier page in a real Chromium against the real server: a CS manager lowers the gold threshold, sees the
 * check beside the field, runs the what-if, applies it, and follows the link to the customers it moved; a
 * specialist reads the same page without being able to change it.
 */
describe('a CS manager changes the tier rules', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(300);
  }, 240_000);
  afterAll(async () => e?.close());

  const open = (): Promise<Page> => openPage(e);
  const goldThreshold = (page: Page) => page.locator('[data-tier="gold"] input[name$=".threshold_points"]');
  const api = async <T>(page: Page, path: string, filter: Record<string, unknown>) => {
    const query = `filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,499]')}`;
    const response = await page.request.get(`${e.running.url}/api/${path}?${query}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as T;
  };

  it('when gold is lowered, tried and applied, then members are promoted, the database follows and the list shows who moved', async () => {
    const page = await open();
    await signIn(page, e.running.url, 'cs_manager', '/tiers/manage');
    await goldThreshold(page).waitFor({ timeout: 20_000 });
    expect(await goldThreshold(page).inputValue()).toBe('20000');

    // a threshold at or below silver's is refused beside the field, before anything is sent
    await goldThreshold(page).fill('4000');
    await page.getByText('必须高于银卡的门槛（5000 分）').waitFor();
    expect(await page.getByRole('button', { name: '试算' }).isDisabled()).toBe(true);

    await goldThreshold(page).fill('6000');
    await expect.poll(() => page.getByTestId('draft-status').textContent()).toBe('1 处修改未保存');
    await page.getByRole('button', { name: '试算' }).click();
    const up = page.getByTestId('preview-up').locator('[data-count]');
    await up.waitFor({ timeout: 30_000 });
    const promoted = Number(await up.getAttribute('data-count'));
    expect(promoted).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('preview-down').locator('[data-count]').getAttribute('data-count'))).toBe(0);
    await page.getByTestId('moves-matrix').waitFor();

    // the what-if's "open in customers" filter names exactly the customers it would promote
    const openUp = page.getByTestId('preview-up').getByRole('link', { name: '在客户列表中查看' });
    const previewFilter = JSON.parse(new URL(`http://x${(await openUp.getAttribute('href'))?.slice(1)}`).searchParams.get('filter') ?? '{}');
    expect(previewFilter.tier_preview).toMatch(/:up$/);
    const wouldMove = await api<{ id: number; tier_id: number }[]>(page, 'customers', { ...previewFilter });
    expect(wouldMove.length).toBe(promoted);

    await page.getByRole('button', { name: '保存并执行…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`晋升 ${promoted.toLocaleString('zh-CN')} 人`).waitFor();
    await dialog.getByRole('button', { name: '确认执行' }).click();
    const result = page.getByTestId('run-result');
    await result.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('rules-version').textContent(), { timeout: 20_000 }).toBe('v1');

    const gold = await e.running.db('tiers').where({ code: 'gold' }).first('id', 'threshold_points');
    expect(Number(gold.threshold_points)).toBe(6000);
    expect(Number((await e.running.db('loyalty_rules').count({ n: '*' }).first())?.n)).toBe(1);
    // everyone the what-if named is gold now
    const nowTiers = await e.running.db('customers').whereIn('id', wouldMove.map((c) => c.id)).select('tier_id');
    expect(nowTiers.every((c) => c.tier_id === gold.id)).toBe(true);

    const link = result.getByRole('link', { name: '查看本批次调整的客户' });
    const batchFilter = JSON.parse(new URL(`http://x${(await link.getAttribute('href'))?.slice(1)}`).searchParams.get('filter') ?? '{}');
    expect(typeof batchFilter.tier_batch).toBe('string');
    const changes = await api<{ customer_id: number; direction: string; to_tier_id: number }[]>(page, 'tier_changes', { batch_id: batchFilter.tier_batch });
    expect(changes.length).toBe(promoted);
    expect(changes.every((c) => c.direction === 'up')).toBe(true);
    const moved = await e.running.db('tier_changes').where({ batch_id: batchFilter.tier_batch }).count({ n: '*' }).first();
    expect(Number(moved?.n)).toBe(promoted);

    await link.click();
    await page.waitForURL(/#\/customers\?/);
    await page.getByTestId('filter-tier_batch').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 20_000 }).toBe(Math.min(promoted, 25));
    await page.context().close();
  });

  it('when a CS specialist opens the tier page, then the tiers and rules are shown read-only, with no what-if', async () => {
    const page = await open();
    await signIn(page, e.running.url, 'cs_specialist', '/tiers/manage');
    await page.locator('[data-tier="gold"]').waitFor({ timeout: 20_000 });
    await page.getByText('积分与升降级规则').waitFor();
    expect(await goldThreshold(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: '试算' }).count()).toBe(0);
    await page.getByText('历史版本').waitFor();
    await page.context().close();
  });
});
