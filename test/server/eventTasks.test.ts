import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import { agentOf, userOf } from './actors.js';
import { countOf, loyaltyWorld, type World } from './loyalty.js';
import type { Api } from './matrix.js';

/**
 * Event tasks (issue 6, part 3): the project schedule's status flow todo → doing → done → checked, who may pass
 * the check, checked tasks locked to managers, checker ≠ responsible, no work added to a finished or cancelled
 * event, the same rules for bulk edits and imports, and the "my tasks" filter (responsible or checker).
 */
describe('event tasks', () => {
  let w: World;
  let db: World['t']['db'];
  let other: Api;
  let ids: { specialist: number; manager: number; other: number };
  let serial = 0;

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    other = await agentOf(w.app, db, 'cs_specialist', 'test.other');
    ids = {
      specialist: (await userOf(db, 'cs_specialist')).id,
      manager: (await userOf(db, 'cs_manager')).id,
      other: (await userOf(db, 'cs_specialist', 'test.other')).id,
    };
  });
  afterAll(async () => w.t.drop());

  const newEvent = async (): Promise<number> => {
    serial += 1;
    const body = { title: `活动${serial}`, event_type: 'themed_day', start_at: '2026-12-05T02:00:00.000Z', end_at: '2026-12-05T06:00:00.000Z', status: 'planned' };
    return (await w.manager.post('/api/events').send(body).expect(201)).body.id;
  };
  /** Sets an event's status directly: the event flow is tested elsewhere. */
  const closeEvent = async (id: number, status: 'done' | 'cancelled') => db('events').where({ id }).update({ status });
  const taskBody = (eventId: number, extra: Row = {}): Row => ({
    event_id: eventId, content: '采购礼品、奖品及活动物料', due_date: '2026-12-01', responsible_id: ids.specialist, checker_id: ids.other, ...extra,
  });
  const newTask = async (eventId: number, extra: Row = {}): Promise<number> =>
    (await w.specialist.post('/api/event_tasks').send(taskBody(eventId, extra)).expect(201)).body.id;
  const statusOf = async (id: number) => String((await db('event_tasks').where({ id }).first('status')).status);
  const move = (api: Api, id: number, status: string) => api.put(`/api/event_tasks/${id}`).set('Accept-Language', 'en').send({ status });

  it('when a task walks todo → doing → done and its checker passes it, then it is checked; done may be reopened', async () => {
    const id = await newTask(await newEvent());
    expect(await statusOf(id)).toBe('todo');
    await move(w.specialist, id, 'doing').expect(200);
    await move(w.specialist, id, 'done').expect(200);
    await move(w.specialist, id, 'doing').expect(200); // reopened
    await move(w.specialist, id, 'done').expect(200);
    await move(other, id, 'checked').expect(200);
    expect(await statusOf(id)).toBe('checked');
  });

  it('when a task not yet done is passed, then 400 on status and it stays as it was', async () => {
    const id = await newTask(await newEvent(), { status: 'doing' });
    const res = await move(other, id, 'checked').expect(400);
    expect(res.body.errors).toEqual({ status: 'can pass the check only once the task is done' });
    expect(await statusOf(id)).toBe('doing');
    const created = await w.specialist.post('/api/event_tasks').send(taskBody(await newEvent(), { status: 'checked' })).expect(400);
    expect(Object.keys(created.body.errors)).toEqual(['status']);
  });

  it('when someone other than the checker or a manager passes a done task, then 403 naming status; a manager may', async () => {
    const id = await newTask(await newEvent(), { status: 'done' });
    const res = await move(w.specialist, id, 'checked').expect(403);
    expect(res.body.errors.status).toMatch(/only the task's checker/);
    expect(await statusOf(id)).toBe('done');
    // naming oneself the checker in the same request does not make one the checker
    await w.specialist.put(`/api/event_tasks/${id}`).send({ status: 'checked', checker_id: ids.manager, responsible_id: ids.other }).expect(403);
    await move(w.manager, id, 'checked').expect(200);
  });

  it('when a checked task is changed by a specialist, then 403 (even its checker); a manager sends it back', async () => {
    const id = await newTask(await newEvent(), { status: 'done' });
    await move(other, id, 'checked').expect(200);
    for (const api of [w.specialist, other]) {
      const res = await api.put(`/api/event_tasks/${id}`).send({ notes: '改一下' }).expect(403);
      expect(Object.keys(res.body.errors)).toEqual(['status']);
      await api.delete(`/api/event_tasks/${id}`).expect(403);
    }
    await move(w.manager, id, 'doing').expect(200);
    expect(await statusOf(id)).toBe('doing');
  });

  it('when the checker is the responsible person, then 400 on checker_id in Chinese and English, on create and update', async () => {
    const eventId = await newEvent();
    const before = await countOf(db, 'event_tasks');
    const zh = await w.specialist.post('/api/event_tasks').set('Accept-Language', 'zh-CN').send(taskBody(eventId, { checker_id: ids.specialist })).expect(400);
    expect(zh.body.errors).toEqual({ checker_id: '检核人不能与责任人为同一人' });
    expect(await countOf(db, 'event_tasks')).toBe(before);
    const id = await newTask(eventId);
    const en = await w.specialist.put(`/api/event_tasks/${id}`).set('Accept-Language', 'en').send({ responsible_id: ids.other }).expect(400);
    expect(en.body.errors.checker_id).toMatch(/must not be the responsible person/);
  });

  it('when a task is added to, moved to or reopened on a done or cancelled event, then 400; other changes still go', async () => {
    const open = await newEvent();
    const done = await newEvent();
    const finished = await newTask(done, { status: 'done' });
    const notes = await newTask(done, { status: 'doing' });
    const elsewhere = await newTask(open);
    await closeEvent(done, 'done');
    const cancelled = await newEvent();
    await closeEvent(cancelled, 'cancelled');
    for (const eventId of [done, cancelled]) {
      const res = await w.specialist.post('/api/event_tasks').set('Accept-Language', 'en').send(taskBody(eventId)).expect(400);
      expect(res.body.errors).toEqual({ event_id: 'the event is done or cancelled; it takes no new or reopened tasks' });
    }
    const reopen = await move(w.specialist, finished, 'todo').expect(400);
    expect(Object.keys(reopen.body.errors)).toEqual(['status']);
    const moved = await w.specialist.put(`/api/event_tasks/${elsewhere}`).send({ event_id: cancelled }).expect(400);
    expect(Object.keys(moved.body.errors)).toEqual(['event_id']);
    // finishing what was still open on it is fine
    await move(w.specialist, notes, 'done').expect(200);
  });

  it('when a bulk edit would break a rule on one row of several, then 400 and no row changes', async () => {
    const eventId = await newEvent();
    const a = await newTask(eventId, { status: 'done' });
    const b = await newTask(eventId, { status: 'doing' });
    const res = await other.patch('/api/event_tasks').send({ ids: [a, b], data: { status: 'checked' } }).expect(400);
    expect(Object.keys(res.body.errors)).toContain('status');
    expect([await statusOf(a), await statusOf(b)]).toEqual(['done', 'doing']);
    const same = await w.specialist.patch('/api/event_tasks').send({ ids: [a, b], data: { checker_id: ids.specialist } }).expect(400);
    expect(Object.keys(same.body.errors)).toContain('checker_id');
    await other.patch('/api/event_tasks').send({ ids: [a], data: { status: 'checked' } }).expect(200);
    expect(await statusOf(a)).toBe('checked');
    // a specialist's bulk change touching a checked task is refused as a whole
    await w.specialist.patch('/api/event_tasks').send({ ids: [a, b], data: { due_date: '2026-12-02' } }).expect(403);
    expect(String((await db('event_tasks').where({ id: b }).first('due_date')).due_date)).toBe('2026-12-01');
  });

  it('when a schedule is imported with a task on a cancelled event, then nothing is written', async () => {
    const open = await newEvent();
    const cancelled = await newEvent();
    await closeEvent(cancelled, 'cancelled');
    const before = await countOf(db, 'event_tasks');
    const csv = ['event_id,content,due_date,status', `${open},布置场地,2026-12-04,todo`, `${cancelled},发送邀请,2026-12-01,todo`].join('\n');
    const res = await w.manager.post('/api/event_tasks/import').attach('file', Buffer.from(csv, 'utf8'), 'tasks.csv').field('dryRun', 'false');
    expect(res.status).toBe(400);
    expect(res.body.errors.event_id).toMatch(/done or cancelled/);
    expect(await countOf(db, 'event_tasks')).toBe(before);
    const fine = await w.manager.post('/api/event_tasks/import').attach('file', Buffer.from(csv.split('\n').slice(0, 2).join('\n'), 'utf8'), 'tasks.csv').field('dryRun', 'false');
    expect(fine.status).toBe(200);
    expect(await countOf(db, 'event_tasks')).toBe(before + 1);
  });

  it('when tasks are listed for a person, then those they do or check come back, and a bad person is a 400', async () => {
    const eventId = await newEvent();
    const mine = await newTask(eventId, { responsible_id: ids.manager, checker_id: ids.other });
    const checking = await newTask(eventId, { responsible_id: ids.specialist, checker_id: ids.manager });
    const notMine = await newTask(eventId, { responsible_id: ids.specialist, checker_id: ids.other });
    const filter = JSON.stringify({ person: String(ids.manager), event_id: eventId });
    const res = await w.specialist.get('/api/event_tasks').query({ filter }).expect(200);
    const got = (res.body as Row[]).map((r) => r.id);
    expect(got.sort()).toEqual([mine, checking].sort());
    expect(got).not.toContain(notMine);
    const bad = await w.specialist.get('/api/event_tasks').query({ filter: JSON.stringify({ person: 'me' }) }).expect(400);
    expect(Object.keys(bad.body.errors)).toEqual(['person']);
    await w.sales.get('/api/event_tasks').query({ filter }).expect(403);
  });
});
