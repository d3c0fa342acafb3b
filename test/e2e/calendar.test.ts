import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, startE2E, type E2E } from './harness.js';

const CHINA = 8 * 3_600_000;
const DAY = 86_400_000;
/** The calendar day in China of a moment, as the calendar (in a China-time browser) shows it. */
const chinaDay = (iso: string, plusDays = 0) => new Date(new Date(iso).getTime() + CHINA + plusDays * DAY).toISOString().slice(0, 10);

interface EventRow {
  id: number;
  status: string;
  start_at: string;
  end_at: string;
}

/**
 * The event calendar in a real Chromium (China time) against the real server: a CS specialist drags an
 * approved event to the next day and the database follows; dragging a finished event is refused by the server,
 * the event jumps back and the reason is shown.
 */
describe('a CS specialist reschedules events on the calendar', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(200);
  }, 240_000);
  afterAll(async () => e?.close());

  /** Like the harness's openPage, in China time: the calendar draws days in the browser's time zone. */
  const open = async (): Promise<Page> => {
    const context = await e.browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai' });
    await context.addInitScript(() => window.localStorage.setItem('RaStore.locale', JSON.stringify('zh')));
    const page = await context.newPage();
    page.on('pageerror', (err) => {
      throw err;
    });
    return page;
  };

  /** A seeded event of one of these statuses that starts and ends on the same day (so it is one block in its day cell). */
  const oneDayEvent = async (statuses: string[]): Promise<EventRow> => {
    const rows: EventRow[] = await e.running.db('events').whereIn('status', statuses).orderBy('start_at', 'desc').select('id', 'status', 'start_at', 'end_at');
    const found = rows.find((r) => chinaDay(r.start_at) === chinaDay(new Date(new Date(r.end_at).getTime() - 1).toISOString()));
    if (!found) throw new Error(`no one-day seeded event with status ${statuses.join('/')}`);
    return found;
  };

  /** Drags an item by the mouse, as a person would, onto the day cell `day` of the month grid. */
  const dragTo = async (page: Page, testId: string, day: string) => {
    const from = await page.getByTestId(testId).boundingBox();
    const to = await page.locator(`td.fc-daygrid-day[data-date="${day}"]`).boundingBox();
    if (!from || !to) throw new Error('item or day not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height * 0.6, { steps: 12 });
    await page.mouse.up();
  };

  const dayOfItem = (page: Page, testId: string) =>
    page.getByTestId(testId).evaluate((el) => el.closest('td.fc-daygrid-day')?.getAttribute('data-date') ?? null);

  it('when an approved event is dragged to the next day, then the server moves it there, hours kept, and says so', async () => {
    const event = await oneDayEvent(['approved', 'planned', 'draft']);
    const day = chinaDay(event.start_at);
    const page = await open();
    await signIn(page, e.running.url, 'cs_specialist', `/events/calendar?date=${day}&tasks=0`);
    const item = `event-${event.id}`;
    await page.getByTestId(item).waitFor({ timeout: 20_000 });
    expect(await dayOfItem(page, item)).toBe(day);

    await dragTo(page, item, chinaDay(event.start_at, 1));
    await page.getByText(/已改期/).waitFor({ timeout: 10_000 });
    const moved = await e.running.db('events').where({ id: event.id }).first('start_at', 'end_at', 'status');
    expect(new Date(moved.start_at).getTime()).toBe(new Date(event.start_at).getTime() + DAY);
    expect(new Date(moved.end_at).getTime()).toBe(new Date(event.end_at).getTime() + DAY);
    expect(moved.status).toBe(event.status);
    expect(await dayOfItem(page, item)).toBe(chinaDay(event.start_at, 1));
  });

  it('when a finished event is dragged, then the server refuses, it jumps back, the reason is shown and nothing changes', async () => {
    const event = await oneDayEvent(['done']);
    const day = chinaDay(event.start_at);
    const page = await open();
    await signIn(page, e.running.url, 'cs_specialist', `/events/calendar?date=${day}&tasks=0`);
    const item = `event-${event.id}`;
    await page.getByTestId(item).waitFor({ timeout: 20_000 });

    await dragTo(page, item, chinaDay(event.start_at, 1));
    await page.getByText('不能改期：已完成或已取消的活动不能改期').waitFor({ timeout: 10_000 });
    await expect.poll(() => dayOfItem(page, item)).toBe(day);
    const after = await e.running.db('events').where({ id: event.id }).first('start_at', 'end_at');
    expect(new Date(after.start_at).getTime()).toBe(new Date(event.start_at).getTime());
    expect(new Date(after.end_at).getTime()).toBe(new Date(event.end_at).getTime());
  });
});
