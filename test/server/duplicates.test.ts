import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { resources } from '../../server/resources/index.js';
import type { Row } from '../../server/resources/types.js';
import { ResourceService, type Context } from '../../server/rest/service.js';
import { customerReferences } from '../../server/domain/duplicates/references.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf, contextOf, userOf } from './actors.js';
import type { Api } from './matrix.js';
import { fundRedemption, sampleValues } from './samples.js';

/** Duplicate customers (issue 9, part 4): finding pairs, judging them different, reviewing and merging. */
describe('duplicate customers', () => {
  let t: TestDb;
  let app: Express;
  let admin: Api;
  let specialist: Api;
  let sales: Api;
  let service: ResourceService;
  let ctx: Context;
  let salesId: number;
  let serial = 0;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    admin = await agentOf(app, t.db, 'admin');
    specialist = await agentOf(app, t.db, 'cs_specialist');
    sales = await agentOf(app, t.db, 'sales_consultant');
    salesId = (await userOf(t.db, 'sales_consultant')).id;
    service = new ResourceService(t.db);
    ctx = await contextOf(t.db, 'admin');
  });
  afterAll(async () => t.drop());

  /** A customer with a phone unique to this test run unless given. */
  type Stored = Row & { id: number; version: number };
  const must = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('expected a value');
    return value;
  };
  const customer = async (values: Row = {}): Promise<Stored> => {
    serial += 1;
    return (await service.create(resources.customers, { name: `客户${serial}`, phone: `137${String(10_000_000 + serial * 7919).slice(-8)}`, ...values }, ctx)) as Stored;
  };
  const create = async (resource: string, values: Row): Promise<Stored> => {
    const body = { ...(await sampleValues(t.db, resources[resource])), ...values };
    if (resource === 'redemptions') await fundRedemption(t.db, body);
    return (await service.create(resources[resource], body, ctx)) as Stored;
  };
  interface Pair { key: string; score: number; reasons: Row[]; a: Row; b: Row }
  const pairsOf = async (api: Api, query: Row = {}): Promise<{ total: number; pairs: Pair[] }> => (await api.get('/api/duplicates').query(query).expect(200)).body;
  const keyOf = (a: Row, b: Row) => `${Math.min(Number(a.id), Number(b.id))}-${Math.max(Number(a.id), Number(b.id))}`;
  const auditOf = async (resource: string, id: number): Promise<Row[]> => t.db('audit_log').where({ resource, record_id: id }).orderBy('id');

  it('when two customers share a phone written differently and their names differ by one character, then they are proposed with both reasons; an unrelated customer is not', async () => {
    const a = await customer({ name: '张伟明', phone: '138 1234 5601', region: 'haidian' });
    const b = await customer({ name: '张伟民', phone: '+86 13812345601', region: 'haidian' });
    const other = await customer({ name: '李娜', phone: '13912345602' });
    const page = await pairsOf(admin);
    const pair = must(page.pairs.find((p: Pair) => p.key === keyOf(a, b)));
    expect(pair.reasons.map((r: Row) => r.code)).toEqual(expect.arrayContaining(['same_phone', 'similar_name', 'same_district']));
    // names that sound the same (章伟 / 张伟) match by their pinyin
    const c = await customer({ name: '张伟', phone: '13812345609' });
    const d = await customer({ name: '章伟', phone: '13812345609' });
    const homophones = must((await pairsOf(admin)).pairs.find((p: Pair) => p.key === keyOf(c, d)));
    expect(homophones.reasons.map((r: Row) => r.code)).toEqual(['same_phone', 'same_name_pinyin']);
    expect(pair.score).toBeGreaterThanOrEqual(55);
    expect(page.pairs.some((p: Pair) => p.key.split('-').includes(String(other.id)))).toBe(false);
    const byPhone = await pairsOf(admin, { reason: 'phone' });
    expect(byPhone.pairs.map((p: Pair) => p.key)).toContain(keyOf(a, b));
    const byEmail = await pairsOf(admin, { reason: 'email' });
    expect(byEmail.pairs.map((p: Pair) => p.key)).not.toContain(keyOf(a, b));
  });

  it('when the same name has the same birthday, or the same ID number, then the pair is proposed; two different ID numbers on one phone (a family) score below', async () => {
    const a = await customer({ name: 'Li Na', birthday: '1990-05-01' });
    const b = await customer({ name: 'li na', birthday: '1990-05-01' });
    const c = await customer({ name: '王芳', id_number: '510104199001011234' });
    const d = await customer({ name: '王 芳', id_number: '510104199001011234' });
    const father = await customer({ name: '赵建国', phone: '13700001111', id_number: '510104196501011234' });
    const son = await customer({ name: '赵小军', phone: '13700001111', id_number: '510104199501011234' });
    const keys = (await pairsOf(admin, { limit: 100 })).pairs.map((p: Pair) => p.key);
    expect(keys).toEqual(expect.arrayContaining([keyOf(a, b), keyOf(c, d)]));
    expect(keys).not.toContain(keyOf(father, son));
    // the review of any two records still says why they differ
    const review = (await admin.get('/api/duplicates/review').query({ keep: father.id, remove: son.id }).expect(200)).body;
    expect(review.reasons.map((r: Row) => r.code)).toEqual(expect.arrayContaining(['same_phone', 'different_id_number']));
  });

  it('when a sales consultant asks, then only pairs of their own customers are listed, and they may not judge nor merge', async () => {
    const mine1 = await customer({ name: '周杰', phone: '13600002222', owner_id: salesId });
    const mine2 = await customer({ name: '周杰', phone: '136-0000-2222', owner_id: salesId });
    const theirs = await customer({ name: '周杰', phone: '13600002222' });
    const keys = (await pairsOf(sales, { limit: 100 })).pairs.map((p: Pair) => p.key);
    expect(keys).toEqual([keyOf(mine1, mine2)]);
    await sales.get('/api/duplicates/review').query({ keep: mine1.id, remove: theirs.id }).expect(403);
    await sales.post('/api/duplicates/dismissals').send({ ids: [mine1.id, mine2.id] }).expect(403);
    await sales.post('/api/duplicates/merge').send({ keep_id: mine1.id, remove_id: mine2.id }).expect(403);
    expect(await t.db('customers').where({ id: mine2.id }).first('id')).toBeDefined();
    // phones are masked for them, in the pairs as in the lists
    const shown = (await pairsOf(sales)).pairs[0];
    expect(String(shown.a.phone)).toContain('*');
  });

  it('when a pair is judged not the same person, then it is not proposed again until the judgement is undone', async () => {
    const a = await customer({ name: '陈静', phone: '13500003333' });
    const b = await customer({ name: '陈静', phone: '13500003333' });
    const res = await specialist.post('/api/duplicates/dismissals').send({ ids: [b.id, a.id], note: '同名不同人' }).expect(201);
    expect(Number(res.body.customer_a_id)).toBe(Math.min(Number(a.id), Number(b.id)));
    expect((await pairsOf(admin, { limit: 100 })).pairs.map((p: Pair) => p.key)).not.toContain(keyOf(a, b));
    const again = await specialist.post('/api/duplicates/dismissals').send({ ids: [a.id, b.id] }).expect(201);
    expect(again.body.id).toBe(res.body.id);
    const listed = (await admin.get('/api/duplicates/dismissals').expect(200)).body;
    expect(listed.rows.map((r: Row) => r.id)).toContain(res.body.id);
    await specialist.delete(`/api/duplicates/dismissals/${res.body.id}`).expect(200);
    expect((await pairsOf(admin, { limit: 100 })).pairs.map((p: Pair) => p.key)).toContain(keyOf(a, b));
    await specialist.post('/api/duplicates/dismissals').send({ ids: [a.id, a.id] }).expect(400);
  });

  it('when the merge request is bad, then it answers 400/404/409 with the field and reason, and nothing changes', async () => {
    const a = await customer({ name: '孙丽' });
    const b = await customer({ name: '孙丽' });
    const before = await t.db('customers').whereIn('id', [a.id, b.id]).orderBy('id');
    const same = await admin.post('/api/duplicates/merge').send({ keep_id: a.id, remove_id: a.id }).expect(400);
    expect(same.body.errors.remove_id).toBeTruthy();
    const unknown = await admin.post('/api/duplicates/merge').send({ keep_id: a.id, remove_id: 99_999_999 }).expect(404);
    expect(unknown.body.errors.remove_id).toContain('99999999');
    const stale = await admin.post('/api/duplicates/merge').send({ keep_id: a.id, remove_id: b.id, keep_version: Number(a.version) + 5 }).expect(409);
    expect(stale.body.errors.keep_version).toBeTruthy();
    const choice = await admin.post('/api/duplicates/merge').send({ keep_id: a.id, remove_id: b.id, fields: { name: 'both', points_balance: 'remove', nope: 'keep' } }).expect(400);
    expect(Object.keys(choice.body.errors).sort()).toEqual(['fields.name', 'fields.nope', 'fields.points_balance']);
    await admin.post('/api/duplicates/merge').send({ keep_id: 'x' }).expect(400);
    expect(await t.db('customers').whereIn('id', [a.id, b.id]).orderBy('id')).toEqual(before);
    expect(await t.db('customer_merges').whereIn('kept_id', [a.id, b.id])).toEqual([]);
  });

  it('when two customers are merged, then every record of the removed one moves, values are chosen, derived values recomputed, the removed one is deleted and the trail kept', async () => {
    const kept = await customer({ name: '刘洋', phone: '13811112222', tags: ['老客户'], notes: '喜欢周末来店', tier_id: null });
    const removed = await customer({ name: '刘阳', phone: '138 1111 2222', email: 'liuyang@example.com', address: '北京市海淀区中关村大街12号', tags: ['VIP'], notes: '电话常不接' });
    await service.update(resources.customers, Number(kept.id), { referred_by_id: removed.id }, ctx);
    // one record of every kind that names a customer, on the removed customer (found from the registry, as the merge finds them)
    const made: Record<string, number[]> = {};
    for (const ref of customerReferences()) {
      if (ref.custom || !resources[ref.def.name].access.create.includes('admin')) continue;
      const row = ref.def.name === 'customers'
        ? await customer({ [ref.field]: removed.id })
        : await create(ref.def.name, { [ref.field]: removed.id });
      made[`${ref.def.name}.${ref.field}`] = [...(made[`${ref.def.name}.${ref.field}`] ?? []), Number(row.id)];
    }
    // history to recompute: a bought car and a service visit on each side; an event both were invited to
    const v1 = await create('vehicles', { customer_id: kept.id, purchase_date: '2024-06-01', price: 150000, vin: null });
    const v2 = await create('vehicles', { customer_id: removed.id, purchase_date: '2022-03-01', price: 100000, vin: null });
    await create('service_visits', { customer_id: kept.id, visit_date: '2025-01-10', amount: 800, vehicle_id: v1.id });
    await create('service_visits', { customer_id: removed.id, visit_date: '2026-03-15', amount: 1200, vehicle_id: v2.id });
    const event = await create('events', {});
    await create('event_participants', { event_id: event.id, customer_id: kept.id, rsvp: 'pending', attended: false });
    const theirsAtEvent = await create('event_participants', { event_id: event.id, customer_id: removed.id, rsvp: 'yes', attended: false });
    const referral = await customer({ name: '被推荐人', referred_by_id: removed.id });

    const removedRecords = async () => {
      const out: Record<string, number> = {};
      for (const ref of customerReferences()) {
        if (ref.custom) continue;
        out[`${ref.def.name}.${ref.field}`] = Number((await t.db(ref.def.table).where(ref.field, removed.id).count({ n: '*' }).first())?.n ?? 0);
      }
      return out;
    };
    const counted = await removedRecords();
    const ledger = Number((await t.db('point_entries').whereIn('customer_id', [kept.id, removed.id]).sum({ s: 'points' }).first())?.s ?? 0);
    expect(ledger).toBeGreaterThan(0);

    const review = (await specialist.get('/api/duplicates/review').query({ keep: kept.id, remove: removed.id }).expect(200)).body;
    const field = (name: string) => review.fields.find((f: Row) => f.field === name);
    expect(field('name')).toMatchObject({ keep: '刘洋', remove: '刘阳', differ: true, default: 'keep' });
    expect(field('email')).toMatchObject({ differ: true, default: 'remove' });
    expect(field('tags')).toMatchObject({ default: 'both', options: ['keep', 'remove', 'both'] });
    expect(review.counts.find((c: Row) => c.key === 'vehicles.customer_id')).toMatchObject({ keep: 1, remove: counted['vehicles.customer_id'] });
    expect(review.may_decide).toBe(true);

    const keptBefore = await t.db('customers').where({ id: kept.id }).first();
    const removedBefore = await t.db('customers').where({ id: removed.id }).first();
    const res = await specialist.post('/api/duplicates/merge').send({
      keep_id: kept.id, remove_id: removed.id, keep_version: Number(keptBefore.version), remove_version: Number(removedBefore.version),
      fields: { address: 'remove', notes: 'keep' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.kept).toMatchObject({ id: kept.id, name: '刘洋', email: 'liuyang@example.com', address: '北京市海淀区中关村大街12号', notes: '喜欢周末来店', referred_by_id: null });
    expect(res.body.kept.tags).toEqual(['老客户', 'VIP']);
    expect(res.body.kept.version).toBe(Number(keptBefore.version) + 1);
    expect(res.body.event_duplicates).toBe(1);

    // every record moved: none left on the removed customer, each kind now on the kept one
    expect(Object.entries(await removedRecords()).filter(([, n]) => n > 0)).toEqual([]);
    for (const [key, ids] of Object.entries(made)) {
      const [resource, column] = key.split('.');
      const rows = await t.db(resources[resource].table).whereIn('id', ids).select(column);
      expect(rows.map((r: Row) => Number(r[column])), key).toEqual(ids.map(() => Number(kept.id)));
    }
    expect(Number((await t.db('customers').where({ id: referral.id }).first('referred_by_id')).referred_by_id)).toBe(Number(kept.id));
    // one participant per event: the one that said yes stayed
    const atEvent = await t.db('event_participants').where({ event_id: event.id });
    expect(atEvent.map((r: Row) => [Number(r.id), Number(r.customer_id)])).toEqual([[Number(theirsAtEvent.id), Number(kept.id)]]);
    // derived values from the records
    const after = (await admin.get(`/api/customers/${kept.id}`).expect(200)).body;
    expect(after.points_balance).toBe(ledger);
    expect(after.last_visit_date).toBe('2026-03-15');
    expect(after.first_purchase_date).toBe('2022-03-01');
    expect(after.points_balance).toBe(Number((await t.db('point_entries').where({ customer_id: kept.id }).sum({ s: 'points' }).first())?.s));
    expect(await t.db('customers').where({ id: removed.id }).first()).toBeUndefined();

    // the trail: a merge entry on both records, an update on each moved record, the merge linked to the removed history
    const keptAudit = (await auditOf('customers', Number(kept.id))).at(-1);
    expect(keptAudit?.action).toBe('merge');
    const keptChanges = typeof keptAudit?.changes === 'string' ? JSON.parse(keptAudit.changes) : keptAudit?.changes;
    expect(keptChanges.merged_from.to).toContain(`#${removed.id}`);
    expect(keptChanges.email).toEqual({ from: null, to: 'liuyang@example.com' });
    const removedAudit = await auditOf('customers', Number(removed.id));
    expect(removedAudit.map((r) => r.action)).toEqual(['create', 'merge']);
    const vehicleAudit = (await auditOf('vehicles', Number(v2.id))).at(-1);
    const vehicleChanges = typeof vehicleAudit?.changes === 'string' ? JSON.parse(vehicleAudit.changes) : vehicleAudit?.changes;
    expect(vehicleChanges.customer_id).toEqual({ from: Number(removed.id), to: Number(kept.id) });
    const merges = (await specialist.get('/api/duplicates/merges').query({ customer_id: kept.id }).expect(200)).body;
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ removed_id: Number(removed.id), removed_name: '刘阳' });
    const history = (await specialist.get(`/api/duplicates/merges/${merges[0].id}/history`).expect(200)).body;
    expect(history.map((r: Row) => r.action)).toEqual(['merge', 'create']);
    // the removed id now says where it went
    const gone = await admin.post('/api/duplicates/merge').send({ keep_id: kept.id, remove_id: removed.id }).expect(404);
    expect(gone.body.errors.remove_id).toContain(String(kept.id));
  });

  it('when a merge fails part-way, then nothing of it is kept', async () => {
    const kept = await customer({ name: '吴敏' });
    const removed = await customer({ name: '吴敏', email: 'wumin@example.com' });
    const car = await create('vehicles', { customer_id: removed.id, vin: null });
    const visit = await create('service_visits', { customer_id: removed.id });
    // the database refuses to delete the removed customer: the last step of the merge fails
    if (t.engine === 'postgres') {
      await t.db.raw(`CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.id = ${Number(removed.id)} THEN RAISE EXCEPTION 'refused'; END IF; RETURN OLD; END $$`);
      await t.db.raw('CREATE TRIGGER refuse_delete BEFORE DELETE ON customers FOR EACH ROW EXECUTE FUNCTION refuse_delete()');
    } else {
      await t.db.raw(`CREATE TRIGGER refuse_delete BEFORE DELETE ON customers WHEN OLD.id = ${Number(removed.id)} BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    }
    const auditCount = async () => Number((await t.db('audit_log').count({ n: '*' }).first())?.n);
    const before = { kept: await t.db('customers').where({ id: kept.id }).first(), audit: await auditCount() };
    try {
      await admin.post('/api/duplicates/merge').send({ keep_id: kept.id, remove_id: removed.id }).expect(500);
    } finally {
      await t.db.raw('DROP TRIGGER refuse_delete' + (t.engine === 'postgres' ? ' ON customers' : ''));
      if (t.engine === 'postgres') await t.db.raw('DROP FUNCTION refuse_delete()');
    }
    expect(Number((await t.db('vehicles').where({ id: car.id }).first('customer_id')).customer_id)).toBe(Number(removed.id));
    expect(Number((await t.db('service_visits').where({ id: visit.id }).first('customer_id')).customer_id)).toBe(Number(removed.id));
    expect(await t.db('customers').where({ id: kept.id }).first()).toEqual(before.kept);
    expect(await t.db('customers').where({ id: removed.id }).first('id')).toBeDefined();
    expect(await auditCount()).toBe(before.audit);
    expect(await t.db('customer_merges').where({ kept_id: kept.id })).toEqual([]);
  });

  it("when a customer has candidates, then its own list names them; after a merge the pair is gone", async () => {
    const a = await customer({ name: '郑爽', phone: '13344445555' });
    const b = await customer({ name: '郑爽', phone: '13344445555' });
    const own = (await admin.get(`/api/duplicates/customers/${a.id}`).expect(200)).body.pairs;
    expect(own.map((p: Pair) => p.key)).toEqual([keyOf(a, b)]);
    await admin.post('/api/duplicates/merge').send({ keep_id: a.id, remove_id: b.id }).expect(200);
    expect((await admin.get(`/api/duplicates/customers/${a.id}`).expect(200)).body.pairs).toEqual([]);
  });
});
