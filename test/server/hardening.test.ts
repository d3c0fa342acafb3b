import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { resources } from '../../server/resources/index.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf } from './actors.js';

type Agent = Awaited<ReturnType<typeof agentOf>>;
const json = (v: unknown) => JSON.stringify(v);

describe('attacks and hardening', () => {
  let t: TestDb;
  let app: Express;
  let admin: Agent;
  let customerId: number;

  const snapshot = async () => ({
    customers: await t.db('customers').orderBy('id').select('id', 'name', 'phone', 'version'),
    users: await t.db('users').orderBy('id').select('id', 'username', 'role'),
  });

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db, { config: loadConfig({ LOG_LEVEL: 'silent' }) });
    admin = await agentOf(app, t.db, 'admin');
    customerId = (await admin.post('/api/customers').send({ name: '安全测试', phone: '13912345678' }).expect(201)).body.id;
  });
  afterAll(async () => t.drop());

  it('when an anonymous caller tries every resource and method, then each answer is 401 and nothing changes', async () => {
    const before = await snapshot();
    for (const name of Object.keys(resources)) {
      await request(app).get(`/api/${name}`).expect(401);
      await request(app).get(`/api/${name}/1`).expect(401);
      await request(app).post(`/api/${name}`).send({ name: 'x' }).expect(401);
      await request(app).put(`/api/${name}/1`).send({ name: 'x' }).expect(401);
      await request(app).delete(`/api/${name}/1`).expect(401);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('when SQL is smuggled into q, sort, filter, range, the resource name and field values, then it is refused or treated as text', async () => {
    const before = await snapshot();
    const sqlish = ["'; DROP TABLE customers; --", '" OR 1=1 --', "1); DELETE FROM users; --", '%\' OR \'1\'=\'1'];
    for (const s of sqlish) {
      const found = await admin.get('/api/customers').query({ filter: json({ q: s }) }).expect(200);
      expect(found.body).toEqual([]);
      await admin.get('/api/customers').query({ sort: json([s, 'ASC']) }).expect(400);
      await admin.get('/api/customers').query({ sort: json(['name', s]) }).expect(400);
      await admin.get('/api/customers').query({ filter: json({ [s]: 1 }) }).expect(400);
      const eq = await admin.get('/api/customers').query({ filter: json({ region: s }) }).expect(200);
      expect(eq.body).toEqual([]);
      await admin.get('/api/customers').query({ range: s }).expect(400);
      await admin.get(`/api/${encodeURIComponent(s)}`).expect(404);
      await admin.get(`/api/customers/${encodeURIComponent(s)}`).expect(400);
    }
    expect(await snapshot()).toEqual(before);
    // a value is stored as the text it is
    const odd = await admin.post('/api/customers').send({ name: sqlish[0], notes: sqlish[2] }).expect(201);
    expect((await t.db('customers').where({ id: odd.body.id }).first('name')).name).toBe(sqlish[0]);
    expect(Number((await t.db('users').count({ n: '*' }).first())?.n)).toBe(before.users.length);
    await admin.delete(`/api/customers/${odd.body.id}`).expect(200);
  });

  it('when a body is larger than the limit, then the answer is 413 and nothing is written', async () => {
    const before = await snapshot();
    const res = await admin.post('/api/customers').send({ name: '大', notes: 'x'.repeat(1_200_000) }).expect(413);
    expect(res.body.message).toMatch(/too large/i);
    expect(await snapshot()).toEqual(before);
  });

  it('when something unexpected fails, then the answer holds a request id but no SQL and no stack', async () => {
    const other = await freshDb();
    try {
      const broken = createApp(other.db, { config: loadConfig({ LOG_LEVEL: 'silent' }) });
      const api = await agentOf(broken, other.db, 'admin');
      await other.db.schema.dropTable('event_tasks');
      const res = await api.get('/api/event_tasks').set('X-Request-Id', 'trace-me-12345').expect(500);
      expect(res.body.requestId).toBe('trace-me-12345');
      expect(res.headers['x-request-id']).toBe('trace-me-12345');
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/select|from\s|event_tasks|no such table|relation|at \w+ \(/i);
    } finally {
      await other.drop();
    }
  });

  it('when any page is served, then security headers are set and the server does not name itself', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
  });

  it('when another site asks through CORS, then it gets no CORS grant unless its origin is configured', async () => {
    const closed = await request(app).options('/api/customers')
      .set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    const got = await admin.get('/api/customers').set('Origin', 'https://evil.example').expect(200);
    expect(got.headers['access-control-allow-origin']).toBeUndefined();

    const open = createApp(t.db, { config: loadConfig({ LOG_LEVEL: 'silent', CORS_ORIGINS: 'https://crm.example' }) });
    const allowed = await request(open).options('/api/customers')
      .set('Origin', 'https://crm.example').set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://crm.example');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const denied = await request(open).options('/api/customers')
      .set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('when a stored record is read back, then the customer written first is still intact', async () => {
    const res = await admin.get(`/api/customers/${customerId}`).expect(200);
    expect(res.body).toMatchObject({ name: '安全测试', phone: '13912345678' });
  });
});
