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

  it('when ledger entries are written, then the points balance is their sum', async () => {
    await api.post('/api/point_entries').send({ customer_id: a, points: 500, reason: 'purchase' }).expect(201);
    const spend = (await api.post('/api/point_entries').send({ customer_id: a, points: -120, reason: 'redemption' }).expect(201)).body;
    expect((await customer(a)).points_balance).toBe(380);
    await api.delete(`/api/point_entries/${spend.id}`).expect(200);
    expect((await customer(a)).points_balance).toBe(500);
  });
});
