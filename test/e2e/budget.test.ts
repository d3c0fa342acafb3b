import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

interface EventRow {
  id: number;
  title: string;
  status: string;
  budget: number | null;
  actual_cost: number | null;
}

interface ParticipantRow {
  qr_token: string;
}

/**
 * The event workspace's budget tab and the printable invitation list, in a real Chromium against the real server:
 * a CS specialist adds a budget line in place (a refused amount is explained beside its input, a good one moves
 * the event's budget), then opens the invitation list's QR cards, whose codes are the participants' tokens, and
 * prints them without the app around.
 */
describe('a CS specialist keeps an event budget and prints its invitations', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(200);
  }, 240_000);
  afterAll(async () => e?.close());

  const get = async <T>(request: APIRequestContext, path: string): Promise<T> => {
    const response = await request.get(`${e.running.url}/api/${path}`);
    expect(response.status(), path).toBe(200);
    return (await response.json()) as T;
  };

  it('when a line is added in the budget tab, then a negative amount is refused beside its input and a good line moves the totals', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_specialist');
    const request = page.context().request;
    const events = await get<EventRow[]>(request, `events?${new URLSearchParams({ filter: JSON.stringify({ status: 'approved' }), range: '[0,0]' })}`);
    const event = events[0];
    expect(event.budget).toBeGreaterThan(0);

    await page.goto(`${e.running.url}/#/events/${event.id}/show/event_budget_lines`);
    await page.getByTestId('budget-table').waitFor();
    await page.getByRole('button', { name: '添加预算明细' }).click();
    const editor = page.getByTestId('budget-line-editor');
    await editor.getByLabel('费用项目').fill('活动保险');
    await editor.getByLabel('预算金额').fill('-5');
    await editor.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => editor.textContent()).toContain('不能小于 0');

    await editor.getByLabel('预算金额').fill('1,200');
    await editor.getByLabel('实际金额').fill('1350');
    await editor.getByRole('button', { name: '保存' }).click();
    await editor.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: /活动保险/ });
    await expect.poll(() => row.getAttribute('data-over')).toBe('true');
    const after = await get<EventRow>(request, `events/${event.id}`);
    expect(after.budget).toBe(Number(event.budget) + 1200);
    await expect.poll(() => page.getByTestId('budget-totals').textContent()).toContain((Number(event.budget) + 1200).toLocaleString('en-US'));
  }, 90_000);

  it('when the invitation list shows QR cards, then each card encodes its participant token and print leaves only the cards', async () => {
    const page = await openPage(e, 1200, 900);
    await signIn(page, e.running.url, 'cs_specialist');
    const request = page.context().request;
    const events = await get<EventRow[]>(request, `events?${new URLSearchParams({ filter: JSON.stringify({ status: 'done' }), range: '[0,0]' })}`);
    const participants = await get<ParticipantRow[]>(request, `event_participants?${new URLSearchParams({ filter: JSON.stringify({ event_id: events[0].id }), range: '[0,999]' })}`);
    expect(participants.length).toBeGreaterThan(0);

    await page.goto(`${e.running.url}/#/events/${events[0].id}/invitations`);
    await page.getByTestId('invitation-table').waitFor();
    expect(await page.locator('[data-testid="invitation-table"] tbody tr').count()).toBe(participants.length);
    await page.getByRole('button', { name: '二维码邀请卡' }).click();
    await page.getByTestId('qr-cards').waitFor();
    const tokens = await page.locator('[data-testid="qr-card"] svg').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-token')));
    expect(tokens.sort()).toEqual(participants.map((p) => p.qr_token).sort());

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    expect(await page.getByTestId('qr-card').first().isVisible()).toBe(true);
  }, 90_000);
});
