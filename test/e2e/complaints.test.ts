import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

interface ComplaintRow { id: number; status: string; paused_at: string | null; department: string | null }

/**
 * Complaints in a real Chromium against the real server: the SLA chips and the "due soon or breached" filter,
 * a specialist refused beside the field when she skips what a step needs, and a manager working a complaint
 * from receipt to close through the step buttons, then the printable rectification notice.
 */
describe('a complaint from receipt to close, with its SLA clock', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(100);
  }, 240_000);
  afterAll(async () => e?.close());

  const get = async (page: Page, filter: Record<string, unknown>): Promise<ComplaintRow[]> => {
    const response = await page.request.get(`${e.running.url}/api/complaints?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as ComplaintRow[];
  };

  it('when the list is filtered to 即将超时或已超时, then only red and amber chips remain', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_specialist', `/complaints?filter=${encodeURIComponent(JSON.stringify({ sla: 'attention' }))}`);
    await page.locator('[data-sla]').first().waitFor({ timeout: 20_000 });
    const states = await page.locator('[data-sla]').evaluateAll((els) => els.map((el) => el.getAttribute('data-sla')));
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(states.filter((s) => s === 'breached' || s === 'due_soon')));
  });

  it('when a specialist records a resolution with none given, then the field says it is required and nothing changes', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_specialist', '/');
    const [assigned] = await get(page, { status: 'assigned' });
    await page.goto(`${e.running.url}/#/complaints/${assigned.id}/show`);
    await page.locator('[data-step="resolved"]').click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.getByRole('dialog').getByText('必填').waitFor({ timeout: 10_000 });
    expect((await get(page, { id: assigned.id }))[0].status).toBe('assigned');
  });

  it('when a manager takes each step, then the server follows the flow to closed and the notice prints the department', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_manager', '/');
    const [fresh] = await get(page, { status: 'received' });
    await page.goto(`${e.running.url}/#/complaints/${fresh.id}/show`);
    await page.getByTestId('sla-clock').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('sla-clock').textContent()).toMatch(/首次响应.*（工作时间）/);
    const take = async (to: string, fill?: () => Promise<void>) => {
      await page.locator(`[data-step="${to}"]`).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await fill?.();
      await dialog.getByRole('button', { name: '确定' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 10_000 });
      await expect.poll(async () => (await get(page, { id: fresh.id }))[0].status).toBe(to);
    };
    await take('confirmed');
    await take('assigned', async () => {
      await page.getByRole('dialog').getByLabel('责任部门').click();
      await page.getByRole('option', { name: '售后服务部' }).click();
      await page.getByRole('dialog').getByLabel('整改通知单').fill('三个工作日内完成复检并回复客户');
    });
    await take('resolved', async () => page.getByRole('dialog').getByLabel('处理结果').fill('已退还相关费用并致歉'));
    await take('feedback', async () => page.getByRole('dialog').getByLabel('客户意见').fill('客户表示满意'));
    await take('closed');
    await page.goto(`${e.running.url}/#/complaints/${fresh.id}/notice`);
    await page.getByText('整改通知单', { exact: true }).first().waitFor({ timeout: 10_000 });
    await page.getByText('售后服务部').waitFor();
    await page.getByText('三个工作日内完成复检并回复客户').waitFor();
  });
});
