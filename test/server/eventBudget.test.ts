import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import { countOf, loyaltyWorld, type World } from './loyalty.js';

/**
 * An event's budget lines (issue 6, the event workspace): the event's budget and actual cost are the sums of its
 * lines, kept up to date by single writes, bulk changes and imports; a direct write of those totals is refused
 * once the event has lines; a cancelled event takes no new lines.
 */
describe('event budget lines', () => {
  let w: World;
  let db: World['t']['db'];
  let serial = 0;

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
  });
  afterAll(async () => w.t.drop());

  const newEvent = async (extra: Row = {}): Promise<number> => {
    serial += 1;
    const body = {
      title: `预算活动${serial}`, event_type: 'themed_day', start_at: '2026-12-05T02:00:00.000Z', end_at: '2026-12-05T06:00:00.000Z',
      status: 'planned', ...extra,
    };
    return (await w.manager.post('/api/events').send(body).expect(201)).body.id;
  };
  const addLine = async (eventId: number, extra: Row = {}): Promise<number> =>
    (await w.specialist.post('/api/event_budget_lines').send({ event_id: eventId, item: '场地租赁', category: 'venue', planned: 1000, ...extra }).expect(201)).body.id;
  const totals = async (id: number) => {
    const row = await db('events').where({ id }).first('budget', 'actual_cost', 'version');
    return { budget: row.budget == null ? null : Number(row.budget), actual_cost: row.actual_cost == null ? null : Number(row.actual_cost), version: Number(row.version) };
  };

  it('when lines are added, changed and removed, then the event budget is the sum planned and the actual cost the sum recorded (null while none)', async () => {
    const id = await newEvent({ budget: 9999 });
    const v0 = (await totals(id)).version;
    const venue = await addLine(id, { planned: 3000 });
    expect(await totals(id)).toEqual({ budget: 3000, actual_cost: null, version: v0 + 1 });
    const food = await addLine(id, { item: '茶歇', category: 'catering', planned: 1250.5 });
    expect(await totals(id)).toMatchObject({ budget: 4250.5, actual_cost: null });

    await w.specialist.put(`/api/event_budget_lines/${venue}`).send({ actual: 3200 }).expect(200);
    expect(await totals(id)).toMatchObject({ budget: 4250.5, actual_cost: 3200 });
    await w.specialist.put(`/api/event_budget_lines/${food}`).send({ actual: 980.25 }).expect(200);
    expect(await totals(id)).toMatchObject({ budget: 4250.5, actual_cost: 4180.25 });

    // a note changes no total, so the event keeps its version (an open edit form is not made stale)
    const before = await totals(id);
    await w.specialist.put(`/api/event_budget_lines/${food}`).send({ vendor: '味多美' }).expect(200);
    expect(await totals(id)).toEqual(before);

    await w.specialist.delete(`/api/event_budget_lines/${venue}`).expect(200);
    expect(await totals(id)).toMatchObject({ budget: 1250.5, actual_cost: 980.25 });
    await w.specialist.delete(`/api/event_budget_lines/${food}`).expect(200);
    expect(await totals(id)).toMatchObject({ budget: 0, actual_cost: null });
  });

  it('when a line moves to another event, then both events are recomputed', async () => {
    const a = await newEvent();
    const b = await newEvent();
    const line = await addLine(a, { planned: 500, actual: 450 });
    await addLine(a, { planned: 200 });
    await addLine(b, { planned: 100 });
    await w.specialist.put(`/api/event_budget_lines/${line}`).send({ event_id: b }).expect(200);
    expect(await totals(a)).toMatchObject({ budget: 200, actual_cost: null });
    expect(await totals(b)).toMatchObject({ budget: 600, actual_cost: 450 });
  });

  it('when lines are changed or deleted in bulk, then every event touched is recomputed in the same transaction', async () => {
    const a = await newEvent();
    const b = await newEvent();
    const ids = [await addLine(a, { planned: 100 }), await addLine(a, { planned: 200 }), await addLine(b, { planned: 300 })];
    await w.specialist.patch('/api/event_budget_lines').send({ ids, data: { actual: 50 } }).expect(200);
    expect(await totals(a)).toMatchObject({ budget: 300, actual_cost: 100 });
    expect(await totals(b)).toMatchObject({ budget: 300, actual_cost: 50 });

    await w.specialist.patch('/api/event_budget_lines').send({ ids: [ids[2]], data: { event_id: a } }).expect(200);
    expect(await totals(a)).toMatchObject({ budget: 600, actual_cost: 150 });
    expect(await totals(b)).toMatchObject({ budget: 0, actual_cost: null });

    await w.manager.delete('/api/event_budget_lines').send({ ids: ids.slice(0, 2) }).expect(200);
    expect(await totals(a)).toMatchObject({ budget: 300, actual_cost: 50 });
  });

  it('when lines are imported from a CSV, then the events they name get the sums', async () => {
    const a = await newEvent();
    const b = await newEvent();
    const file = ['event_id,item,category,planned,actual', `${a},场地,venue,8000,7600`, `${a},奖品,gifts,2000.5,`, `${b},印刷,printing,600,`].join('\r\n');
    const res = await w.manager.post('/api/event_budget_lines/import').attach('file', Buffer.from(file, 'utf8'), 'lines.csv').field('dryRun', 'false').expect(200);
    expect(res.body).toMatchObject({ created: 3, invalid: 0 });
    expect(await totals(a)).toMatchObject({ budget: 10000.5, actual_cost: 7600 });
    expect(await totals(b)).toMatchObject({ budget: 600, actual_cost: null });
  });

  it('when the budget or actual cost of an event with lines is written directly, then 400 on that field and nothing changes', async () => {
    const id = await newEvent();
    await addLine(id, { planned: 1500, actual: 1400 });
    const stored = await totals(id);
    const res = await w.manager.put(`/api/events/${id}`).set('Accept-Language', 'en').send({ budget: 2000 }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['budget']);
    expect(res.body.errors.budget).toMatch(/budget lines/);
    const both = await w.manager.put(`/api/events/${id}`).send({ budget: 2000, actual_cost: 1 }).expect(400);
    expect(Object.keys(both.body.errors).sort()).toEqual(['actual_cost', 'budget']);
    const bulk = await w.manager.patch('/api/events').send({ ids: [id], data: { actual_cost: 99 } }).expect(400);
    expect(Object.keys(bulk.body.errors)).toEqual(['actual_cost']);
    expect(await totals(id)).toEqual(stored);

    // the edit form sends the totals back as they are, with other changes: that goes through
    await w.manager.put(`/api/events/${id}`).send({ budget: 1500, actual_cost: 1400, place: '二楼会议厅' }).expect(200);
    // an event without lines keeps a budget typed by hand
    const free = await newEvent();
    await w.manager.put(`/api/events/${free}`).send({ budget: 7000, actual_cost: 6500 }).expect(200);
    expect(await totals(free)).toMatchObject({ budget: 7000, actual_cost: 6500 });
  });

  it('when a line is added to or moved onto a cancelled event, then 400 on event_id and nothing is saved', async () => {
    const open = await newEvent();
    const line = await addLine(open, { planned: 800 });
    const cancelled = await newEvent();
    await addLine(cancelled, { planned: 100 });
    await w.manager.put(`/api/events/${cancelled}`).send({ status: 'cancelled' }).expect(200);
    const lines = await countOf(db, 'event_budget_lines');

    const res = await w.specialist.post('/api/event_budget_lines').send({ event_id: cancelled, item: '退订费', category: 'other', planned: 50 }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['event_id']);
    const moved = await w.specialist.put(`/api/event_budget_lines/${line}`).send({ event_id: cancelled }).expect(400);
    expect(Object.keys(moved.body.errors)).toEqual(['event_id']);
    expect(await countOf(db, 'event_budget_lines')).toBe(lines);
    expect(await totals(open)).toMatchObject({ budget: 800 });
    expect(await totals(cancelled)).toMatchObject({ budget: 100 });

    // its existing lines may still be settled (a deposit that is not refunded)
    const kept = (await db('event_budget_lines').where({ event_id: cancelled }).first('id')).id;
    await w.specialist.put(`/api/event_budget_lines/${kept}`).send({ actual: 30 }).expect(200);
    expect(await totals(cancelled)).toMatchObject({ budget: 100, actual_cost: 30 });
  });

  it('when an amount is negative, has more than two decimals or the item is missing, then 400 on those fields', async () => {
    const id = await newEvent();
    const lines = await countOf(db, 'event_budget_lines');
    const res = await w.specialist.post('/api/event_budget_lines').send({ event_id: id, category: 'venue', planned: -1, actual: 1.005 }).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['actual', 'item', 'planned']);
    const line = await addLine(id);
    const upd = await w.specialist.put(`/api/event_budget_lines/${line}`).send({ actual: -20 }).expect(400);
    expect(Object.keys(upd.body.errors)).toEqual(['actual']);
    expect(await countOf(db, 'event_budget_lines')).toBe(lines + 1);
  });

  it('when a sales consultant reads or writes budget lines, then 403', async () => {
    const id = await newEvent();
    await w.sales.get('/api/event_budget_lines').expect(403);
    await w.sales.post('/api/event_budget_lines').send({ event_id: id, item: '场地', category: 'venue', planned: 1 }).expect(403);
  });
});
