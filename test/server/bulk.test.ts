import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { rightsOf, RIGHTS } from '../../server/auth/roles.js';
import type { Row } from '../../server/resources/types.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf, userOf } from './actors.js';
import type { Api } from './matrix.js';

/** Bulk update, bulk delete and undo (issue 4): one request, one transaction, one audit row per record. */
describe('bulk changes', () => {
  let t: TestDb;
  let app: Express;
  let admin: Api;
  let manager: Api;
  let specialist: Api;
  let sales: Api;
  let serial = 0;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    admin = await agentOf(app, t.db, 'admin');
    manager = await agentOf(app, t.db, 'cs_manager');
    specialist = await agentOf(app, t.db, 'cs_specialist');
    sales = await agentOf(app, t.db, 'sales_consultant');
  });
  afterAll(async () => t.drop());

  const customers = async (n: number, values: Row = {}): Promise<number[]> => {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      serial += 1;
      ids.push((await admin.post('/api/customers').send({ name: `客户${serial}`, ...values }).expect(201)).body.id);
    }
    return ids;
  };
  const rows = async (table: string, ids: number[]): Promise<Row[]> => t.db(table).whereIn('id', ids).orderBy('id');
  const customer = async (id: number): Promise<Row> => (await admin.get(`/api/customers/${id}`).expect(200)).body;
  const auditOf = async (batchId: string): Promise<Row[]> => t.db('audit_log').where({ batch_id: batchId }).orderBy('id');

  it('when customers are updated by ids, then each changes once, moves its version on and gets an audit row of one batch', async () => {
    const ids = await customers(3);
    const before = await rows('customers', ids);
    const res = await specialist.patch('/api/customers').send({ ids, data: { lifecycle_stage: 'mature', region: 'haidian' } }).expect(200);
    expect(res.body).toMatchObject({ batchId: expect.any(String), count: 3, ids });
    const after = await rows('customers', ids);
    expect(after.map((r) => [r.lifecycle_stage, r.region, r.version])).toEqual(before.map((r) => ['mature', 'haidian', Number(r.version) + 1]));
    const audit = await auditOf(res.body.batchId);
    expect(audit.map((a) => Number(a.record_id))).toEqual(ids);
    expect(audit.every((a) => a.action === 'update')).toBe(true);
    const changes = typeof audit[0].changes === 'string' ? JSON.parse(audit[0].changes) : audit[0].changes;
    expect(changes.lifecycle_stage).toEqual({ from: 'potential', to: 'mature' });

    const again = await specialist.patch('/api/customers').send({ ids, data: { lifecycle_stage: 'mature' } }).expect(200);
    expect(again.body.count).toBe(0); // nothing to change: nothing written, nothing audited
    expect(await auditOf(again.body.batchId)).toEqual([]);
  });

  it('when customers are updated by a filter with q, then only the matches change and search finds the new values', async () => {
    const stars = await customers(2, { company: '星辰科技' });
    const others = await customers(1, { company: '远方贸易' });
    const res = await admin.patch('/api/customers').send({ filter: { q: '星辰' }, data: { company: '银河科技', source: 'referral' } }).expect(200);
    expect(res.body.ids).toEqual(stars);
    expect((await customer(others[0])).source).toBeNull();
    const found = await admin.get('/api/customers').query({ filter: JSON.stringify({ q: '银河' }) }).expect(200);
    expect(found.body.map((r: Row) => r.id)).toEqual(expect.arrayContaining(stars));
    const gone = await admin.get('/api/customers').query({ filter: JSON.stringify({ q: '星辰' }) }).expect(200);
    expect(gone.body).toEqual([]);
  });

  it('when tags are added and removed, then each record keeps its own other tags', async () => {
    const [a, b] = await customers(2);
    await admin.put(`/api/customers/${a}`).send({ tags: ['老客户', '待回访'] }).expect(200);
    await admin.put(`/api/customers/${b}`).send({ tags: ['新客户'] }).expect(200);
    await admin.patch('/api/customers').send({ ids: [a, b], add: { tags: ['VIP'] }, remove: { tags: ['待回访'] } }).expect(200);
    expect((await customer(a)).tags).toEqual(['老客户', 'VIP']);
    expect((await customer(b)).tags).toEqual(['新客户', 'VIP']);
  });

  it('when the data names a read-only or unknown field, or no selection, then 400 names it', async () => {
    const ids = await customers(1);
    const ro = await admin.patch('/api/customers').send({ ids, data: { points_balance: 5 } }).expect(400);
    expect(Object.keys(ro.body.errors)).toEqual(['points_balance']);
    const unknown = await admin.patch('/api/customers').send({ ids, data: { shoe_size: 42 } }).expect(400);
    expect(Object.keys(unknown.body.errors)).toEqual(['shoe_size']);
    const bad = await admin.patch('/api/customers').send({ ids, data: { lifecycle_stage: 'asleep' } }).expect(400);
    expect(Object.keys(bad.body.errors)).toEqual(['lifecycle_stage']);
    await admin.patch('/api/customers').send({ data: { notes: 'x' } }).expect(400);
    await admin.patch('/api/customers').send({ ids, filter: {}, data: { notes: 'x' } }).expect(400);
    await admin.patch('/api/customers').send({ ids, add: { name: ['x'] } }).expect(400);
  });

  it('when one row breaks a record rule, then nothing changes, nothing is audited and the row is named', async () => {
    const segment = (await admin.post('/api/segments').send({ name: '关怀客群', filter: {} }).expect(201)).body;
    const plan = (start: string) => admin.post('/api/care_plans').send({ title: `关怀${start}`, segment_id: segment.id, start_date: start }).expect(201);
    const ok = (await plan('2026-01-01')).body;
    const late = (await plan('2026-09-01')).body;
    const res = await admin.patch('/api/care_plans').send({ ids: [ok.id, late.id], data: { end_date: '2026-06-30' } }).expect(400);
    expect(res.body.row).toBe(late.id);
    expect(Object.keys(res.body.errors)).toEqual(['end_date']);
    expect((await rows('care_plans', [ok.id]))[0].end_date).toBeNull();
    expect(await t.db('audit_log').where({ resource: 'care_plans', action: 'update' }).first()).toBeUndefined();
  });

  it('when a unique field would be given to several records, then 400', async () => {
    const res = await manager.patch('/api/tiers').send({ filter: {}, data: { code: 'same' } }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['code']);
  });

  it('when roles differ, then specialists bulk update but not delete, sales neither, managers both', async () => {
    const ids = await customers(2);
    await sales.patch('/api/customers').send({ ids, data: { notes: 'x' } }).expect(403);
    await specialist.delete('/api/customers').send({ ids }).expect(403);
    await sales.delete('/api/customers').send({ ids }).expect(403);
    const res = await manager.delete('/api/customers').send({ ids }).expect(200);
    expect(res.body).toMatchObject({ count: 2, ids });
    expect(await rows('customers', ids)).toEqual([]);
    expect((await auditOf(res.body.batchId)).map((a) => a.action)).toEqual(['delete', 'delete']);
  });

  it('when a scoped role may bulk update, then only its own customers change', async () => {
    const me = await userOf(t.db, 'sales_consultant');
    const mine = await customers(2, { owner_id: me.id });
    const theirs = await customers(1);
    const saved = rightsOf.sales_consultant;
    rightsOf.sales_consultant = RIGHTS;
    try {
      const res = await sales.patch('/api/customers').send({ ids: [...mine, ...theirs], data: { notes: '批量' } }).expect(200);
      expect(res.body.ids).toEqual(mine);
      const byFilter = await sales.patch('/api/customers').send({ filter: {}, data: { notes: '全部' } }).expect(200);
      expect(byFilter.body.ids).toEqual(mine);
      expect((await customer(theirs[0])).notes).toBeNull();
      await sales.patch('/api/customers').send({ ids: mine, data: { owner_id: (await userOf(t.db, 'admin')).id } }).expect(403);
    } finally {
      rightsOf.sales_consultant = saved;
    }
  });

  it('when a selected record is still used by another, then 409 names it (400 for tiers members hold) and nothing is deleted', async () => {
    const [used, free] = await customers(2);
    await admin.post('/api/vehicles').send({ customer_id: used, model: 'sedan_b' }).expect(201);
    const res = await admin.delete('/api/customers').send({ ids: [free, used] }).expect(409);
    expect(res.body.row).toBe(used);
    expect(res.body.errors).toHaveProperty('vehicles');
    expect(await rows('customers', [used, free])).toHaveLength(2);

    const tiers = (await admin.get('/api/tiers').expect(200)).body.map((r: Row) => r.id);
    await admin.put(`/api/customers/${free}`).send({ tier_id: tiers[0] }).expect(200);
    const held = await admin.delete('/api/tiers').send({ filter: {} }).expect(400);
    expect(Object.keys(held.body.errors)).toEqual(['id']);
    expect(await rows('tiers', tiers)).toHaveLength(tiers.length);
  });

  it('when more than 50,000 records are selected, then 400 says how many and the limit', async () => {
    const ids = Array.from({ length: 50_001 }, (_, i) => i + 1);
    const res = await admin.patch('/api/customers').send({ ids, data: { notes: 'x' } }).expect(400);
    expect(res.body.message).toContain('50001');
    expect(res.body.message).toContain('50000');
  });

  it('when a bulk update is undone, then the old values come back as a new batch; changed since → 409', async () => {
    const ids = await customers(3, { lifecycle_stage: 'developing', company: '旧公司' });
    const done = (await specialist.patch('/api/customers').send({ ids, data: { lifecycle_stage: 'churned', company: '新公司' }, add: { tags: ['流失'] } }).expect(200)).body;
    const colleague = await agentOf(app, t.db, 'cs_specialist', 'other.specialist');
    await colleague.post('/api/customers/bulk/undo').send({ batchId: done.batchId }).expect(403); // not theirs, no audit right
    await admin.post('/api/customers/bulk/undo').send({ batchId: 'no-such-batch' }).expect(404);
    const undone = (await specialist.post('/api/customers/bulk/undo').send({ batchId: done.batchId }).expect(200)).body;
    expect(undone).toMatchObject({ batchId: expect.any(String), count: 3 });
    expect(undone.batchId).not.toBe(done.batchId);
    for (const id of ids) expect(await customer(id)).toMatchObject({ lifecycle_stage: 'developing', company: '旧公司', tags: null });
    expect(await auditOf(undone.batchId)).toHaveLength(3);
    const found = await admin.get('/api/customers').query({ filter: JSON.stringify({ q: '旧公司' }) }).expect(200);
    expect(found.body.map((r: Row) => r.id)).toEqual(expect.arrayContaining(ids));

    const again = (await specialist.patch('/api/customers').send({ ids, data: { lifecycle_stage: 'mature' } }).expect(200)).body;
    await admin.put(`/api/customers/${ids[1]}`).send({ lifecycle_stage: 'growing' }).expect(200);
    const refused = await specialist.post('/api/customers/bulk/undo').send({ batchId: again.batchId }).expect(409);
    expect(refused.body.row).toBe(ids[1]);
    expect((await customer(ids[0])).lifecycle_stage).toBe('mature');
  });

  it('when a bulk delete is undone, then the records come back with their ids and values, and can be deleted again', async () => {
    const ids = await customers(2, { company: '回收站', tags: ['a'] });
    const before = await Promise.all(ids.map(customer));
    const done = (await manager.delete('/api/customers').send({ ids }).expect(200)).body;
    const undone = (await manager.post('/api/customers/bulk/undo').send({ batchId: done.batchId }).expect(200)).body;
    expect(undone.count).toBe(2);
    const after = await Promise.all(ids.map(customer));
    const kept = ({ updated_at: _u, version: _v, created_at: _c, ...r }: Row) => r;
    expect(after.map(kept)).toEqual(before.map(kept));
    // the creation time comes back from the record's create audit row, written a moment after the record
    after.forEach((r, i) => expect(Date.parse(String(r.created_at)) - Date.parse(String(before[i].created_at))).toBeLessThan(1000));
    const found = await admin.get('/api/customers').query({ filter: JSON.stringify({ q: '回收站' }) }).expect(200);
    expect(found.body.map((r: Row) => r.id).sort()).toEqual([...ids].sort());
    await manager.post('/api/customers/bulk/undo').send({ batchId: done.batchId }).expect(409);
    await manager.post('/api/customers/bulk/undo').send({ batchId: undone.batchId }).expect(200);
    expect(await rows('customers', ids)).toEqual([]);
  });

  it('when visits change in bulk, then the points they earn, the balances and last visits follow; the ledger itself is not bulk-edited', async () => {
    const [a, b] = await customers(2);
    const balance = async (id: number) => (await customer(id)).points_balance;
    const ledgerSum = async (id: number) => Number((await t.db('point_entries').where({ customer_id: id }).sum({ s: 'points' }).first())?.s ?? 0);
    // 150 points per 100 yuan of service, no tier: multiplier 1
    const visit = async (date: string, amount: number) =>
      (await admin.post('/api/service_visits').send({ customer_id: a, visit_date: date, visit_type: 'repair', amount }).expect(201)).body.id;
    const visits = [await visit('2026-03-01', 200), await visit('2026-08-01', 100)];
    expect(await balance(a)).toBe(450);

    await admin.patch('/api/service_visits').send({ ids: visits, data: { amount: 400 } }).expect(200);
    expect(await balance(a)).toBe(1200);
    await admin.patch('/api/service_visits').send({ ids: visits, data: { customer_id: b } }).expect(200);
    expect([await balance(a), await balance(b)]).toEqual([0, 1200]);
    await admin.patch('/api/service_visits').send({ ids: visits, data: { customer_id: a } }).expect(200);

    const done = (await manager.delete('/api/service_visits').send({ ids: visits }).expect(200)).body;
    expect((await customer(a)).last_visit_date).toBeNull();
    expect(await balance(a)).toBe(0);
    await manager.post('/api/service_visits/bulk/undo').send({ batchId: done.batchId }).expect(200);
    expect((await customer(a)).last_visit_date).toBe('2026-08-01');
    expect(await balance(a)).toBe(1200);
    for (const id of [a, b]) expect(await balance(id)).toBe(await ledgerSum(id));

    const entries = (await t.db('point_entries').where({ customer_id: a }).select('id')).map((r: Row) => Number(r.id));
    await admin.patch('/api/point_entries').send({ ids: entries, data: { customer_id: b } }).expect(403);
    await manager.delete('/api/point_entries').send({ ids: entries }).expect(403);
    expect(await balance(a)).toBe(await ledgerSum(a));
    expect(await t.db('point_entries').whereIn('id', entries)).toHaveLength(entries.length);
  });

  it('when more records than one chunk are changed, deleted and restored, then every one is written and audited', async () => {
    const stamp = new Date().toISOString();
    const many = Array.from({ length: 1_234 }, (_, i) => ({ name: `批量${i}`, city: 'chengdu', customer_type: 'prospect', created_at: stamp, updated_at: stamp, version: 1 }));
    await t.db.batchInsert('customers', many, 200);
    const filter = { city: 'chengdu' };
    const set = (await admin.patch('/api/customers').send({ filter, data: { lifecycle_stage: 'growing' }, add: { tags: ['大批量'] } }).expect(200)).body;
    expect(set.count).toBe(1_234);
    expect(await auditOf(set.batchId)).toHaveLength(1_234);
    await admin.post('/api/customers/bulk/undo').send({ batchId: set.batchId }).expect(200);
    expect(await t.db('customers').where({ city: 'chengdu', lifecycle_stage: 'growing' }).first()).toBeUndefined();

    const gone = (await admin.delete('/api/customers').send({ filter }).expect(200)).body;
    expect(gone.count).toBe(1_234);
    expect(Number((await t.db('customers').where(filter).count({ n: '*' }).first())?.n)).toBe(0);
    const back = (await admin.post('/api/customers/bulk/undo').send({ batchId: gone.batchId }).expect(200)).body;
    expect(back.count).toBe(1_234);
    expect(Number((await t.db('customers').where(filter).count({ n: '*' }).first())?.n)).toBe(1_234);
  });

  it('when a stale version is saved, then the 409 names who changed the record last', async () => {
    const [id] = await customers(1);
    const stale = await customer(id);
    await specialist.put(`/api/customers/${id}`).send({ notes: '先改' }).expect(200);
    const res = await admin.put(`/api/customers/${id}`).send({ ...stale, notes: '后改' }).expect(409);
    expect(res.body.errors.version).toMatch(/^changed by test\.cs_specialist at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    const zh = await admin.put(`/api/customers/${id}`).set('Accept-Language', 'zh-CN').send({ ...stale, notes: '后改' }).expect(409);
    expect(zh.body.errors.version).toContain('test.cs_specialist');
  });
});
