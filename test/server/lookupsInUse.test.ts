import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf } from './actors.js';

/**
 * Lookups (字典, issue 9 part 2): a value some record holds can be relabelled, reordered and deactivated, but not
 * deleted, recoded or moved to another list; the refusal names the field and how many records hold it.
 */
describe('lookup values in use', () => {
  let t: TestDb;
  let app: Express;
  let admin: Awaited<ReturnType<typeof agentOf>>;
  let used: number;
  let unused: number;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    admin = await agentOf(app, t.db);
    used = (await admin.post('/api/lookups').send({ type: 'region', code: 'test_north', label_zh: '测试北区', label_en: 'Test North', sort_order: 90 }).expect(201)).body.id;
    unused = (await admin.post('/api/lookups').send({ type: 'region', code: 'test_south', label_zh: '测试南区', label_en: 'Test South', sort_order: 91 }).expect(201)).body.id;
    for (const name of ['北区甲', '北区乙']) await admin.post('/api/customers').send({ name, region: 'test_north' }).expect(201);
  });
  afterAll(async () => t.drop());

  const stored = async (id: number) => t.db('lookups').where({ id }).first('type', 'code', 'label_zh', 'active');

  it('when a value two customers hold is deleted, then 400 names how many and where, and it stays', async () => {
    const res = await admin.delete(`/api/lookups/${used}`).set('Accept-Language', 'zh').expect(400);
    expect(res.body.errors.id).toContain('仍有 2 条记录使用该值');
    expect(res.body.message).toBe(`部分内容不正确: ${res.body.errors.id}`);
    expect(await stored(used)).toMatchObject({ code: 'test_north' });
  });

  it('when its code or list is changed, then 400 on that field and nothing changes; relabel, reorder and deactivate work', async () => {
    const recode = await admin.put(`/api/lookups/${used}`).send({ code: 'test_n' }).expect(400);
    expect(Object.keys(recode.body.errors)).toEqual(['code']);
    const move = await admin.put(`/api/lookups/${used}`).send({ type: 'source' }).expect(400);
    expect(Object.keys(move.body.errors)).toEqual(['type']);
    expect(await stored(used)).toMatchObject({ type: 'region', code: 'test_north', label_zh: '测试北区' });

    await admin.put(`/api/lookups/${used}`).send({ label_zh: '北区（旧）', sort_order: 99, active: false }).expect(200);
    expect(await stored(used)).toMatchObject({ code: 'test_north', label_zh: '北区（旧）' });
    expect(Boolean((await stored(used)).active)).toBe(false);
    // the customers keep the value
    expect(Number((await t.db('customers').where({ region: 'test_north' }).count({ n: '*' }).first())?.n)).toBe(2);
  });

  it('when a value nobody holds is recoded or deleted, then it is', async () => {
    await admin.put(`/api/lookups/${unused}`).send({ code: 'test_s' }).expect(200);
    expect(await stored(unused)).toMatchObject({ code: 'test_s' });
    await admin.delete(`/api/lookups/${unused}`).expect(200);
    expect(await stored(unused)).toBeUndefined();
  });

  it('when a colour is not a #RRGGBB code, then 400 on the colour and nothing stored; a code or none is taken', async () => {
    for (const color of ['red', '#abc', '#12345g']) {
      const res = await admin.put(`/api/lookups/${used}`).set('Accept-Language', 'en').send({ color }).expect(400);
      expect(res.body.errors).toEqual({ color: 'must be a colour code such as #4fc3f7' });
    }
    await admin.put(`/api/lookups/${used}`).send({ color: '#4FC3F7' }).expect(200);
    expect((await t.db('lookups').where({ id: used }).first('color')).color).toBe('#4FC3F7');
    await admin.put(`/api/lookups/${used}`).send({ color: null }).expect(200);
    expect((await t.db('lookups').where({ id: used }).first('color')).color).toBeNull();
  });
});
