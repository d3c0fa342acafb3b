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
});
