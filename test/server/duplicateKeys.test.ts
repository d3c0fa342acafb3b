import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { dialectOf } from '../../server/db/connect.js';
import { matchKeysSelect } from '../../server/domain/duplicates/matchKeys.js';
import type { Row } from '../../server/resources/types.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf } from './actors.js';
import type { Api } from './matrix.js';

/**
 * The duplicate finder's keys (customer_match_keys) follow a customer however it is written: the REST create and
 * update, a bulk edit, an import, an admin's phone field, a merge and a delete; after each, the kept keys are the
 * ones worked out afresh from the customers (the shared ones counted right), and a customer is found by its new
 * keys at once.
 */
describe('duplicate keys follow every write', () => {
  let t: TestDb;
  let app: Express;
  let admin: Api;
  let serial = 0;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    admin = await agentOf(app, t.db, 'admin');
  });
  afterAll(async () => t.drop());

  const phone = () => {
    serial += 1;
    return `139${String(20_000_000 + serial * 7919).slice(-8)}`;
  };
  const create = async (values: Row): Promise<number> => Number((await admin.post('/api/customers').send({ phone: phone(), ...values }).expect(201)).body.id);
  const candidatesOf = async (id: number): Promise<string[]> =>
    (await admin.get(`/api/duplicates/customers/${id}`).expect(200)).body.pairs.map((p: { key: string }) => p.key);
  const keyOf = (a: number, b: number) => `${Math.min(a, b)}-${Math.max(a, b)}`;
  const line = (r: Row) => `${Number(r.customer_id)}|${String(r.kind)}|${String(r.match_key)}`;
  /** The kept keys equal the keys worked out afresh from every customer. */
  const expectKeysInStep = async () => {
    const kept = (await t.db('customer_match_keys').select('customer_id', 'kind', 'match_key')).map(line).sort();
    const raw = (await t.db.raw(matchKeysSelect(dialectOf(t.db), '1 = 1'))) as unknown;
    const fresh = ((Array.isArray(raw) ? raw : (raw as { rows: Row[] }).rows) as Row[]).map(line).sort();
    expect(kept).toEqual(fresh);
    // and the shared keys with their counts and (few enough to compare) their customers
    const sorted = (ids: unknown[]) => ids.map(Number).sort((x, y) => x - y).join(',');
    const groups = (await t.db('customer_match_groups').select('kind', 'match_key', 'size', 'ids'))
      .map((r: Row) => `${String(r.kind)}|${String(r.match_key)}|${Number(r.size)}|${r.ids == null ? '' : sorted(String(r.ids).split(','))}`).sort();
    const byKey = new Map<string, unknown[]>();
    for (const r of await t.db('customer_match_keys').select('kind', 'match_key', 'customer_id')) {
      const key = `${String(r.kind)}|${String(r.match_key)}`;
      byKey.set(key, [...(byKey.get(key) ?? []), r.customer_id]);
    }
    const counted = [...byKey].filter(([, ids]) => ids.length >= 2).map(([key, ids]) => `${key}|${ids.length}|${ids.length <= 10 ? sorted(ids) : ''}`).sort();
    expect(groups).toEqual(counted);
  };

  it('when a customer is created and updated through the API, then its keys follow at once and it is found by its new phone', async () => {
    const a = await create({ name: '林小雨', email: 'linxy@example.com', address: '北京市朝阳区建国路88号3单元', birthday: '1991-02-03' });
    const b = await create({ name: '林晓宇' });
    expect(await candidatesOf(b)).toEqual([]);
    const kinds = (await t.db('customer_match_keys').where({ customer_id: a }).pluck('kind')).sort();
    expect(kinds).toEqual(['address', 'email', 'name_birthday', 'name_street', 'phone']);
    const { phone: aPhone } = await t.db('customers').where({ id: a }).first('phone');
    await admin.put(`/api/customers/${b}`).send({ phone: `+86 ${String(aPhone)}` }).expect(200);
    expect(await candidatesOf(b)).toEqual([keyOf(a, b)]);
    await admin.put(`/api/customers/${b}`).send({ phone: phone() }).expect(200);
    expect(await candidatesOf(b)).toEqual([]);
    await expectKeysInStep();
  });

  it('when customers are bulk edited, then each one edited gets its new keys', async () => {
    const a = await create({ name: '郭子轩', email: 'guozx@example.com' });
    const b = await create({ name: '郭子轩' });
    const c = await create({ name: '郭子轩' });
    await admin.patch('/api/customers').send({ ids: [b, c], data: { email: 'GuoZX@example.com ' } }).expect(200);
    expect(await candidatesOf(a)).toEqual(expect.arrayContaining([keyOf(a, b), keyOf(a, c)]));
    await expectKeysInStep();
  });

  it('when customers are imported, then the new records are found as candidates of the ones there', async () => {
    const a = await create({ name: '韩梅梅', id_number: '110101199203041234' });
    const file = `name,phone,id_number\n韩梅梅,${phone()},110101 199203041234\n`;
    const report = await admin.post('/api/customers/import').field('dryRun', 'false').attach('file', Buffer.from(file), 'people.csv').expect(200);
    expect(report.body.invalid, JSON.stringify(report.body)).toBe(0);
    const imported = Number((await t.db('customers').where({ name: '韩梅梅' }).whereNot({ id: a }).first('id')).id);
    expect(await candidatesOf(a)).toEqual([keyOf(a, imported)]);
    await expectKeysInStep();
  });

  it("when an admin adds a phone field and a customer's value in it is another's phone, then the two are found; retiring the field forgets it", async () => {
    const a = await create({ name: '宋佳' });
    const b = await create({ name: '宋嘉' });
    const field = (await admin.post('/api/custom_fields').send({ resource: 'customers', key: 'second_mobile', label_zh: '备用手机', label_en: 'Second mobile', type: 'phone' }).expect(201)).body;
    const { phone: aPhone } = await t.db('customers').where({ id: a }).first('phone');
    await admin.put(`/api/customers/${b}`).send({ second_mobile: String(aPhone) }).expect(200);
    expect(await candidatesOf(a)).toEqual([keyOf(a, b)]);
    await expectKeysInStep();
    await admin.put(`/api/custom_fields/${field.id}`).send({ retired: true }).expect(200);
    expect(await candidatesOf(a)).toEqual([]);
    await expectKeysInStep();
  });

  it('when customers are deleted, singly, in bulk or by a merge, then their keys go with them', async () => {
    const a = await create({ name: '蒋文', email: 'jiangwen@example.com' });
    const b = await create({ name: '蒋文', email: 'jiangwen@example.com' });
    const c = await create({ name: '蒋文', email: 'jiangwen@example.com' });
    const d = await create({ name: '蒋文', email: 'jiangwen@example.com' });
    await admin.delete(`/api/customers/${b}`).expect(200);
    await admin.delete('/api/customers').send({ ids: [c] }).expect(200);
    expect(await candidatesOf(a)).toEqual([keyOf(a, d)]);
    await admin.post('/api/duplicates/merge').send({ keep_id: a, remove_id: d }).expect(200);
    expect(await t.db('customer_match_keys').whereIn('customer_id', [b, c, d]).first()).toBeUndefined();
    expect(await candidatesOf(a)).toEqual([]);
    await expectKeysInStep();
  });
});
