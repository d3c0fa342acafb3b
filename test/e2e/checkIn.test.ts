import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

interface Customer {
  id: number;
  name: string;
  phone: string | null;
}

interface Participant {
  customer_id: number;
  qr_token: string;
  attended: boolean;
  walk_in: boolean;
  checked_in_at: string | null;
}

/**
 * The check-in desk on a phone, in a real Chromium against the real server: a manager has approved an event
 * happening now and invited two customers; a CS specialist at the door signs in one by scanning the invitation's
 * code, one by searching the guest list, and a walk-in picked among all customers; a second scan of the same
 * code and a code from nowhere are told apart; then the event's scorecard counts the three.
 */
describe('a CS specialist signs guests in on a phone', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(200);
  }, 240_000);
  afterAll(async () => e?.close());

  /** The API as the signed-in page's session, with its CSRF token on writes as the app sends it. */
  const json = async <T>(request: APIRequestContext, method: 'get' | 'post' | 'put', path: string, data?: unknown): Promise<T> => {
    const me = (await (await request.get(`${e.running.url}/api/auth/me`)).json()) as { csrfToken: string | null };
    const response = await request[method](`${e.running.url}/api/${path}`, data === undefined ? undefined : { data, headers: { 'X-CSRF-Token': me.csrfToken ?? '' } });
    expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
    return (await response.json()) as T;
  };
  const list = <T>(request: APIRequestContext, resource: string, filter: Record<string, unknown>, sort = ['id', 'ASC']) =>
    json<T[]>(request, 'get', `${resource}?${new URLSearchParams({ filter: JSON.stringify(filter), sort: JSON.stringify(sort), range: '[0,199]' })}`);

  /** An approved event running now, with two invited customers (by phone call: no consent needed) and a third to walk in. */
  async function approvedEventWithGuests(): Promise<{ eventId: number; invited: [Customer, Customer]; walkIn: Customer }> {
    const manager = await openPage(e);
    await signIn(manager, e.running.url, 'cs_manager');
    const request = manager.context().request;
    const customers = await list<Customer>(request, 'customers', {});
    const names = new Map<string, number>();
    for (const c of customers) names.set(c.name, (names.get(c.name) ?? 0) + 1);
    const [a, b, c] = customers.filter((x) => names.get(x.name) === 1 && x.phone);
    const now = Date.now();
    const event = await json<{ id: number }>(request, 'post', 'events', {
      title: '车主开放日（签到测试）', event_type: 'themed_day', status: 'planned', place: '展厅',
      start_at: new Date(now - 3_600_000).toISOString(), end_at: new Date(now + 3 * 3_600_000).toISOString(), capacity: 40,
    });
    await json(request, 'put', `events/${event.id}`, { status: 'approved' });
    const invite = await json<{ invited: number }>(request, 'post', `events/${event.id}/invite`, {
      filter: { id: [a.id, b.id] }, channel: 'call', one_per_household: false, exclude_no_consent: false,
    });
    expect(invite.invited).toBe(2);
    await manager.context().close();
    return { eventId: event.id, invited: [a, b], walkIn: c };
  }

  const feedback = (page: Page) => page.getByTestId('check-in-feedback');

  it('when guests are scanned, searched and walk in, then each is signed in once, refusals are told, and the scorecard counts them', async () => {
    const { eventId, invited: [scanned, searched], walkIn } = await approvedEventWithGuests();
    const page = await openPage(e, 390, 844);
    await signIn(page, e.running.url, 'cs_specialist', `/events/${eventId}/check-in`);
    const request = page.context().request;
    const participants = async () => list<Participant>(request, 'event_participants', { event_id: eventId });
    const tokenOf = (await participants()).find((p) => p.customer_id === scanned.id)?.qr_token ?? '';
    expect(tokenOf).not.toBe('');

    // the scanner types the code and presses Enter
    const token = page.getByTestId('qr-token');
    await token.waitFor({ timeout: 20_000 });
    await page.getByTestId('participants').getByText(scanned.name).waitFor();
    await token.fill(tokenOf);
    await token.press('Enter');
    await expect.poll(() => feedback(page).textContent(), { timeout: 15_000 }).toBe(`${scanned.name} 签到成功`);

    // the second guest is found by name and signed in with the row's button
    await page.getByTestId('roster-search').fill(searched.name);
    const row = page.getByTestId('participants').locator('li').filter({ hasText: searched.name });
    await row.getByRole('button', { name: '签到' }).click();
    await expect.poll(() => feedback(page).textContent(), { timeout: 15_000 }).toBe(`${searched.name} 签到成功`);
    await row.getByText(/^已签到 /).waitFor();

    // a walk-in is picked among all customers and signed in at once
    await page.getByTestId('roster-search').fill('');
    await page.getByRole('button', { name: '现场报名' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('选择客户').fill(walkIn.name);
    await page.getByRole('option').filter({ hasText: walkIn.name }).first().click();
    await dialog.getByRole('button', { name: '报名并签到' }).click();
    await expect.poll(() => feedback(page).textContent(), { timeout: 15_000 }).toBe(`${walkIn.name} 签到成功`);

    // the same code again is "already signed in", not a second sign-in; a code from nowhere is refused
    await token.fill(tokenOf);
    await token.press('Enter');
    await expect.poll(() => feedback(page).textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^${scanned.name} 已签到 `));
    await token.fill('no-such-invitation-code');
    await token.press('Enter');
    await expect.poll(() => feedback(page).textContent(), { timeout: 15_000 }).toMatch(/^签到失败：/);

    const after = await participants();
    expect(after.filter((p) => p.attended).map((p) => p.customer_id).sort((x, y) => x - y)).toEqual([scanned.id, searched.id, walkIn.id].sort((x, y) => x - y));
    expect(after.find((p) => p.customer_id === walkIn.id)?.walk_in).toBe(true);
    expect(after.find((p) => p.customer_id === scanned.id)?.walk_in).toBe(false);
    expect(await page.getByTestId('count-attended').textContent()).toBe('3');

    // the event's scorecard reads the same three from the records
    await page.goto(`${e.running.url}/#/events/${eventId}/show`);
    const attended = page.getByTestId('scorecard-attended');
    await attended.waitFor({ timeout: 20_000 });
    await expect.poll(() => attended.textContent()).toContain('3');
    await expect.poll(async () => (await page.getByTestId('scorecard-walk_ins').textContent()) ?? '').toContain('1');
  }, 120_000);
});
