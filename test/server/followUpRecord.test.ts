import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import { chinaDay, addDays } from '../../server/domain/chinaTime.js';
import { countOf, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * Recording a follow-up (issue 7, parts 2 and 8): not reached → retried a day later up to three attempts; a
 * reached call's survey is checked whole (400 by item, nothing written); a low overall score or an NPS
 * detractor opens a complaint draft linked both ways; a very satisfied customer is invited to the next
 * owners' club event. Default care settings: 3 attempts, retry after 1 day, complaint below 3, invite from 5.
 */
describe('recording a follow-up', () => {
  let w: World;
  let db: World['t']['db'];
  let five: number;
  let nps: number;
  let serial = 0;

  const items = [
    { key: 'reception', label_zh: '接待态度', label_en: 'Reception' },
    { key: 'repair_quality', label_zh: '维修质量', label_en: 'Repair quality' },
    { key: 'waiting_time', label_zh: '等候时间', label_en: 'Waiting time' },
  ];
  const call = async (extra: Row = {}): Promise<{ id: number; customer: number }> => {
    serial += 1;
    const customer = await member(w, 'regular', { name: `回访客户${serial}` });
    const id = (await w.specialist.post('/api/follow_ups').send({
      customer_id: customer, reason: 'after_service', channel: 'phone', due_date: chinaDay(new Date()), survey_template_id: five, ...extra,
    }).expect(201)).body.id;
    return { id, customer };
  };
  const record = (id: number, body: Row) => w.specialist.post(`/api/follow_ups/${id}/record`).send(body);
  const rowOf = async (id: number): Promise<Row> => db('follow_ups').where({ id }).first();

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    five = (await w.manager.post('/api/survey_templates').send({ name: '售后回访', scale: 'five', items }).expect(201)).body.id;
    nps = (await w.manager.post('/api/survey_templates').send({
      name: '推荐意愿', scale: 'eleven', nps: true, items: [{ key: 'recommend', label_zh: '您愿意向亲友推荐本店吗', label_en: 'Would you recommend us' }],
    }).expect(201)).body.id;
  });
  afterAll(async () => w.t.drop());

  it('When the customer cannot be reached, then the call is retried a day later until the third attempt makes it not reached', async () => {
    const { id } = await call();
    const tomorrow = addDays(chinaDay(new Date()), 1);
    for (const attempt of [1, 2]) {
      const res = await record(id, { reached: false, notes: `第${attempt}次未接通` }).expect(200);
      expect(res.body).toMatchObject({ result: 'retry', next_due_date: tomorrow, complaint: null });
      expect(res.body.follow_up).toMatchObject({ status: 'pending', attempts: attempt, due_date: tomorrow, reached: false });
    }
    const last = await record(id, { reached: false }).expect(200);
    expect(last.body).toMatchObject({ result: 'not_reached', next_due_date: null });
    expect(last.body.follow_up).toMatchObject({ status: 'not_reached', attempts: 3 });
    expect(last.body.follow_up.last_attempt_at).toBeTruthy();
    const closed = await record(id, { reached: false }).expect(400);
    expect(closed.body.errors).toHaveProperty('status');
  });

  it('When a score is out of range or missing, then 400 names each item and nothing is written', async () => {
    const { id } = await call();
    const res = await record(id, { reached: true, scores: { reception: 6, repair_quality: 0, extra: 3 }, overall_score: 4 }).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['scores.extra', 'scores.reception', 'scores.repair_quality', 'scores.waiting_time']);
    const bad = await record(id, { reached: true, scores: { reception: 4.5, repair_quality: 4, waiting_time: 4 }, overall_score: 9 }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['overall_score', 'scores.reception']);
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: 'pending', overall_score: null, complaint_id: null });
    expect(Number(row.attempts)).toBe(0);
    expect(await countOf(db, 'complaints')).toBe(0);
  });

  it('When the overall score is low, then a complaint draft opens, linked both ways, filed under the lowest item', async () => {
    const { id, customer } = await call();
    const res = await record(id, { reached: true, scores: { reception: 3, repair_quality: 2, waiting_time: 1 }, notes: '等了三个小时没人管' }).expect(200);
    expect(res.body.follow_up).toMatchObject({ status: 'done', overall_score: 2, outcome: 'dissatisfied', reached: true, attempts: 1 });
    expect(res.body.follow_up.done_date).toBe(chinaDay(new Date()));
    expect(res.body.complaint.id).toBe(res.body.follow_up.complaint_id);
    const complaint: Row = await db('complaints').where({ id: res.body.complaint.id }).first();
    expect(complaint).toMatchObject({ status: 'received', severity: 'medium', category: 'waiting_time', title: `回访不满意：回访客户${serial}` });
    expect(Number(complaint.follow_up_id)).toBe(id);
    expect(Number(complaint.customer_id)).toBe(customer);
    expect(String(complaint.description)).toContain('等候时间 1 分');
    expect(String(complaint.description)).toContain('等了三个小时没人管');
    expect(res.body.invitation).toBeNull();
  });

  it('When the recommend answer is a detractor\'s, then a complaint opens even with a fair overall score', async () => {
    const { id } = await call({ survey_template_id: nps });
    const res = await record(id, { reached: true, scores: { recommend: 5 }, overall_score: 4 }).expect(200);
    expect(res.body.complaint).not.toBeNull();
    const row = await rowOf(id);
    expect(JSON.parse(String(typeof row.answers === 'string' ? row.answers : JSON.stringify(row.answers)))).toMatchObject({ template_id: nps, scale: 'eleven', nps: 5 });
    const out = await record((await call({ survey_template_id: nps })).id, { reached: true, scores: { recommend: 11 }, overall_score: 4 }).expect(400);
    expect(out.body.errors).toHaveProperty(['scores.recommend']);
  });

  it('When a very satisfied customer has no owners\' club event coming, then the answer says so', async () => {
    const { id } = await call();
    const res = await record(id, { reached: true, scores: { reception: 5, repair_quality: 5, waiting_time: 5 } }).expect(200);
    expect(res.body).toMatchObject({ invitation: null, no_owners_event: true, complaint: null });
    expect(res.body.follow_up).toMatchObject({ overall_score: 5, outcome: 'very_satisfied' });
  });

  it('When a very satisfied customer is recorded, then they are invited (once) to the next owners\' club event', async () => {
    const stamp = new Date().toISOString();
    const start = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const base = { event_type: 'owners_club', status: 'planned', created_at: stamp, updated_at: stamp, version: 1 };
    await db('events').insert({ ...base, title: '较晚的车主俱乐部', start_at: start(40), end_at: start(40.2) });
    const [next] = await db('events').insert({ ...base, title: '车主俱乐部联谊会', start_at: start(10), end_at: start(10.2) }, ['id']);
    await db('events').insert({ ...base, title: '自驾游', event_type: 'self_drive', start_at: start(5), end_at: start(5.2) });
    const { id, customer } = await call();
    const res = await record(id, { reached: true, scores: { reception: 5, repair_quality: 5, waiting_time: 4 }, overall_score: 5 }).expect(200);
    expect(res.body.invitation).toMatchObject({ event_id: Number(next.id), title: '车主俱乐部联谊会', already: false });
    const invited: Row = await db('event_participants').where({ event_id: Number(next.id), customer_id: customer }).first();
    expect(invited).toMatchObject({ rsvp: 'pending' });
    const second = (await w.specialist.post('/api/follow_ups').send({
      customer_id: customer, reason: 'care', channel: 'phone', due_date: chinaDay(new Date()), survey_template_id: five,
    }).expect(201)).body.id;
    const again = await record(second, { reached: true, scores: { reception: 5, repair_quality: 5, waiting_time: 5 } }).expect(200);
    expect(again.body.invitation).toMatchObject({ event_id: Number(next.id), already: true });
    expect(await countOf(db, 'event_participants', { customer_id: customer })).toBe(1);
  });

  it('When a survey template\'s items are malformed, then 400 names the item', async () => {
    const dup = await w.manager.post('/api/survey_templates').send({
      name: '重复', scale: 'five', items: [items[0], { ...items[1], key: 'reception' }, { key: 'Bad Key', label_zh: '', label_en: 'x' }],
    }).expect(400);
    expect(Object.keys(dup.body.errors).sort()).toEqual(['items.1.key', 'items.2.key', 'items.2.label_zh']);
    const none = await w.manager.post('/api/survey_templates').send({ name: '空', scale: 'five', items: [] }).expect(400);
    expect(none.body.errors).toHaveProperty('items');
    await w.specialist.post('/api/survey_templates').send({ name: '无权', scale: 'five', items }).expect(403);
  });
});
