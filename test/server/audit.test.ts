import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { hashPassword } from '../../server/auth/password.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf, userOf } from './actors.js';

type Agent = Awaited<ReturnType<typeof agentOf>>;
const json = (v: unknown) => JSON.stringify(v);

describe('the audit trail', () => {
  let t: TestDb;
  let app: Express;
  let manager: Agent;
  let specialist: Agent;
  let managerId: number;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db, { config: loadConfig({ LOG_LEVEL: 'silent' }) });
    managerId = (await userOf(t.db, 'cs_manager', 'audit.manager')).id;
    manager = await agentOf(app, t.db, 'cs_manager', 'audit.manager');
    specialist = await agentOf(app, t.db, 'cs_specialist', 'audit.specialist');
  });
  afterAll(async () => t.drop());

  const history = (resource: string, id: number) =>
    manager.get('/api/audit_log').query({ filter: json({ resource, record_id: id }), sort: json(['id', 'ASC']) }).expect(200);

  it('when a record is created, changed and deleted, then each step is recorded with who, when and field-by-field before/after', async () => {
    const created = await manager.post('/api/customers').send({ name: '审计客户', phone: '13800001111', tier_id: 1 }).expect(201);
    const id = created.body.id as number;
    await manager.put(`/api/customers/${id}`).send({ name: '审计客户（改）', tier_id: 2, version: created.body.version }).expect(200);
    await manager.delete(`/api/customers/${id}`).expect(200);

    const rows = (await history('customers', id)).body;
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['create', 'update', 'delete']);
    const [create, update, remove] = rows;
    expect(create).toMatchObject({ user_id: managerId, username: 'audit.manager', record_title: '审计客户' });
    expect(create.changes.name).toEqual({ from: null, to: '审计客户' });
    expect(create.changes.phone).toEqual({ from: null, to: '13800001111' });
    // only what changed, not the version counter or timestamps
    expect(update.changes).toEqual({ name: { from: '审计客户', to: '审计客户（改）' }, tier_id: { from: 1, to: 2 } });
    expect(remove.changes.name).toEqual({ from: '审计客户（改）', to: null });
    expect(new Date(update.created_at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(update.request_id).toMatch(/^[\w-]{8,}$/);
  });

  it('when a write is refused, then no audit row is written', async () => {
    const before = Number((await t.db('audit_log').count({ n: '*' }).first())?.n);
    await manager.post('/api/customers').send({ name: '', phone: 'bad' }).expect(400);
    await specialist.post('/api/tiers').send({ code: 'x', name: 'x', rank: 99 }).expect(403);
    expect(Number((await t.db('audit_log').count({ n: '*' }).first())?.n)).toBe(before);
  });

  it('when the audit row cannot be written, then the change itself is rolled back (same transaction)', async () => {
    const other = await freshDb();
    try {
      const broken = createApp(other.db, { config: loadConfig({ LOG_LEVEL: 'silent' }) });
      const api = await agentOf(broken, other.db, 'admin');
      await other.db.schema.dropTable('audit_log');
      const res = await api.post('/api/customers').send({ name: '不会留下' }).expect(500);
      expect(res.body.requestId).toBeTruthy();
      expect(Number((await other.db('customers').count({ n: '*' }).first())?.n)).toBe(0);
    } finally {
      await other.drop();
    }
  });

  it('when the manager filters the audit list by user, resource and date, then only matching rows come back', async () => {
    const c = await specialist.post('/api/customers').send({ name: '专员建的客户' }).expect(201);
    await specialist.post('/api/follow_ups').send({ customer_id: c.body.id, due_date: '2026-12-01', channel: 'phone', reason: 'care' }).expect(201);
    const specialistId = (await userOf(t.db, 'cs_specialist', 'audit.specialist')).id;
    const mine = await manager.get('/api/audit_log').query({ filter: json({ user_id: specialistId }) }).expect(200);
    expect(mine.body.map((r: { resource: string }) => r.resource).sort()).toEqual(['customers', 'follow_ups']);
    const followUps = await manager.get('/api/audit_log').query({ filter: json({ user_id: specialistId, resource: 'follow_ups' }) }).expect(200);
    expect(followUps.body).toHaveLength(1);
    const future = await manager.get('/api/audit_log').query({ filter: json({ created_at_gte: '2099-01-01T00:00:00Z' }) }).expect(200);
    expect(future.body).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const recent = await manager.get('/api/audit_log').query({ filter: json({ created_at_gte: `${today}T00:00:00Z`, action: 'create' }) }).expect(200);
    expect(recent.body.length).toBeGreaterThanOrEqual(3);
  });

  it('when a specialist reads history, then only one readable record at a time, never the whole trail', async () => {
    const c = await manager.post('/api/customers').send({ name: '历史可见' }).expect(201);
    const own = await specialist.get('/api/audit_log').query({ filter: json({ resource: 'customers', record_id: c.body.id }) }).expect(200);
    expect(own.body).toHaveLength(1);
    await specialist.get('/api/audit_log').expect(403);
    await specialist.get('/api/audit_log').query({ filter: json({ resource: 'customers' }) }).expect(403);
    await specialist.get(`/api/audit_log/${own.body[0].id}`).expect(200);
    // the trail of records the role may not read at all stays closed
    const plan = await manager.post('/api/segments').send({ name: '高价值', filter: { tier_id: [3, 4] } }).expect(201);
    const sales = await agentOf(app, t.db, 'sales_consultant', 'audit.sales');
    await sales.get('/api/audit_log').query({ filter: json({ resource: 'segments', record_id: plan.body.id }) }).expect(403);
    await sales.get('/api/audit_log').query({ filter: json({ resource: 'customers', record_id: c.body.id }) }).expect(403);
  });

  it('when nobody may write the audit trail, then create, update and delete of audit rows are 403', async () => {
    const admin = await agentOf(app, t.db, 'admin');
    const row = (await admin.get('/api/audit_log').query({ range: json([0, 0]) }).expect(200)).body[0];
    await admin.post('/api/audit_log').send({ action: 'create', resource: 'customers' }).expect(403);
    await admin.put(`/api/audit_log/${row.id}`).send({ username: 'someone-else' }).expect(403);
    await admin.delete(`/api/audit_log/${row.id}`).expect(403);
    expect((await t.db('audit_log').where({ id: row.id }).first()).username).toBe(row.username);
  });

  it('when someone signs in and out, then both are in the trail', async () => {
    await userOf(t.db, 'cs_specialist', 'audit.login');
    await t.db('users').where({ username: 'audit.login' }).update({ password_hash: await hashPassword('login-password') });
    const agent = request.agent(app);
    const res = await agent.post('/api/auth/login').send({ username: 'audit.login', password: 'login-password' }).expect(200);
    await agent.post('/api/auth/logout').set('X-CSRF-Token', res.body.csrfToken).expect(200);
    const rows = await manager.get('/api/audit_log').query({ filter: json({ username: 'audit.login' }), sort: json(['id', 'ASC']) }).expect(200);
    expect(rows.body.map((r: { action: string }) => r.action)).toEqual(['login', 'logout']);
  });
});
