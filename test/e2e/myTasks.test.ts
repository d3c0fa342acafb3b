import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, signIn, startE2E, type E2E } from './harness.js';

interface TaskRow { id: number; event_id: number; content: string; status: string; responsible_id: number | null }

/**
 * Event tasks in a real Chromium against the real server: a CS specialist starts one of her tasks from 我的任务,
 * and on an event's task tab adds a task, first with herself as both responsible and checker (refused beside
 * the checker field), then with a manager as checker.
 */
describe('a CS specialist works through her event tasks', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(100);
  }, 240_000);
  afterAll(async () => e?.close());

  const get = async <T>(page: Page, path: string, filter: Record<string, unknown>): Promise<T> => {
    const query = `filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,499]')}`;
    const response = await page.request.get(`${e.running.url}/api/${path}?${query}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as T;
  };
  const myId = async (page: Page): Promise<number> => (await (await page.request.get(`${e.running.url}/api/auth/me`)).json()).user.id;

  it('when she clicks 开始 on a task of hers in 我的任务, then the server has it under way and the card says so', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_specialist', '/tasks/mine');
    const me = await myId(page);
    const [task] = await get<TaskRow[]>(page, 'event_tasks', { responsible_id: me, status: 'todo' });
    expect(task).toBeDefined();
    const card = page.locator(`[data-task-id="${task.id}"]`);
    await card.waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { name: /本周到期|以后|已逾期/ }).count()).toBeGreaterThan(0);
    await card.getByRole('button', { name: '开始' }).click();
    await expect.poll(async () => (await get<TaskRow[]>(page, 'event_tasks', { id: task.id }))[0].status).toBe('doing');
    await card.getByText('进行中').waitFor();
    expect(await card.getByRole('button', { name: '开始' }).count()).toBe(0);
  });

  it('when she adds a task she would check herself, then the checker field says why; with a manager as checker it is added', async () => {
    const page = await openPage(e);
    await signIn(page, e.running.url, 'cs_specialist', '/');
    const [event] = await get<{ id: number }[]>(page, 'events', { status: 'approved' });
    const before = (await get<TaskRow[]>(page, 'event_tasks', { event_id: event.id })).length;
    await page.goto(`${e.running.url}/#/events/${event.id}/show`);
    await page.getByRole('tab', { name: '活动任务' }).click();
    const add = page.getByTestId('task-quick-add');
    await add.waitFor({ timeout: 20_000 });
    await add.getByLabel('工作内容').fill('联系摄影师，确认活动当天跟拍');
    const pick = async (label: string, name: string) => {
      await add.getByLabel(label).fill(name);
      await page.getByRole('option', { name }).click();
    };
    await pick('责任人', '李娜');
    await pick('检核人', '李娜');
    await add.getByRole('button', { name: '添加任务' }).click();
    await add.getByText('检核人不能与责任人为同一人').waitFor({ timeout: 10_000 });
    expect((await get<TaskRow[]>(page, 'event_tasks', { event_id: event.id })).length).toBe(before);

    await add.getByLabel('检核人').clear();
    await pick('检核人', '王芳');
    await add.getByRole('button', { name: '添加任务' }).click();
    await expect.poll(async () => (await get<TaskRow[]>(page, 'event_tasks', { event_id: event.id })).length).toBe(before + 1);
    await page.getByTestId('event-tasks-panel').getByText('联系摄影师，确认活动当天跟拍').waitFor();
  });
});
