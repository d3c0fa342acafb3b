import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf } from './actors.js';

type Agent = Awaited<ReturnType<typeof agentOf>>;

/**
 * Custom fields (issue 9 part 1): an admin adds fields to a main record and the generic engine serves them at
 * once like built-in fields: written and validated, listed, filtered, sorted, bulk edited, exported and
 * imported; a bad definition or a change the stored values cannot take is refused and changes nothing.
 */
describe('custom fields', () => {
  let t: TestDb;
  let app: Express;
  let admin: Agent;
  let manager: Agent;
  let consultant: Agent;
  let riskField: number;
  let ids: number[] = [];

  const customer = async (id: number) => (await admin.get(`/api/customers/${id}`).expect(200)).body as Record<string, unknown>;
  const stored = async (id: number) => {
    const row = await t.db('customers').where({ id }).first('custom', 'version');
    const custom = typeof row.custom === 'string' ? JSON.parse(row.custom) : row.custom;
    return { custom: custom as Record<string, unknown> | null, version: Number(row.version) };
  };
  const list = async (agent: Agent, filter: Record<string, unknown>, sort: [string, string] = ['id', 'ASC']) => {
    const res = await agent.get('/api/customers').query({ filter: JSON.stringify(filter), sort: JSON.stringify(sort), range: '[0,99]' }).expect(200);
    return res.body as Record<string, unknown>[];
  };

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    admin = await agentOf(app, t.db);
    manager = await agentOf(app, t.db, 'cs_manager');
    for (const [code, zh, en] of [['low', '低', 'Low'], ['medium', '中', 'Medium'], ['high', '高', 'High']]) {
      await admin.post('/api/lookups').send({ type: 'region', code: `cf_${code}`, label_zh: `测试${zh}`, label_en: `Test ${en}` }).expect(201);
    }
    for (const name of ['甲客户', '乙客户', '丙客户', '丁客户']) {
      ids.push((await admin.post('/api/customers').send({ name, customer_type: 'owner' }).expect(201)).body.id);
    }
    consultant = await agentOf(app, t.db, 'sales_consultant');
  });
  afterAll(async () => t.drop());

  it('when an admin adds a choice, a reference and a number field, then the next request serves them in the meta and the API description', async () => {
    const risk = await admin.post('/api/custom_fields').send({
      resource: 'customers', key: 'risk_level', label_zh: '风险等级', label_en: 'Risk level', type: 'choice', lookup: 'risk_level', help_zh: '按行内评估填写',
    }).expect(201);
    riskField = risk.body.id;
    await admin.post('/api/custom_fields').send({
      resource: 'customers', key: 'advisor', label_zh: '理财顾问', label_en: 'Advisor', type: 'reference', reference: 'users',
    }).expect(201);
    await admin.post('/api/custom_fields').send({
      resource: 'customers', key: 'house_area', label_zh: '房屋面积', label_en: 'House area', type: 'number',
    }).expect(201);
    await admin.post('/api/custom_fields').send({
      resource: 'customers', key: 'wechat_id', label_zh: '微信号', label_en: 'WeChat ID', type: 'text',
    }).expect(201);
    for (const [code, zh, en] of [['low', '低', 'Low'], ['medium', '中', 'Medium'], ['high', '高', 'High']]) {
      await admin.post('/api/lookups').send({ type: 'risk_level', code, label_zh: zh, label_en: en }).expect(201);
    }
    const meta = (await admin.get('/api/meta').expect(200)).body;
    expect(meta.resources.customers.fields.risk_level).toMatchObject({ type: 'lookup', lookup: 'risk_level', filterable: true, sortable: true });
    expect(meta.resources.customers.fields.risk_level.custom.label).toEqual({ zh: '风险等级', en: 'Risk level' });
    expect(meta.resources.customers.fields.advisor).toMatchObject({ type: 'reference', reference: 'users' });
    expect(meta.lookupLists.risk_level).toEqual({ zh: '风险等级', en: 'Risk level' });
    expect(meta.enums.lookup_type).toContain('risk_level');
    const api = (await admin.get('/api/openapi.json').expect(200)).body;
    expect(api.components.schemas.customers.properties.house_area).toMatchObject({ type: 'number' });
  });

  it('when a record is written with custom values, then they are checked like built-in ones and kept in the JSON column', async () => {
    const advisor = (await t.db('users').where({ role: 'cs_manager' }).first('id')).id as number;
    const bad = await admin.put(`/api/customers/${ids[0]}`).set('Accept-Language', 'en')
      .send({ risk_level: 'extreme', advisor: 999_999, house_area: 'big' }).expect(400);
    expect(bad.body.errors.house_area).toBe('must be a number');
    const bad2 = await admin.put(`/api/customers/${ids[0]}`).set('Accept-Language', 'en').send({ risk_level: 'extreme', advisor: 999_999 }).expect(400);
    expect(bad2.body.errors.risk_level).toContain('"extreme" is not in the list of Risk level');
    expect(bad2.body.errors.advisor).toContain('does not exist');
    expect((await stored(ids[0])).custom).toBeNull();

    await admin.put(`/api/customers/${ids[0]}`).send({ risk_level: 'high', advisor, house_area: 89.5, wechat_id: 'wx_jia' }).expect(200);
    await admin.put(`/api/customers/${ids[1]}`).send({ risk_level: 'low', house_area: 120 }).expect(200);
    await admin.put(`/api/customers/${ids[2]}`).send({ risk_level: 'high', house_area: 45.25 }).expect(200);
    expect(await customer(ids[0])).toMatchObject({ name: '甲客户', risk_level: 'high', advisor, house_area: 89.5, wechat_id: 'wx_jia' });
    expect((await stored(ids[0])).custom).toEqual({ risk_level: 'high', advisor, house_area: 89.5, wechat_id: 'wx_jia' });
    // a partial update changes the keys it names and keeps the others; null clears one
    await admin.put(`/api/customers/${ids[0]}`).send({ wechat_id: null, house_area: 90 }).expect(200);
    expect((await stored(ids[0])).custom).toEqual({ risk_level: 'high', advisor, house_area: 90 });
  });

  it('when the list is filtered and sorted by custom fields, then it answers by their values on this engine', async () => {
    expect((await list(manager, { risk_level: 'high' })).map((r) => r.name)).toEqual(['甲客户', '丙客户']);
    expect((await list(manager, { risk_level: ['low', 'high'] })).length).toBe(3);
    expect((await list(manager, { house_area_gte: 50 })).map((r) => r.name)).toEqual(['甲客户', '乙客户']);
    expect((await list(manager, { risk_level_null: true })).map((r) => r.name)).toEqual(['丁客户']);
    const byArea = await list(manager, { house_area_null: false }, ['house_area', 'DESC']);
    expect(byArea.map((r) => r.house_area)).toEqual([120, 90, 45.25]);
    const bad = await manager.get('/api/customers').query({ filter: JSON.stringify({ house_area: 'x' }) }).expect(400);
    expect(Object.keys(bad.body.errors)).toEqual(['house_area']);
    // full-text search finds a custom text value
    await admin.put(`/api/customers/${ids[3]}`).send({ wechat_id: 'dingding_2026' }).expect(200);
    expect((await list(manager, { q: 'dingding' })).map((r) => r.name)).toEqual(['丁客户']);
  });

  it('when a manager bulk edits a custom field, then every chosen record gets it in one change, and a value outside its list changes none', async () => {
    const refused = await manager.patch('/api/customers').send({ ids: [ids[1], ids[3]], data: { risk_level: 'nope' } }).expect(400);
    expect(Object.keys(refused.body.errors)).toEqual(['risk_level']);
    expect((await stored(ids[1])).custom?.risk_level).toBe('low');
    const before = await stored(ids[1]);
    const res = await manager.patch('/api/customers').send({ ids: [ids[1], ids[3]], data: { risk_level: 'medium' } }).expect(200);
    expect(res.body.count).toBe(2);
    const after = await stored(ids[1]);
    expect(after.custom).toEqual({ risk_level: 'medium', house_area: 120 });
    expect(after.version).toBe(before.version + 1);
    expect((await stored(ids[3])).custom).toEqual({ wechat_id: 'dingding_2026', risk_level: 'medium' });
    const audit = await t.db('audit_log').where({ resource: 'customers', record_id: ids[1], batch_id: res.body.batchId }).first('changes');
    const changes = typeof audit.changes === 'string' ? JSON.parse(audit.changes) : audit.changes;
    expect(changes.risk_level).toEqual({ from: 'low', to: 'medium' });
    // undone, each record has its own value back, the other keys untouched
    await manager.post('/api/customers/bulk/undo').send({ batchId: res.body.batchId }).expect(200);
    expect((await stored(ids[1])).custom).toEqual({ risk_level: 'low', house_area: 120 });
    expect((await stored(ids[3])).custom).toEqual({ wechat_id: 'dingding_2026' });
    await manager.patch('/api/customers').send({ ids: [ids[1], ids[3]], data: { risk_level: 'medium' } }).expect(200);
  });

  it('when the list is exported, then the custom columns carry their labels and values; re-importing the file updates by them', async () => {
    const csv = await manager.get('/api/customers/export').query({
      format: 'csv', locale: 'zh', columns: JSON.stringify(['id', 'name', 'phone', 'risk_level', 'house_area']), filter: JSON.stringify({ risk_level: 'high' }),
    }).expect(200);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('编号,姓名,联系电话,风险等级,房屋面积');
    expect(lines.slice(1)).toEqual([`${ids[0]},甲客户,,高,90`, `${ids[2]},丙客户,,高,45.25`]);

    await t.db('customers').whereIn('id', [ids[0], ids[2]]).update({ phone: t.db.raw("'1390000' || id") });
    const file = `姓名,联系电话,风险等级,房屋面积\n甲客户,1390000${ids[0]},低,100\n丙客户,1390000${ids[2]},中,\n`;
    const report = await manager.post('/api/customers/import').field('duplicates', 'update').field('dryRun', 'false')
      .attach('file', Buffer.from(file), 'risk.csv').expect(200);
    expect(report.body).toMatchObject({ updated: 2, invalid: 0 });
    expect((await stored(ids[0])).custom).toMatchObject({ risk_level: 'low', house_area: 100 });
    // an empty cell keeps what is stored on update
    expect((await stored(ids[2])).custom).toMatchObject({ risk_level: 'medium', house_area: 45.25 });
    const wrong = await manager.post('/api/customers/import').field('duplicates', 'update').field('dryRun', 'true')
      .attach('file', Buffer.from(`姓名,联系电话,风险等级\n甲客户,1390000${ids[0]},极高\n`), 'risk.csv').expect(200);
    expect(wrong.body.invalid).toBe(1);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'risk_level', value: '极高' });
  });

  it('when a key clashes with a built-in column or an SQL word, then 400 on the key and no field is added', async () => {
    const count = async () => Number((await t.db('custom_fields').count({ n: '*' }).first())?.n);
    const before = await count();
    for (const key of ['phone', 'select', 'custom', 'created_at', 'Bad Key', 'x', 'area_gte']) {
      const res = await admin.post('/api/custom_fields').send({ resource: 'customers', key, label_zh: '测试', label_en: 'Test', type: 'text' }).expect(400);
      expect(Object.keys(res.body.errors), key).toEqual(['key']);
    }
    const taken = await admin.post('/api/custom_fields').set('Accept-Language', 'zh')
      .send({ resource: 'customers', key: 'risk_level', label_zh: '测试', label_en: 'Test', type: 'text' }).expect(400);
    expect(taken.body.errors.key).toContain('已是该记录的字段');
    const noList = await admin.post('/api/custom_fields').send({ resource: 'vehicles', key: 'trim', label_zh: '配置', label_en: 'Trim', type: 'choice' }).expect(400);
    expect(Object.keys(noList.body.errors)).toEqual(['lookup']);
    expect(await count()).toBe(before);
  });

  it('when a required field is added to customers that exist without a default, then 400; with a default the existing records get it', async () => {
    const res = await admin.post('/api/custom_fields').set('Accept-Language', 'en')
      .send({ resource: 'customers', key: 'member_no', label_zh: '会员卡号', label_en: 'Member no.', type: 'text', required: true }).expect(400);
    expect(res.body.errors.required).toContain('4 existing records have no value');
    expect(await t.db('custom_fields').where({ key: 'member_no' }).first()).toBeUndefined();
    const badDefault = await admin.post('/api/custom_fields')
      .send({ resource: 'customers', key: 'vip', label_zh: '贵宾', label_en: 'VIP', type: 'choice', lookup: 'risk_level', default_value: 'none' }).expect(400);
    expect(Object.keys(badDefault.body.errors)).toEqual(['default_value']);
    await admin.post('/api/custom_fields')
      .send({ resource: 'customers', key: 'kyc_done', label_zh: '已核实身份', label_en: 'KYC done', type: 'boolean', required: true, default_value: 'false' }).expect(201);
    for (const id of ids) expect((await stored(id)).custom?.kyc_done).toBe(false);
    const created = await admin.post('/api/customers').send({ name: '戊客户' }).expect(201);
    expect(created.body.kyc_done).toBe(false);
    ids = [...ids, created.body.id];
  });

  it('when a field changes to a type its values cannot take, then 400 with a count and nothing changes; a type they can take converts them', async () => {
    const field = (await t.db('custom_fields').where({ key: 'wechat_id' }).first('id')).id as number;
    await admin.put(`/api/customers/${ids[1]}`).send({ wechat_id: '42' }).expect(200);
    const refused = await admin.put(`/api/custom_fields/${field}`).set('Accept-Language', 'en').send({ type: 'number' }).expect(400);
    expect(refused.body.errors.type).toContain('1 stored values cannot become this type (e.g. "dingding_2026")');
    expect((await t.db('custom_fields').where({ id: field }).first('type')).type).toBe('text');
    await admin.put(`/api/customers/${ids[3]}`).send({ wechat_id: null }).expect(200);
    await admin.put(`/api/custom_fields/${field}`).send({ type: 'number' }).expect(200);
    expect((await stored(ids[1])).custom?.wechat_id).toBe(42);
    expect((await customer(ids[1])).wechat_id).toBe(42);
    // a choice moved to a list without its values is refused on the list
    const moved = await admin.put(`/api/custom_fields/${riskField}`).send({ lookup: 'region' }).expect(400);
    expect(Object.keys(moved.body.errors)).toEqual(['lookup']);
    const rekey = await admin.put(`/api/custom_fields/${riskField}`).send({ key: 'risk' }).expect(400);
    expect(Object.keys(rekey.body.errors)).toEqual(['key']);
  });

  it('when a field is retired, then the API stops serving it but keeps its values; restored, they are back', async () => {
    const view = await manager.post('/api/list_views').send({
      resource: 'customers', name: '高风险', config: {
        columns: [{ source: 'name' }, { source: 'risk_level' }], density: 'compact', filter: { risk_level: 'high', customer_type: 'owner' },
        sort: { field: 'risk_level', order: 'ASC' }, per_page: 25,
      },
    }).expect(201);
    await admin.put(`/api/custom_fields/${riskField}`).send({ retired: true }).expect(200);
    // the saved view no longer names it, so it still opens
    const config = (await manager.get(`/api/list_views/${view.body.id}`).expect(200)).body.config;
    expect(config).toMatchObject({ columns: [{ source: 'name' }], filter: { customer_type: 'owner' }, sort: null });
    expect((await customer(ids[0])).risk_level).toBeUndefined();
    await admin.put(`/api/customers/${ids[0]}`).send({ house_area: 101 }).expect(200);
    expect((await stored(ids[0])).custom?.risk_level).toBe('low');
    await manager.get('/api/customers').query({ filter: JSON.stringify({ risk_level: 'low' }) }).expect(400);
    await admin.put(`/api/custom_fields/${riskField}`).send({ retired: false }).expect(200);
    expect((await customer(ids[0])).risk_level).toBe('low');
  });

  it('when a field is kept from a role, then that role neither reads, filters nor writes it; an edit limit lets it read but not change', async () => {
    const area = (await t.db('custom_fields').where({ key: 'house_area' }).first('id')).id as number;
    await admin.put(`/api/custom_fields/${area}`).send({ read_roles: ['admin', 'cs_manager'] }).expect(200);
    await t.db('customers').update({ owner_id: (await t.db('users').where({ username: 'test.sales_consultant' }).first('id')).id });
    const seen = await consultant.get(`/api/customers/${ids[0]}`).expect(200);
    expect(seen.body).not.toHaveProperty('house_area');
    expect(seen.body.risk_level).toBe('low');
    await consultant.get('/api/customers').query({ filter: JSON.stringify({ house_area_gte: 1 }) }).expect(403);
    await admin.put(`/api/custom_fields/${riskField}`).send({ edit_roles: ['admin', 'cs_manager'] }).expect(200);
    const specialist = await agentOf(app, t.db, 'cs_specialist');
    const shown = (await specialist.get(`/api/customers/${ids[0]}`).expect(200)).body;
    // the form sends the value back unchanged: fine; a new value: 403 on the field
    await specialist.put(`/api/customers/${ids[0]}`).send({ ...shown, remark: '回访后更新' }).expect(200);
    const refused = await specialist.put(`/api/customers/${ids[0]}`).send({ risk_level: 'high' }).expect(403);
    expect(Object.keys(refused.body.errors)).toEqual(['risk_level']);
    expect((await stored(ids[0])).custom?.risk_level).toBe('low');
  });

  it('when a lookup value a custom choice holds or a record a custom reference names is deleted, then it is refused like a built-in one', async () => {
    const low = (await t.db('lookups').where({ type: 'risk_level', code: 'low' }).first('id')).id as number;
    const res = await admin.delete(`/api/lookups/${low}`).set('Accept-Language', 'en').expect(400);
    expect(res.body.errors.id).toContain('records still use this value');
    const advisor = (await stored(ids[0])).custom?.advisor as number;
    const refused = await admin.delete(`/api/users/${advisor}`).expect(409);
    expect(Object.keys(refused.body.errors)).toEqual(['customers']);
    expect(await t.db('users').where({ id: advisor }).first('id')).toBeDefined();
  });

  it('when a field is deleted, then the key must be typed back, its values are erased and the deletion is in the audit trail', async () => {
    const usage = (await admin.get(`/api/custom_fields/${riskField}/usage`).expect(200)).body;
    expect(usage).toEqual({ key: 'risk_level', count: 4 });
    const unconfirmed = await admin.delete(`/api/custom_fields/${riskField}`).set('Accept-Language', 'en').expect(400);
    expect(unconfirmed.body.errors.confirm).toContain('type the field key (risk_level) to confirm');
    expect(await t.db('custom_fields').where({ id: riskField }).first('id')).toBeDefined();
    await admin.delete(`/api/custom_fields/${riskField}`).query({ confirm: 'risk_level' }).expect(200);
    expect(await t.db('custom_fields').where({ id: riskField }).first('id')).toBeUndefined();
    for (const id of ids) expect((await stored(id)).custom ?? {}).not.toHaveProperty('risk_level');
    const entry = await t.db('audit_log').where({ resource: 'custom_fields', record_id: riskField, action: 'delete' }).first('username');
    expect(entry.username).toBe('test.admin');
    expect((await admin.get('/api/meta').expect(200)).body.resources.customers.fields.risk_level).toBeUndefined();
  });
});
