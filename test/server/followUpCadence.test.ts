import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import { AHEAD_DAYS, GRACE_DAYS, generateFollowUps, ruleFor } from '../../server/domain/followups/cadence.js';
import { countOf, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * Follow-up cadences (issue 7, part 2): each active rule turns delivered cars, service visits and closed
 * complaints into follow-ups due offset days after the China-time day, for the customer's owner; a second
 * sweep adds nothing, inactive rules add nothing, and sources far in the past are left alone.
 */
describe('follow-up cadences', () => {
  let w: World;
  let db: World['t']['db'];
  // 10:00 on 15 June 2026 in China
  const now = new Date('2026-06-15T02:00:00.000Z');
  const rule: Record<string, number> = {};
  const src: Record<string, number> = {};
  let customer: number;
  let summary: Awaited<ReturnType<typeof generateFollowUps>>;

  const addRule = async (body: Row): Promise<number> =>
    (await w.manager.post('/api/follow_up_rules').send({ channel: 'phone', script: '您好，这里是客户关系部回访……', ...body }).expect(201)).body.id;
  const car = async (purchase_date: string): Promise<number> =>
    (await w.admin.post('/api/vehicles').send({ customer_id: customer, model: 'sedan_a', purchase_date }).expect(201)).body.id;
  const callsOf = async (ruleId: number): Promise<Row[]> => db('follow_ups').where({ rule_id: ruleId }).orderBy('source_id');

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    customer = await member(w, 'regular', { name: '节奏客户', owner_id: w.salesId });
    rule.day3 = await addRule({ name: '交车后第3天回访', trigger: 'vehicle_delivery', offset_days: 3, reason: 'after_purchase' });
    rule.month4 = await addRule({ name: '交车后4–6个月回访', trigger: 'vehicle_delivery', offset_days: 90, window_days: 90, reason: 'after_purchase' });
    rule.year1 = await addRule({ name: '购车一周年回访', trigger: 'vehicle_delivery', offset_days: 365, reason: 'anniversary' });
    rule.visit = await addRule({ name: '维修保养后第3天回访', trigger: 'service_visit', offset_days: 3, reason: 'after_service' });
    rule.complaint = await addRule({ name: '投诉结案后回访', trigger: 'complaint_closed', offset_days: 2, reason: 'after_complaint' });
    rule.off = await addRule({ name: '停用的规则', trigger: 'vehicle_delivery', offset_days: 3, reason: 'care', active: false });
    rule.event = await addRule({ name: '活动后回访', trigger: 'event_attended', offset_days: 1, reason: 'after_event', script: '感谢参加活动' });

    src.recent = await car('2026-06-10'); // day 3 → 06-13 (due two days ago)
    src.tomorrow = await car('2026-06-14'); // day 3 → 06-17 (in the week ahead)
    src.spring = await car('2026-02-01'); // month 4–6 → 05-02, still within its window
    src.lastYear = await car('2025-06-20'); // anniversary → 2026-06-20
    src.old = await car('2024-01-01'); // every due date long past
    src.visit = (await w.admin.post('/api/service_visits').send({ customer_id: customer, visit_date: '2026-06-12', visit_type: 'maintenance' }).expect(201)).body.id;
    const stamp = now.toISOString();
    // closed at 01:00 on 11 June China time (still 10 June in UTC)
    [src.complaint] = (await db('complaints').insert({
      title: '等待时间过长', customer_id: customer, received_at: '2026-06-01T02:00:00.000Z', channel: 'phone', category: 'waiting_time', severity: 'medium',
      description: '保养等待三个小时', status: 'closed', closed_at: '2026-06-10T17:00:00.000Z', created_at: stamp, updated_at: stamp, version: 1,
    }, ['id'])).map((r: Row) => Number(r.id));
    summary = await generateFollowUps(db, now);
  });
  afterAll(async () => w.t.drop());

  it('When the sweep runs, then day-3 calls are due three China days after delivery, for the customer\'s owner', async () => {
    const calls = await callsOf(rule.day3);
    expect(calls.map((c) => [Number(c.source_id), String(c.due_date), c.source_type])).toEqual([
      [src.recent, '2026-06-13', 'vehicles'], [src.tomorrow, '2026-06-17', 'vehicles'],
    ]);
    for (const c of calls) {
      expect(Number(c.staff_id)).toBe(w.salesId);
      expect(Number(c.vehicle_id)).toBe(Number(c.source_id));
      expect(c).toMatchObject({ status: 'pending', reason: 'after_purchase', channel: 'phone', script: '您好，这里是客户关系部回访……' });
      expect(Number(c.attempts)).toBe(0);
    }
  });

  it('When a rule spans months 4–6, then a car delivered in February is called from May (still in its window) and June\'s not yet', async () => {
    expect((await callsOf(rule.month4)).map((c) => [Number(c.source_id), String(c.due_date)])).toEqual([[src.spring, '2026-05-02']]);
  });

  it('When a car turns one within the week ahead, then its anniversary call is due on the day', async () => {
    expect((await callsOf(rule.year1)).map((c) => [Number(c.source_id), String(c.due_date), c.reason])).toEqual([[src.lastYear, '2026-06-20', 'anniversary']]);
  });

  it('When a service visit or a complaint is closed, then their calls follow (the complaint by its China-time close day)', async () => {
    expect((await callsOf(rule.visit)).map((c) => [Number(c.source_id), String(c.due_date), c.source_type])).toEqual([[src.visit, '2026-06-15', 'service_visits']]);
    expect((await callsOf(rule.complaint)).map((c) => [Number(c.source_id), String(c.due_date), c.source_type, c.reason]))
      .toEqual([[src.complaint, '2026-06-13', 'complaints', 'after_complaint']]);
  });

  it('When a rule is inactive or belongs to events, then the sweep makes nothing of it; old deliveries get no calls', async () => {
    expect(await countOf(db, 'follow_ups', { rule_id: rule.off })).toBe(0);
    expect(await countOf(db, 'follow_ups', { rule_id: rule.event })).toBe(0);
    expect(await countOf(db, 'follow_ups', { source_type: 'vehicles', source_id: src.old })).toBe(0);
    expect(summary.today).toBe('2026-06-15');
    expect(summary.created).toBe(6);
    expect(summary.rules.map((r) => r.rule_id)).not.toContain(rule.off);
    expect(GRACE_DAYS).toBeGreaterThan(AHEAD_DAYS);
  });

  it('When the sweep runs again (also through the manager\'s endpoint), then nothing is added', async () => {
    const before = await countOf(db, 'follow_ups');
    const again = await generateFollowUps(db, now);
    expect(again.created).toBe(0);
    expect(await countOf(db, 'follow_ups')).toBe(before);
    await w.specialist.post('/api/follow_ups/generate').send({}).expect(403);
    const res = await w.manager.post('/api/follow_ups/generate').send({}).expect(200);
    expect(res.body).toHaveProperty('created');
  });

  it('When a follow-up was planned by hand for the same reason around the due day, then the sweep adds none', async () => {
    const other = await member(w, 'regular', { name: '已手工回访' });
    await w.specialist.post('/api/follow_ups').send({ customer_id: other, reason: 'after_service', due_date: '2026-06-16', channel: 'phone' }).expect(201);
    const visit = (await w.admin.post('/api/service_visits').send({ customer_id: other, visit_date: '2026-06-13', visit_type: 'repair' }).expect(201)).body.id;
    await generateFollowUps(db, now);
    expect(await countOf(db, 'follow_ups', { source_type: 'service_visits', source_id: visit })).toBe(0);
  });

  it('When afterEvent asks for the event rule, then it gets the script (and no survey)', async () => {
    const found = await ruleFor(db, 'event_attended');
    expect(found?.rule).toMatchObject({ id: rule.event, script: '感谢参加活动', offset_days: 1 });
    expect(found?.template).toBeNull();
    expect(await ruleFor(db, 'event_no_show')).toBeNull();
  });
});
