import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { countOf, loyaltyWorld, member, type World } from './loyalty.js';
import { userOf } from './actors.js';
import { generateMaintenanceReminders } from '../../server/domain/appointments/maintenance.js';
import { addDays, addMonths, atChinaTime, chinaDay } from '../../server/domain/chinaTime.js';
import type { Row } from '../../server/resources/types.js';

/** Appointments: the advisor's diary (no past bookings, no double booking), the status flow, maintenance reminders, the success rate. */

async function put(db: Knex, table: string, row: Row): Promise<number> {
  const stamp = new Date().toISOString();
  const [r] = await db(table).insert({ ...row, created_at: stamp, updated_at: stamp, version: 1 }, ['id']);
  return Number((r as Row).id);
}

const tomorrowAt = (hour: number, minute = 0, days = 1) => atChinaTime(addDays(chinaDay(new Date()), days), hour, minute).toISOString();

describe('appointments', () => {
  let w: World;
  let customer: number;
  let advisor: number;
  let other: number;
  beforeAll(async () => {
    w = await loyaltyWorld();
    customer = await member(w);
    advisor = (await userOf(w.t.db, 'cs_specialist', 'advisor.a')).id;
    other = (await userOf(w.t.db, 'cs_specialist', 'advisor.b')).id;
  });
  afterAll(async () => w.t.drop());

  const book = (at: string, who = advisor, extra: Row = {}) =>
    w.specialist.post('/api/appointments').send({ customer_id: customer, scheduled_at: at, appointment_type: 'maintenance', advisor_id: who, ...extra });

  it('when a booking is in the past, then 400 on scheduled_at says so and nothing is written', async () => {
    const before = await countOf(w.t.db, 'appointments');
    const res = await book(new Date(Date.now() - 3_600_000).toISOString()).set('Accept-Language', 'en').expect(400);
    expect(res.body.errors.scheduled_at).toBe('must not be in the past');
    expect(await countOf(w.t.db, 'appointments')).toBe(before);
    // a minute ago is the time it took to fill in the form
    await book(new Date(Date.now() - 60_000).toISOString(), other).expect(201);
  });

  it("when an advisor's slot is taken, then a second booking overlapping it is refused naming the clashing time; next to it or with another advisor is fine", async () => {
    await book(tomorrowAt(10)).expect(201);
    const before = await countOf(w.t.db, 'appointments');
    const res = await book(tomorrowAt(10, 30)).set('Accept-Language', 'en').expect(400);
    expect(res.body.errors.scheduled_at).toBe(`the advisor is already booked at ${addDays(chinaDay(new Date()), 1)} 10:00–11:00`);
    const zh = await book(tomorrowAt(9, 30)).set('Accept-Language', 'zh-CN').expect(400);
    expect(zh.body.errors.scheduled_at).toContain('该顾问在');
    expect(await countOf(w.t.db, 'appointments')).toBe(before);
    await book(tomorrowAt(11)).expect(201);
    await book(tomorrowAt(9), advisor, { duration_minutes: 60 }).expect(201);
    await book(tomorrowAt(10, 30), other).expect(201);
  });

  it('when an appointment is moved onto a taken slot or into the past, then 400 and it stays; a cancelled one frees its slot', async () => {
    const a = (await book(tomorrowAt(14)).expect(201)).body;
    const b = (await book(tomorrowAt(15)).expect(201)).body;
    await w.specialist.put(`/api/appointments/${b.id}`).send({ scheduled_at: tomorrowAt(14, 30) }).expect(400);
    await w.specialist.put(`/api/appointments/${b.id}`).send({ duration_minutes: 90, scheduled_at: tomorrowAt(13, 30) }).expect(400);
    await w.specialist.put(`/api/appointments/${b.id}`).send({ scheduled_at: new Date(Date.now() - 86_400_000).toISOString() }).expect(400);
    expect(new Date((await w.t.db('appointments').where({ id: b.id }).first()).scheduled_at).toISOString()).toBe(tomorrowAt(15));
    await w.specialist.put(`/api/appointments/${a.id}`).send({ status: 'cancelled' }).expect(200);
    await w.specialist.put(`/api/appointments/${b.id}`).send({ scheduled_at: tomorrowAt(14) }).expect(200);
    // a cancelled appointment keeps its time
    const moved = await w.specialist.put(`/api/appointments/${a.id}`).send({ scheduled_at: tomorrowAt(16) }).expect(400);
    expect(Object.keys(moved.body.errors)).toEqual(['scheduled_at']);
  });

  it('when a bulk change puts two appointments of one advisor at the same time, then it is refused whole', async () => {
    const a = (await book(tomorrowAt(10, 0, 3)).expect(201)).body;
    const b = (await book(tomorrowAt(12, 0, 3)).expect(201)).body;
    await w.manager.patch('/api/appointments').send({ ids: [a.id, b.id], data: { scheduled_at: tomorrowAt(15, 0, 3) } }).expect(400);
    const rows: Row[] = await w.t.db('appointments').whereIn('id', [a.id, b.id]).orderBy('id');
    expect(rows.map((r) => new Date(r.scheduled_at as string).toISOString())).toEqual([tomorrowAt(10, 0, 3), tomorrowAt(12, 0, 3)]);
  });

  it('when the status moves along, then scheduled → reminded → arrived stamps the times; arriving after a cancellation is refused', async () => {
    const a = (await book(tomorrowAt(10, 0, 5)).expect(201)).body;
    expect(a.status).toBe('scheduled');
    const reminded = (await w.specialist.put(`/api/appointments/${a.id}`).send({ status: 'reminded' }).expect(200)).body;
    expect(reminded.reminded_at).toBeTruthy();
    const arrived = (await w.specialist.put(`/api/appointments/${a.id}`).send({ status: 'arrived' }).expect(200)).body;
    expect(arrived.arrived_at).toBeTruthy();
    await w.specialist.put(`/api/appointments/${a.id}`).send({ status: 'scheduled' }).expect(400);

    const c = (await book(tomorrowAt(12, 0, 5)).expect(201)).body;
    await w.specialist.put(`/api/appointments/${c.id}`).send({ status: 'cancelled' }).expect(200);
    const refused = await w.specialist.put(`/api/appointments/${c.id}`).send({ status: 'arrived' }).set('Accept-Language', 'en').expect(400);
    expect(refused.body.errors.status).toBe('cannot go from cancelled to arrived');
    // a new appointment starts scheduled; nobody is a no-show before the time
    await book(tomorrowAt(16, 0, 5), advisor, { status: 'arrived' }).expect(400);
    const d = (await book(tomorrowAt(15, 0, 5)).expect(201)).body;
    await w.specialist.put(`/api/appointments/${d.id}`).send({ status: 'no_show' }).expect(400);
    await w.specialist.put(`/api/appointments/${d.id}`).send({ status: 'arrived' }).expect(200);
  });

  it('when the success rate is asked for, then arrived ÷ (arrived + no-show + cancelled) per China-time month, open ones apart', async () => {
    const at = (iso: string, status: string) => put(w.t.db, 'appointments', {
      customer_id: customer, scheduled_at: iso, appointment_type: 'maintenance', status, advisor_id: other, duration_minutes: 60, origin: 'manual',
    });
    for (const s of ['arrived', 'arrived', 'arrived', 'no_show', 'cancelled', 'scheduled']) await at('2020-03-10T02:00:00.000Z', s);
    // 01:00 on April 1st in China
    await at('2020-03-31T17:00:00.000Z', 'arrived');
    const body = (await w.sales.get('/api/appointments/stats?from=2020-02&to=2020-04').expect(200)).body;
    expect(body.target).toBe(80);
    expect(body.months).toEqual([
      { month: '2020-02', arrived: 0, no_show: 0, cancelled: 0, open: 0, settled: 0, rate: null },
      { month: '2020-03', arrived: 3, no_show: 1, cancelled: 1, open: 1, settled: 5, rate: 60 },
      { month: '2020-04', arrived: 1, no_show: 0, cancelled: 0, open: 0, settled: 1, rate: 100 },
    ]);
    expect(body.total.rate).toBe(66.7);
    await w.manager.put('/api/care/settings/appointments').send({ success_target_percent: 85 }).expect(200);
    expect((await w.sales.get('/api/appointments/stats?from=2020-03&to=2020-03').expect(200)).body.target).toBe(85);
    const bad = await w.sales.get('/api/appointments/stats?from=2020-13&to=march').expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['from', 'to']);
  });
});

describe('maintenance reminders', () => {
  let w: World;
  beforeAll(async () => {
    w = await loyaltyWorld();
  });
  afterAll(async () => w.t.drop());

  it('when vehicles come due by time or mileage, then each gets one maintenance appointment at 10:00 with its advisor; a second run books nothing', async () => {
    const db = w.t.db;
    const now = new Date();
    const today = chinaDay(now);
    const owner = (await userOf(db, 'sales_consultant', 'owner.s')).id;
    const serviceAdvisor = (await userOf(db, 'cs_specialist', 'advisor.m')).id;
    const customer = await put(db, 'customers', { name: '保养客户', owner_id: owner, tier_id: w.tier.regular });
    const car = (extra: Row) => put(db, 'vehicles', { customer_id: customer, model: 'Sagitar', ...extra });
    const byTime = await car({ last_service_date: addDays(addMonths(today, -6), 3) });
    await put(db, 'service_visits', { customer_id: customer, vehicle_id: byTime, visit_date: addDays(addMonths(today, -6), 3), visit_type: 'maintenance', advisor_id: serviceAdvisor });
    const byKm = await car({ last_service_date: addDays(today, -60), mileage: 3000 });
    const newCar = await car({ purchase_date: addDays(addMonths(today, -6), 5) });
    await car({ last_service_date: addMonths(today, -3), mileage: 1000 });
    await car({ last_service_date: addMonths(today, -24) });
    const booked = await car({ last_service_date: addDays(addMonths(today, -6), 2) });
    await put(db, 'appointments', { customer_id: customer, vehicle_id: booked, scheduled_at: atChinaTime(addDays(today, 2), 9).toISOString(), appointment_type: 'maintenance', status: 'scheduled', origin: 'manual' });
    // the advisor is busy at 10:00 on the due day, so the reminder takes 11:00
    await put(db, 'appointments', { customer_id: customer, scheduled_at: atChinaTime(addDays(today, 3), 10).toISOString(), appointment_type: 'repair', status: 'scheduled', advisor_id: serviceAdvisor, duration_minutes: 60, origin: 'manual' });

    await w.specialist.post('/api/appointments/reminders/generate').expect(403);
    const first = (await w.manager.post('/api/appointments/reminders/generate').expect(200)).body;
    expect(first.created).toBe(3);
    const rows: Row[] = await db('appointments').where({ origin: 'maintenance_due' }).orderBy('vehicle_id');
    const seen = rows.map((r) => ({ vehicle: Number(r.vehicle_id), at: new Date(r.scheduled_at as string).toISOString(), advisor: Number(r.advisor_id), status: r.status }));
    expect(seen).toEqual([
      { vehicle: byTime, at: atChinaTime(addDays(today, 3), 11).toISOString(), advisor: serviceAdvisor, status: 'scheduled' },
      // due ten days ago by mileage (2,000 km at 1,200 a month): booked for tomorrow
      { vehicle: byKm, at: atChinaTime(addDays(today, 1), 10).toISOString(), advisor: owner, status: 'scheduled' },
      { vehicle: newCar, at: atChinaTime(addDays(today, 5), 10).toISOString(), advisor: owner, status: 'scheduled' },
    ].sort((a, b) => a.vehicle - b.vehicle));
    expect((await generateMaintenanceReminders(db, now)).created).toBe(0);
    // a missed reminder is not booked again for the same service cycle
    await db('appointments').where({ vehicle_id: byTime, origin: 'maintenance_due' }).update({ status: 'cancelled' });
    expect((await generateMaintenanceReminders(db, now)).created).toBe(0);
  });
});
