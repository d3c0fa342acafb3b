import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf } from './actors.js';

const json = (v: unknown) => JSON.stringify(v);

describe('bad input gets a clear 400 and changes nothing', () => {
  let t: TestDb;
  let app: Express;
  let api: Awaited<ReturnType<typeof agentOf>>;
  let customerId: number;
  const count = async (table: string) => Number((await t.db(table).count({ n: '*' }).first())?.n);

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    api = await agentOf(app, t.db);
    customerId = (await api.post('/api/customers').send({ name: '周杰', phone: '13712345678' }).expect(201)).body.id;
  });
  afterAll(async () => t.drop());

  it.each([
    ['an unknown sort field', { sort: json(['password', 'ASC']) }, 'sort'],
    ['a sort on a field that is not sortable', { sort: json(['notes', 'ASC']) }, 'sort'],
    ['a sort direction that is neither ASC nor DESC', { sort: json(['name', 'SIDEWAYS']) }, 'sort'],
    ['malformed JSON in sort', { sort: '["name",' }, 'sort'],
    ['a range that runs backwards', { range: json([10, 5]) }, 'range'],
    ['a range larger than a page may be', { range: json([0, 5000]) }, 'range'],
    ['a range of text', { range: json(['a', 'b']) }, 'range'],
    ['a filter that is not an object', { filter: json([1, 2]) }, 'filter'],
    ['malformed JSON in filter', { filter: '{q:' }, 'filter'],
    ['an unknown filter field', { filter: json({ 'name; DROP TABLE customers': 1 }) }, 'name; DROP TABLE customers'],
    ['a filter on a field that is not filterable', { filter: json({ notes: 'x' }) }, 'notes'],
    ['a filter value of the wrong type', { filter: json({ tier_id: 'gold' }) }, 'tier_id'],
    ['an enum filter outside its list', { filter: json({ customer_type: 'alien' }) }, 'customer_type'],
    ['a date filter that is no date', { filter: json({ birthday_gte: '2024-13-45' }) }, 'birthday_gte'],
  ])('when the list gets %s, then 400 names the parameter', async (_what, query, field) => {
    const res = await api.get('/api/customers').query(query).expect(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(res.body.message).toEqual(expect.any(String));
  });

  it('when q carries SQL or FTS syntax, then it is only text to look for', async () => {
    for (const q of [`' OR 1=1 --`, '" OR "', 'name:*', 'a AND b OR NOT c', '%', '_', '\\']) {
      const res = await api.get('/api/customers').query({ filter: json({ q }) }).expect(200);
      expect(res.body).toEqual([]);
    }
    expect(await count('customers')).toBe(1);
  });

  it('when a create has several bad values, then every bad field is named with its reason and nothing is written', async () => {
    const before = await count('customers');
    const res = await api
      .post('/api/customers')
      .send({ name: '', phone: 'call me', email: 'nope', birthday: '1990-02-30', customer_type: 'alien', tier_id: 999, region: 'atlantis', staff_count: 1.5, max_monthly_purchase: 10.123, tags: 'vip' })
      .expect(400);
    expect(res.body.errors).toMatchObject({
      name: 'is required',
      phone: expect.stringContaining('phone'),
      email: expect.stringContaining('e-mail'),
      birthday: expect.stringContaining('date'),
      customer_type: expect.stringContaining('prospect'),
      staff_count: 'must be a whole number',
      max_monthly_purchase: expect.stringContaining('decimal'),
      tags: expect.stringContaining('list'),
    });
    expect(await count('customers')).toBe(before);
  });

  it('when references or lookup codes do not exist, then 400 names them and nothing is written', async () => {
    const res = await api.post('/api/customers').send({ name: '吴磊', tier_id: 999, region: 'atlantis' }).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['region', 'tier_id']);
    expect(await count('customers')).toBe(1);
  });

  it('when the caller reads Chinese, then the reasons are in Chinese', async () => {
    const res = await api.post('/api/customers').set('Accept-Language', 'zh-CN,zh;q=0.9').send({ phone: 'x' }).expect(400);
    expect(res.body.errors.name).toBe('必填');
    expect(res.body.message).toContain('部分内容不正确');
  });

  it('when an update breaks a rule, then the record keeps its old values and version', async () => {
    const before = (await api.get(`/api/customers/${customerId}`)).body;
    await api.put(`/api/customers/${customerId}`).send({ ...before, name: '   ', phone: '000' }).expect(400);
    const after = (await api.get(`/api/customers/${customerId}`)).body;
    expect(after).toEqual(before);
  });

  it('when an event would end before it starts, then 400 names the end', async () => {
    const res = await api
      .post('/api/events')
      .send({ title: '圣诞主题日', event_type: 'themed_day', start_at: '2026-12-24T10:00:00Z', end_at: '2026-12-24T09:00:00Z' })
      .expect(400);
    expect(res.body.errors).toHaveProperty('end_at');
    expect(await count('events')).toBe(0);
  });

  it('when a unique value is taken, then 400 names the field', async () => {
    const res = await api.post('/api/tiers').send({ code: 'gold', name: '金卡2', rank: 9, threshold_points: 1 }).expect(400);
    expect(res.body.errors).toHaveProperty('code', 'is already used by another record');
  });

  it('when a record still used elsewhere is deleted, then 409 explains and it stays', async () => {
    const gift = (await api.post('/api/gifts').send({ name: '保温杯', points_price: 10, stock: 5 }).expect(201)).body.id;
    await api.post('/api/point_adjustments').send({ customer_id: customerId, points: 100, note: '兑换用积分' }).expect(201);
    await api.post('/api/redemptions').send({ customer_id: customerId, gift_id: gift, quantity: 1 }).expect(201);
    const res = await api.delete(`/api/gifts/${gift}`).set('Content-Type', 'text/plain').expect(409);
    expect(res.body.message).toMatch(/still used/);
    await api.get(`/api/gifts/${gift}`).expect(200);
  });

  it('when a tier that members hold is deleted, then 400 names it as in use and it stays', async () => {
    await api.put(`/api/customers/${customerId}`).send({ tier_id: 1 }).expect(200);
    const res = await api.delete('/api/tiers/1').set('Content-Type', 'text/plain').expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['id']);
    await api.get('/api/tiers/1').expect(200);
  });

  it('when the body is not JSON, or the id or resource is wrong, then a clear 4xx comes back', async () => {
    const bad = await api.post('/api/customers').set('Content-Type', 'application/json').send('{"name":').expect(400);
    expect(bad.body.errors).toHaveProperty('body');
    await api.get('/api/customers/abc').expect(400);
    await api.get('/api/customers/0').expect(400);
    await api.get('/api/customers/99999').expect(404);
    const unknown = await api.get('/api/knex_migrations').expect(404);
    expect(unknown.body.message).toBe('Unknown resource');
    await api.get('/api/__proto__').expect(404);
  });

  it('when fields the server keeps are sent, then they are ignored', async () => {
    const res = await api.post('/api/customers').send({ name: '孙俪', points_balance: 99999, id: 4242, version: 77, search_text: 'x' }).expect(201);
    expect(res.body.points_balance).toBe(0);
    expect(res.body.id).not.toBe(4242);
    expect(res.body.version).toBe(1);
  });
});
