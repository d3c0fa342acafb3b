import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf } from './actors.js';

const json = (v: unknown) => JSON.stringify(v);

describe('the ra-data-simple-rest protocol', () => {
  let t: TestDb;
  let app: Express;
  let api: Awaited<ReturnType<typeof agentOf>>;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    api = await agentOf(app, t.db);
    const people = [
      { name: '张伟', phone: '138 1234 5678', region: 'chaoyang', tier_id: 1, customer_type: 'owner', birthday: '1980-05-01' },
      { name: '王芳', phone: '139 8765 4321', region: 'haidian', tier_id: 2, customer_type: 'prospect', birthday: '1990-07-15' },
      { name: '李娜', phone: '13600001111', region: 'chaoyang', tier_id: 2, customer_type: 'owner' },
      { name: 'David Wang', phone: '186 0000 2222', region: 'pudong', tier_id: 3, customer_type: 'fleet', company: '北京顺达物流有限公司' },
      { name: '张三丰', phone: '135 5555 6666', region: 'chaoyang', tier_id: 4, customer_type: 'owner' },
    ];
    for (const p of people) {
      const res = await api.post('/api/customers').send(p).expect(201);
      ids.push(res.body.id);
    }
  });
  afterAll(async () => t.drop());

  it('when a list is asked for with sort and range, then a JSON array comes back with an exposed Content-Range', async () => {
    const res = await api
      .get('/api/customers')
      .query({ sort: json(['name', 'ASC']), range: json([0, 1]), filter: json({}) })
      .expect(200);
    expect(res.body).toHaveLength(2);
    expect(res.headers['content-range']).toBe('customers 0-1/5');
    expect(res.headers['access-control-expose-headers']).toContain('Content-Range');
    const names = res.body.map((c: { name: string }) => c.name);
    expect([...names].sort()).toEqual(names);
  });

  it('when filtered by equality, arrays, ranges and nulls, then only matching rows come back and the total counts them', async () => {
    const byRegion = await api.get('/api/customers').query({ filter: json({ region: 'chaoyang', tier_id: [1, 4] }) });
    expect(byRegion.body.map((c: { name: string }) => c.name).sort()).toEqual(['张三丰', '张伟']);
    expect(byRegion.headers['content-range']).toMatch(/\/2$/);
    const born = await api.get('/api/customers').query({ filter: json({ birthday_gte: '1985-01-01', birthday_lte: '1995-12-31' }) });
    expect(born.body.map((c: { name: string }) => c.name)).toEqual(['王芳']);
    const noBirthday = await api.get('/api/customers').query({ filter: json({ birthday_null: true }) });
    expect(noBirthday.body).toHaveLength(3);
    const notOwner = await api.get('/api/customers').query({ filter: json({ customer_type_neq: 'owner' }) });
    expect(notOwner.body).toHaveLength(2);
  });

  it('when q holds a Chinese name, its pinyin, its initials, a phone fragment or a company, then the customer is found', async () => {
    const find = async (q: string) =>
      (await api.get('/api/customers').query({ filter: json({ q }) }).expect(200)).body.map((c: { name: string }) => c.name).sort();
    expect(await find('张伟')).toEqual(['张伟']);
    expect(await find('张')).toEqual(['张三丰', '张伟']);
    expect(await find('zhangwei')).toEqual(['张伟']);
    expect(await find('zsf')).toEqual(['张三丰']);
    expect(await find('8765')).toEqual(['王芳']);
    expect(await find('1381234')).toEqual(['张伟']);
    expect(await find('顺达')).toEqual(['David Wang']);
    expect(await find('david')).toEqual(['David Wang']);
    expect(await find('wang fang')).toEqual(['王芳']);
    expect(await find('nobody-like-this')).toEqual([]);
  });

  it('when getMany asks for ids, then exactly those records come back', async () => {
    const res = await api.get('/api/customers').query({ filter: json({ id: [ids[0], ids[2]] }) }).expect(200);
    expect(res.body.map((c: { id: number }) => c.id).sort()).toEqual([ids[0], ids[2]].sort());
  });

  it('when getManyReference lists a customer\'s vehicles, then only theirs come back', async () => {
    await api.post('/api/vehicles').send({ customer_id: ids[0], model: 'sedan_a', plate: '京A·12345', vin: 'LSVAA4182E2000001' }).expect(201);
    await api.post('/api/vehicles').send({ customer_id: ids[1], model: 'suv_mid', plate: '京B·54321' }).expect(201);
    const res = await api
      .get('/api/vehicles')
      .query({ filter: json({ customer_id: ids[0] }), sort: json(['purchase_date', 'DESC']), range: json([0, 9]) })
      .expect(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0].plate).toBe('京A·12345');
    expect(res.headers['content-range']).toBe('vehicles 0-0/1');
  });

  it('when a record is updated with its version, then the version moves on; a stale version gets 409 and changes nothing', async () => {
    const before = (await api.get(`/api/customers/${ids[1]}`).expect(200)).body;
    const ok = await api.put(`/api/customers/${ids[1]}`).send({ ...before, notes: '喜欢周末来店' }).expect(200);
    expect(ok.body.version).toBe(before.version + 1);
    expect(ok.body.notes).toBe('喜欢周末来店');
    const stale = await api.put(`/api/customers/${ids[1]}`).send({ ...before, notes: 'overwritten' }).expect(409);
    expect(stale.body.message).toMatch(/changed by someone else/);
    const now = (await api.get(`/api/customers/${ids[1]}`)).body;
    expect(now.notes).toBe('喜欢周末来店');
  });

  it('when the stock client deletes with a text/plain body, then the deleted record comes back', async () => {
    const created = (await api.post('/api/segments').send({ name: '朝阳金卡', filter: { region: 'chaoyang', tier_id: 2 } }).expect(201)).body;
    const res = await api.delete(`/api/segments/${created.id}`).set('Content-Type', 'text/plain').send('').expect(200);
    expect(res.body).toMatchObject({ id: created.id, name: '朝阳金卡', filter: { region: 'chaoyang', tier_id: 2 } });
    await api.get(`/api/segments/${created.id}`).expect(404);
  });

  it('when a record is created, then the server fills defaults and answers 201 with the stored record', async () => {
    const res = await api.post('/api/customers').send({ name: '赵敏', tags: ['VIP', 'VIP', ' 老客户 '] }).expect(201);
    expect(res.body).toMatchObject({ name: '赵敏', customer_type: 'prospect', consent_sms: false, version: 1, tags: ['VIP', '老客户'] });
    await api.delete(`/api/customers/${res.body.id}`).expect(200);
  });
});
