import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf } from './actors.js';

/** Values kept on a parent row (last visit, last service, points balance) follow every write of their children. */
describe('derived values on customers and vehicles', () => {
  let t: TestDb;
  let app: Express;
  let api: Awaited<ReturnType<typeof agentOf>>;
  let a: number;
  let b: number;
  let car: number;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    api = await agentOf(app, t.db);
    a = (await api.post('/api/customers').send({ name: '钱多多' }).expect(201)).body.id;
    b = (await api.post('/api/customers').send({ name: '孙小美' }).expect(201)).body.id;
    car = (await api.post('/api/vehicles').send({ customer_id: a, model: 'sedan_b' }).expect(201)).body.id;
  });
  afterAll(async () => t.drop());

  const customer = async (id: number) => (await api.get(`/api/customers/${id}`)).body;

  it('when service visits are added, moved and deleted, then last visit and last service follow', async () => {
    await api.post('/api/service_visits').send({ customer_id: a, vehicle_id: car, visit_date: '2026-05-01', visit_type: 'maintenance' }).expect(201);
    const late = (await api.post('/api/service_visits').send({ customer_id: a, vehicle_id: car, visit_date: '2026-09-10', visit_type: 'repair' }).expect(201)).body;
    expect((await customer(a)).last_visit_date).toBe('2026-09-10');
    expect((await api.get(`/api/vehicles/${car}`)).body.last_service_date).toBe('2026-09-10');

    await api.put(`/api/service_visits/${late.id}`).send({ customer_id: b, vehicle_id: null }).expect(200);
    expect((await customer(a)).last_visit_date).toBe('2026-05-01');
    expect((await customer(b)).last_visit_date).toBe('2026-09-10');
    expect((await api.get(`/api/vehicles/${car}`)).body.last_service_date).toBe('2026-05-01');

    await api.delete(`/api/service_visits/${late.id}`).expect(200);
    expect((await customer(b)).last_visit_date).toBeNull();
  });

  it('when points are earned, spent and taken back, then the points balance is the ledger\'s sum', async () => {
    const ledgerSum = async () => Number((await t.db('point_entries').where({ customer_id: a }).sum({ s: 'points' }).first())?.s ?? 0);
    // 150 points per 100 yuan of service (no tier: multiplier 1)
    const visit = (await api.post('/api/service_visits').send({ customer_id: a, visit_date: '2026-10-01', visit_type: 'repair', amount: 400 }).expect(201)).body;
    expect((await customer(a)).points_balance).toBe(600);
    await api.post('/api/point_adjustments').send({ customer_id: a, points: -120, note: '补录扣减' }).expect(201);
    expect((await customer(a)).points_balance).toBe(480);
    await api.put(`/api/service_visits/${visit.id}`).send({ amount: 200 }).expect(200);
    expect((await customer(a)).points_balance).toBe(180);
    expect((await customer(a)).points_balance).toBe(await ledgerSum());
    await api.delete(`/api/service_visits/${visit.id}`).expect(409); // 300 earned, 180 left: already spent
    expect((await customer(a)).points_balance).toBe(180);
    await api.post('/api/point_adjustments').send({ customer_id: a, points: 500, note: '补录积分' }).expect(201);
    await api.delete(`/api/service_visits/${visit.id}`).expect(200);
    expect((await customer(a)).points_balance).toBe(380);
    expect((await customer(a)).points_balance).toBe(await ledgerSum());
  });

  const months = async (id: number) => {
    const row = await t.db('customers').where({ id }).first('visit_months_anchor', 'visit_months');
    return { anchor: row.visit_months_anchor == null ? null : Number(row.visit_months_anchor), mask: Number(row.visit_months) };
  };

  it('when vehicles are added, re-dated, moved and deleted, then the first purchase day follows (kept by the database)', async () => {
    const c = (await api.post('/api/customers').send({ name: '周首购' }).expect(201)).body.id;
    const d = (await api.post('/api/customers').send({ name: '吴次购' }).expect(201)).body.id;
    expect((await customer(c)).first_purchase_date).toBeNull();
    const later = (await api.post('/api/vehicles').send({ customer_id: c, model: 'sedan_b', purchase_date: '2025-06-01' }).expect(201)).body;
    expect((await customer(c)).first_purchase_date).toBe('2025-06-01');
    const earlier = (await api.post('/api/vehicles').send({ customer_id: c, model: 'sedan_b', purchase_date: '2023-02-15' }).expect(201)).body;
    expect((await customer(c)).first_purchase_date).toBe('2023-02-15');
    await api.put(`/api/vehicles/${earlier.id}`).send({ purchase_date: '2025-09-09' }).expect(200);
    expect((await customer(c)).first_purchase_date).toBe('2025-06-01');
    await api.put(`/api/vehicles/${later.id}`).send({ customer_id: d }).expect(200);
    expect((await customer(c)).first_purchase_date).toBe('2025-09-09');
    expect((await customer(d)).first_purchase_date).toBe('2025-06-01');
    await api.delete(`/api/vehicles/${earlier.id}`).expect(200);
    expect((await customer(c)).first_purchase_date).toBeNull();
    // a write that goes round the API (an import, a bulk change, a script) is kept too
    await t.db('vehicles').where({ id: later.id }).update({ purchase_date: '2024-01-31' });
    expect((await customer(d)).first_purchase_date).toBe('2024-01-31');
  });

  it('when visits are added, re-dated, moved and deleted, then the visit months on the customer follow (kept by the database)', async () => {
    const c = (await api.post('/api/customers').send({ name: '郑常来' }).expect(201)).body.id;
    const d = (await api.post('/api/customers').send({ name: '王偶来' }).expect(201)).body.id;
    expect(await months(c)).toEqual({ anchor: null, mask: 0 });
    const visit = async (customer: number, day: string) =>
      (await api.post('/api/service_visits').send({ customer_id: customer, visit_date: day, visit_type: 'maintenance' }).expect(201)).body.id as number;
    const march = await visit(c, '2026-03-05');
    await visit(c, '2026-03-20'); // same month: one bit
    const jan = await visit(c, '2026-01-10');
    const anchor = 2026 * 12 + 2; // March 2026
    expect(await months(c)).toEqual({ anchor, mask: 0b101 }); // March (bit 0) and January (bit 2)
    const old = await visit(c, '2021-12-01'); // 51 months before March: older than the 48 kept
    expect(await months(c)).toEqual({ anchor, mask: 0b101 });
    await api.put(`/api/service_visits/${old}`).send({ visit_date: '2026-06-30' }).expect(200);
    expect(await months(c)).toEqual({ anchor: anchor + 3, mask: 0b101000 + 0b1 }); // June bit 0, March bit 3, January bit 5
    await api.put(`/api/service_visits/${jan}`).send({ customer_id: d }).expect(200);
    expect(await months(c)).toEqual({ anchor: anchor + 3, mask: 0b1001 });
    expect(await months(d)).toEqual({ anchor: 2026 * 12, mask: 1 });
    await api.delete(`/api/service_visits/${jan}`).expect(200);
    expect(await months(d)).toEqual({ anchor: null, mask: 0 });
    await t.db('service_visits').where({ id: march }).del();
    expect(await months(c)).toEqual({ anchor: anchor + 3, mask: 0b1001 }); // the other March visit is still there
  });
});
