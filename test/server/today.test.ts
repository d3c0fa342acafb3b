import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { loyaltyWorld, type World } from './loyalty.js';
import { userOf } from './actors.js';
import type { Actor } from '../../server/auth/roles.js';
import type { Row } from '../../server/resources/types.js';
import { workToday } from '../../server/domain/today/workToday.js';
import type { SectionName, WorkToday } from '../../server/domain/today/types.js';
import { addDays, atChinaTime, chinaDay } from '../../server/domain/chinaTime.js';
import { loadSlaCalendar } from '../../server/domain/complaints/calendar.js';
import { dueSoonUntil } from '../../server/domain/complaints/sla.js';

/**
 * "My work today": a fixture with something in every section — due, overdue, not yet due, finished — for a
 * specialist, another specialist and nobody, on a sales consultant's customer and on another customer.
 */
describe('My work today', () => {
  let w: World;
  let db: Knex;
  let me: Actor;
  let other: Actor;
  let sales: Actor;
  const now = new Date();
  const today = chinaDay(now);
  const ids: Record<string, number> = {};

  const put = async (table: string, row: Row): Promise<number> => {
    const stamp = new Date().toISOString();
    const [r] = await db(table).insert({ ...row, created_at: stamp, updated_at: stamp, version: 1 }, ['id']);
    return Number((r as { id: number }).id);
  };
  const titles = (res: WorkToday, name: SectionName) => (res.sections[name]?.items ?? []).map((i) => i.id);

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    me = await userOf(db, 'cs_specialist');
    other = await userOf(db, 'cs_specialist', 'other.specialist');
    sales = await userOf(db, 'sales_consultant');
    const salesCustomer = await put('customers', { name: '张三', phone: '13812345678', customer_type: 'owner', owner_id: sales.id });
    const otherCustomer = await put('customers', { name: '李四', phone: '13987654321', customer_type: 'owner', owner_id: null });

    const followUp = (key: string, customer: number, due: string, staff: number | null, status = 'pending') =>
      put('follow_ups', { customer_id: customer, reason: 'after_delivery', channel: 'phone', status, due_date: due, staff_id: staff })
        .then((id) => { ids[key] = id; });
    await followUp('fuOverdue', salesCustomer, addDays(today, -2), me.id);
    await followUp('fuToday', otherCustomer, today, me.id);
    await followUp('fuTodayOther', otherCustomer, today, other.id);
    await followUp('fuTodayNobody', salesCustomer, today, null);
    await followUp('fuTomorrow', otherCustomer, addDays(today, 1), me.id);
    await followUp('fuDone', otherCustomer, addDays(today, -1), me.id, 'done');

    const cal = await loadSlaCalendar(db);
    const soon = dueSoonUntil(cal, now).getTime();
    const at = (ms: number) => new Date(ms).toISOString();
    const complaint = (key: string, customer: number, row: Row) => put('complaints', {
      title: key, customer_id: customer, received_at: at(now.getTime() - 86_400_000), channel: 'phone', category: 'service',
      severity: 'medium', description: '…', status: 'received', handler_id: me.id, ...row,
    }).then((id) => { ids[key] = id; });
    await complaint('cBreached', otherCustomer, { first_response_due_at: at(now.getTime() - 3_600_000), resolve_due_at: at(soon + 9e8) });
    await complaint('cSoon', salesCustomer, { first_response_due_at: at((now.getTime() + soon) / 2), resolve_due_at: at(soon + 9e8) });
    // confirmed: the resolve clock runs, and it is far away although the first-response deadline has passed
    await complaint('cConfirmedOk', otherCustomer, {
      status: 'confirmed', responded_at: at(now.getTime() - 7_200_000), first_response_due_at: at(now.getTime() - 3_600_000), resolve_due_at: at(soon + 9e8),
    });
    await complaint('cPaused', otherCustomer, { first_response_due_at: at(now.getTime() - 3_600_000), paused_at: at(now.getTime() - 60_000) });
    await complaint('cClosed', otherCustomer, { status: 'closed', first_response_due_at: at(now.getTime() - 3_600_000) });

    const appointment = (key: string, customer: number, day: string, status: string, advisor = me.id, hour = 10) => put('appointments', {
      customer_id: customer, scheduled_at: atChinaTime(day, hour).toISOString(), appointment_type: 'maintenance', status, advisor_id: advisor,
    }).then((id) => { ids[key] = id; });
    await appointment('aToday', salesCustomer, today, 'scheduled');
    await appointment('aTomorrow', otherCustomer, addDays(today, 1), 'scheduled');
    await appointment('aReminded', otherCustomer, today, 'reminded');
    await appointment('aRemindedTomorrow', otherCustomer, addDays(today, 1), 'reminded');
    await appointment('aLater', otherCustomer, addDays(today, 2), 'scheduled');
    await appointment('aOtherSpecialist', otherCustomer, today, 'scheduled', other.id, 11);
    await appointment('aSalesAdvisor', otherCustomer, addDays(today, 1), 'scheduled', sales.id, 11);

    const touch = (key: string, customer: number, day: string, status = 'scheduled') => put('care_touches', {
      customer_id: customer, touch_type: 'birthday', channel: 'sms', scheduled_date: day, status, staff_id: me.id,
    }).then((id) => { ids[key] = id; });
    await touch('gSoon', salesCustomer, addDays(today, 3));
    await touch('gLate', otherCustomer, addDays(today, 4));
    await touch('gSent', otherCustomer, today, 'sent');

    const event = await put('events', {
      title: '车主沙龙', event_type: 'salon', start_at: now.toISOString(), end_at: now.toISOString(), status: 'approved',
    });
    const closed = await put('events', { title: '旧活动', event_type: 'salon', start_at: now.toISOString(), end_at: now.toISOString(), status: 'done' });
    const task = (key: string, ev: number, due: string | null, status = 'todo') => put('event_tasks', {
      event_id: ev, content: key, due_date: due, status, responsible_id: me.id,
    }).then((id) => { ids[key] = id; });
    await task('tDue', event, addDays(today, 3), 'doing');
    await task('tLater', event, addDays(today, 4));
    await task('tDone', event, today, 'done');
    await task('tClosedEvent', closed, today);
  });
  afterAll(async () => w.t.drop());

  it('When a specialist opens the team queue, then each section holds what is due, overdue flagged, later and finished work left out', async () => {
    const res = await workToday(db, me, now, 'team');
    expect(res.today).toBe(today);
    expect(titles(res, 'follow_ups_overdue')).toEqual([ids.fuOverdue]);
    expect(res.sections.follow_ups_overdue?.items[0]).toMatchObject({ state: 'overdue', day: addDays(today, -2), customer: { name: '张三', phone: '13812345678' } });
    expect(titles(res, 'follow_ups_today').sort()).toEqual([ids.fuToday, ids.fuTodayOther, ids.fuTodayNobody].sort());
    expect(titles(res, 'complaints')).toEqual([ids.cBreached, ids.cSoon]);
    expect(res.sections.complaints?.items.map((i) => i.state)).toEqual(['breached', 'due_soon']);
    expect(titles(res, 'appointments')).toEqual([ids.aToday, ids.aReminded, ids.aOtherSpecialist, ids.aTomorrow, ids.aSalesAdvisor]);
    expect(res.sections.appointments?.items.map((i) => i.state)).toEqual(['to_remind', 'expected', 'to_remind', 'to_remind', 'to_remind']);
    // greetings are prepared three days ahead (the default of greetings.days_ahead)
    expect(titles(res, 'greetings')).toEqual([ids.gSoon]);
    expect(titles(res, 'event_tasks')).toEqual([ids.tDue]);
    expect(res.sections.event_tasks?.items[0].detail).toMatchObject({ event_title: '车主沙龙', status: 'doing' });
    expect(Object.values(res.sections).every((s) => s.can_act)).toBe(true);
  });

  it('When the specialist keeps to their own, then another specialist\'s items leave and nobody\'s stay', async () => {
    const mine = await workToday(db, me, now, 'mine');
    expect(titles(mine, 'follow_ups_today').sort()).toEqual([ids.fuToday, ids.fuTodayNobody].sort());
    expect(mine.sections.follow_ups_today?.total).toBe(2);
    // an appointment booked with a sales advisor is the CS team's to remind; one booked with another specialist is theirs
    expect(titles(mine, 'appointments')).toEqual([ids.aToday, ids.aReminded, ids.aTomorrow, ids.aSalesAdvisor]);
    const theirs = await workToday(db, other, now, 'mine');
    expect(titles(theirs, 'follow_ups_today').sort()).toEqual([ids.fuTodayOther, ids.fuTodayNobody].sort());
    expect(titles(theirs, 'complaints')).toEqual([]);
  });

  it('When a sales consultant opens it, then only their customers\' items, phones masked, no event tasks and greetings read-only', async () => {
    const res = (await w.sales.get('/api/today?scope=team').expect(200)).body as WorkToday;
    expect(res.scope).toBe('own_customers');
    expect(res.can_toggle).toBe(false);
    expect(titles(res, 'follow_ups_overdue')).toEqual([ids.fuOverdue]);
    expect(titles(res, 'follow_ups_today')).toEqual([ids.fuTodayNobody]);
    expect(titles(res, 'complaints')).toEqual([ids.cSoon]);
    expect(titles(res, 'appointments')).toEqual([ids.aToday]);
    expect(titles(res, 'greetings')).toEqual([ids.gSoon]);
    expect(res.sections.greetings?.can_act).toBe(false);
    expect(res.sections.follow_ups_today?.can_act).toBe(true);
    expect(res.sections.event_tasks).toBeUndefined();
    expect(res.sections.follow_ups_overdue?.items[0].customer).toEqual({ id: expect.any(Number), name: '张三', phone: '138****5678' });
  });

  it('When a section holds more than the cap, then it shows that many items and counts them all', async () => {
    const res = await workToday(db, me, now, 'team', 2);
    expect(res.sections.follow_ups_today?.items).toHaveLength(2);
    expect(res.sections.follow_ups_today?.total).toBe(3);
    expect(res.sections.appointments?.total).toBe(5);
    expect(res.sections.event_tasks?.total).toBe(1);
  });

  it('When the API is asked, then the specialist gets their own queue by default and an unknown scope is refused by field', async () => {
    const res = (await w.specialist.get('/api/today').expect(200)).body as WorkToday;
    expect(res.scope).toBe('mine');
    expect(res.can_toggle).toBe(true);
    expect(titles(res, 'follow_ups_today').sort()).toEqual([ids.fuToday, ids.fuTodayNobody].sort());
    const bad = await w.specialist.get('/api/today?scope=all').expect(400);
    expect(bad.body.errors.scope).toBe('must be one of: mine, team');
  });
});
