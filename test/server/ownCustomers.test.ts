import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import type { Actor } from '../../server/auth/roles.js';
import { resources } from '../../server/resources/index.js';
import type { Row } from '../../server/resources/types.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf, userOf } from './actors.js';
import { bodyFor, CUSTOMER_RECORDS, json, makeRecord, snapshot, type Api } from './matrix.js';

describe('a sales consultant sees and touches only their own customers', () => {
  let t: TestDb;
  let app: Express;
  let admin: Api;
  let specialist: Api;
  let apiA: Api;
  let apiB: Api;
  let a: Actor;
  let b: Actor;
  const mine: Row[] = [];
  const theirs: Row[] = [];
  let unowned: Row;
  /** per resource: a record of A's first customer and one of B's first customer */
  const recA: Record<string, Row> = {};
  const recB: Record<string, Row> = {};

  const ids = (rows: Row[]) => rows.map((r) => Number(r.id)).sort((x, y) => x - y);
  const totalOf = (res: { headers: Record<string, string> }) => Number(res.headers['content-range']?.split('/')[1]);
  const ownIds = async (): Promise<number[]> =>
    (await t.db('customers').where({ owner_id: a.id }).select('id')).map((r: Row) => Number(r.id)).sort((x, y) => x - y);

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    admin = await agentOf(app, t.db, 'admin');
    specialist = await agentOf(app, t.db, 'cs_specialist');
    apiA = await agentOf(app, t.db, 'sales_consultant', 'sales.a');
    apiB = await agentOf(app, t.db, 'sales_consultant', 'sales.b');
    a = await userOf(t.db, 'sales_consultant', 'sales.a');
    b = await userOf(t.db, 'sales_consultant', 'sales.b');
    for (const [name, phone] of [['周杰', '13811110001'], ['吴磊', '13811110002'], ['郑爽', '13811110003']]) {
      mine.push(await makeRecord(t.db, 'customers', { name, phone, owner_id: a.id }));
    }
    for (const [name, phone] of [['周星', '13922220001'], ['王五', '13922220002']]) {
      theirs.push(await makeRecord(t.db, 'customers', { name, phone, owner_id: b.id }));
    }
    unowned = await makeRecord(t.db, 'customers', { name: '周无主', phone: '13733330001' });
    for (const name of CUSTOMER_RECORDS) {
      recA[name] = await makeRecord(t.db, name, { customer_id: mine[0].id });
      recB[name] = await makeRecord(t.db, name, { customer_id: theirs[0].id });
    }
  });
  afterAll(async () => t.drop());

  describe('reading', () => {
    it('when a sales consultant lists customers, then only their own come back and the total counts only them', async () => {
      const own = await ownIds();
      expect(own).toEqual(expect.arrayContaining(ids(mine)));
      const all = await apiA.get('/api/customers').query({ range: json([0, 999]) }).expect(200);
      expect(ids(all.body)).toEqual(own);
      expect(totalOf(all)).toBe(own.length);
      // a page smaller than the list makes the server count: the count is narrowed too
      const first = await apiA.get('/api/customers').query({ range: json([0, 0]) }).expect(200);
      expect(first.body).toHaveLength(1);
      expect(first.headers['content-range']).toBe(`customers 0-0/${own.length}`);
      const second = await apiA.get('/api/customers').query({ range: json([1, 1]) }).expect(200);
      expect(totalOf(second)).toBe(own.length);
      expect(own).toContain(Number(second.body[0].id));
    });

    it('when another sales consultant lists customers, then they get their own and none of the first one\'s', async () => {
      const res = await apiB.get('/api/customers').query({ range: json([0, 999]) }).expect(200);
      expect(ids(res.body)).toEqual(ids(theirs));
      expect(totalOf(res)).toBe(theirs.length);
    });

    it('when a cs_specialist lists customers, then every customer comes back: the narrowing is for sales consultants only', async () => {
      const res = await specialist.get('/api/customers').query({ range: json([0, 0]) }).expect(200);
      const count = Number((await t.db('customers').count({ n: '*' }).first())?.n);
      expect(totalOf(res)).toBe(count);
      expect(count).toBeGreaterThan(mine.length + theirs.length);
    });

    it('when getMany asks for own and others\' ids, then only the own ones come back', async () => {
      const res = await apiA.get('/api/customers')
        .query({ filter: json({ id: [mine[0].id, theirs[0].id, unowned.id, mine[2].id] }) })
        .expect(200);
      expect(ids(res.body)).toEqual(ids([mine[0], mine[2]]));
      expect(totalOf(res)).toBe(2);
    });

    it('when a sales consultant searches with q, then matches among others\' customers stay hidden', async () => {
      const everyone = await admin.get('/api/customers').query({ filter: json({ q: '周' }) }).expect(200);
      expect(ids(everyone.body)).toEqual(ids([mine[0], theirs[0], unowned]));
      const res = await apiA.get('/api/customers').query({ filter: json({ q: '周' }) }).expect(200);
      expect(ids(res.body)).toEqual([Number(mine[0].id)]);
      expect(totalOf(res)).toBe(1);
      const byName = await apiA.get('/api/customers').query({ filter: json({ q: '王五' }) }).expect(200);
      expect(byName.body).toEqual([]);
      expect(totalOf(byName)).toBe(0);
    });

    it('when a sales consultant filters by someone else\'s owner_id or by no owner, then nothing comes back', async () => {
      const adminView = await admin.get('/api/customers').query({ filter: json({ owner_id: b.id }) }).expect(200);
      expect(ids(adminView.body)).toEqual(ids(theirs));
      for (const filter of [{ owner_id: b.id }, { owner_id: [b.id] }, { owner_id_null: true }, { owner_id_neq: a.id }]) {
        const res = await apiA.get('/api/customers').query({ filter: json(filter) }).expect(200);
        expect(res.body).toEqual([]);
        expect(totalOf(res)).toBe(0);
      }
      const own = await apiA.get('/api/customers').query({ filter: json({ owner_id: a.id }) }).expect(200);
      expect(ids(own.body)).toEqual(await ownIds());
    });

    it('when a sales consultant opens someone else\'s or nobody\'s customer, then 403; their own opens', async () => {
      await apiA.get(`/api/customers/${theirs[0].id}`).expect(403);
      await apiA.get(`/api/customers/${unowned.id}`).expect(403);
      const own = await apiA.get(`/api/customers/${mine[0].id}`).expect(200);
      expect(own.body).toMatchObject({ id: mine[0].id, owner_id: a.id });
    });

    it.each(CUSTOMER_RECORDS)('when a sales consultant lists %s, then only records of their own customers come back', async (name) => {
      const own = await ownIds();
      const res = await apiA.get(`/api/${name}`).query({ range: json([0, 999]) }).expect(200);
      expect(res.body.length).toBeGreaterThan(0);
      for (const r of res.body as Row[]) expect(own).toContain(Number(r.customer_id));
      expect(ids(res.body)).toContain(Number(recA[name].id));
      expect(ids(res.body)).not.toContain(Number(recB[name].id));
      const stored = await t.db(resources[name].table).whereIn('customer_id', own).count({ n: '*' }).first();
      expect(totalOf(res)).toBe(Number(stored?.n));
      const counted = await apiA.get(`/api/${name}`).query({ range: json([0, 0]) }).expect(200);
      expect(totalOf(counted)).toBe(Number(stored?.n));
    });

    it.each(CUSTOMER_RECORDS)('when a sales consultant asks for %s of someone else\'s customer, then none come back and getOne is 403', async (name) => {
      const byCustomer = await apiA.get(`/api/${name}`).query({ filter: json({ customer_id: theirs[0].id }) }).expect(200);
      expect(byCustomer.body).toEqual([]);
      expect(totalOf(byCustomer)).toBe(0);
      const byId = await apiA.get(`/api/${name}`).query({ filter: json({ id: [recA[name].id, recB[name].id] }) }).expect(200);
      expect(ids(byId.body)).toEqual([Number(recA[name].id)]);
      await apiA.get(`/api/${name}/${recB[name].id}`).expect(403);
      await apiA.get(`/api/${name}/${recA[name].id}`).expect(200);
      // and the other way round
      await apiB.get(`/api/${name}/${recA[name].id}`).expect(403);
    });
  });

  describe('writing', () => {
    async function expectForbiddenAndUnchanged(
      send: () => Promise<{ status: number; body: { errors?: Record<string, unknown> } }>,
      table: string,
      id?: unknown,
      field?: string,
    ): Promise<void> {
      const before = await snapshot(t.db, table, id === undefined ? undefined : Number(id));
      const res = await send();
      expect(res.status).toBe(403);
      if (field) expect(Object.keys(res.body.errors ?? {})).toContain(field);
      expect(await snapshot(t.db, table, id === undefined ? undefined : Number(id))).toEqual(before);
    }

    it('when a sales consultant creates a customer without an owner, then it is theirs and they can open it', async () => {
      const res = await apiA.post('/api/customers').send({ name: '冯新' }).expect(201);
      expect(res.body.owner_id).toBe(a.id);
      expect(Number((await t.db('customers').where({ id: res.body.id }).first()).owner_id)).toBe(a.id);
      await apiA.get(`/api/customers/${res.body.id}`).expect(200);
      const explicitNull = await apiA.post('/api/customers').send({ name: '冯空', owner_id: null }).expect(201);
      expect(explicitNull.body.owner_id).toBe(a.id);
      const explicitSelf = await apiA.post('/api/customers').send({ name: '冯己', owner_id: a.id }).expect(201);
      expect(explicitSelf.body.owner_id).toBe(a.id);
    });

    it('when a sales consultant creates a customer for another owner, then 403 names owner_id and nothing is stored', async () => {
      await expectForbiddenAndUnchanged(() => apiA.post('/api/customers').send({ name: '冯他', owner_id: b.id }), 'customers', undefined, 'owner_id');
      expect(await t.db('customers').where({ name: '冯他' }).first()).toBeUndefined();
    });

    it('when a sales consultant hands their customer to someone else or to nobody, then 403 and the owner stays', async () => {
      const c = mine[1];
      await expectForbiddenAndUnchanged(() => apiA.put(`/api/customers/${c.id}`).send({ owner_id: b.id, notes: 'gone' }), 'customers', c.id, 'owner_id');
      await expectForbiddenAndUnchanged(() => apiA.put(`/api/customers/${c.id}`).send({ owner_id: null }), 'customers', c.id, 'owner_id');
      expect(Number((await t.db('customers').where({ id: c.id }).first()).owner_id)).toBe(a.id);
      const kept = await apiA.put(`/api/customers/${c.id}`).send({ owner_id: a.id, notes: 'still mine' }).expect(200);
      expect(kept.body).toMatchObject({ owner_id: a.id, notes: 'still mine' });
    });

    it('when a sales consultant updates or deletes someone else\'s customer, then 403 and it is unchanged', async () => {
      const c = theirs[1];
      await expectForbiddenAndUnchanged(() => apiA.put(`/api/customers/${c.id}`).send({ name: 'taken', owner_id: a.id }), 'customers', c.id);
      await expectForbiddenAndUnchanged(() => apiA.put(`/api/customers/${unowned.id}`).send({ owner_id: a.id }), 'customers', unowned.id);
      await expectForbiddenAndUnchanged(() => apiA.delete(`/api/customers/${c.id}`), 'customers', c.id);
    });

    it('when a sales consultant deletes their own customer, then 403: deleting is not theirs to do', async () => {
      const c = await makeRecord(t.db, 'customers', { owner_id: a.id });
      await expectForbiddenAndUnchanged(() => apiA.delete(`/api/customers/${c.id}`), 'customers', c.id);
    });

    it.each(['follow_ups', 'appointments'])('when a sales consultant creates %s for a customer they do not own, then 403; for their own, 201', async (name) => {
      for (const other of [theirs[0], unowned]) {
        const body = await bodyFor(t.db, name, { customer_id: other.id });
        await expectForbiddenAndUnchanged(() => apiA.post(`/api/${name}`).send(body), resources[name].table, undefined, 'customer_id');
      }
      const res = await apiA.post(`/api/${name}`).send(await bodyFor(t.db, name, { customer_id: mine[2].id })).expect(201);
      expect(res.body.customer_id).toBe(mine[2].id);
      await apiA.get(`/api/${name}/${res.body.id}`).expect(200);
      await apiB.get(`/api/${name}/${res.body.id}`).expect(403);
    });

    it.each(['follow_ups', 'appointments'])('when a sales consultant moves their %s to someone else\'s customer, then 403 and it stays', async (name) => {
      const own = await makeRecord(t.db, name, { customer_id: mine[0].id });
      await expectForbiddenAndUnchanged(
        () => apiA.put(`/api/${name}/${own.id}`).send({ customer_id: theirs[0].id }), resources[name].table, own.id, 'customer_id',
      );
      const ok = await apiA.put(`/api/${name}/${own.id}`).send({ customer_id: mine[1].id, notes: 'moved' }).expect(200);
      expect(ok.body).toMatchObject({ customer_id: mine[1].id, notes: 'moved' });
    });

    it.each(['follow_ups', 'appointments'])('when a sales consultant updates or deletes someone else\'s %s, then 403 and it is unchanged', async (name) => {
      const table = resources[name].table;
      await expectForbiddenAndUnchanged(() => apiA.put(`/api/${name}/${recB[name].id}`).send({ notes: 'mine now' }), table, recB[name].id);
      await expectForbiddenAndUnchanged(
        () => apiA.put(`/api/${name}/${recB[name].id}`).send({ customer_id: mine[0].id }), table, recB[name].id,
      );
      await expectForbiddenAndUnchanged(() => apiA.delete(`/api/${name}/${recB[name].id}`), table, recB[name].id);
    });
  });

  describe('what the masks hide', () => {
    it('when a sales consultant searches digits of a masked phone, then only the whole number finds the customer', async () => {
      const fragment = await apiA.get('/api/customers').query({ filter: json({ q: '1111000' }) }).expect(200);
      expect(fragment.body).toEqual([]);
      const whole = await apiA.get('/api/customers').query({ filter: json({ q: '138 1111 0001' }) }).expect(200);
      expect(ids(whole.body)).toEqual([Number(mine[0].id)]);
      expect(whole.body[0].phone).toBe('138****0001');
      // a manager, who sees phone numbers, still finds by fragments
      const manager = await agentOf(app, t.db, 'cs_manager');
      const byFragment = await manager.get('/api/customers').query({ filter: json({ q: '1111000' }) }).expect(200);
      expect(ids(byFragment.body)).toEqual(expect.arrayContaining(ids(mine)));
    });

    it('when a masked value comes back altered (spaces, other stars), then it is refused and the real value stays', async () => {
      await t.db('customers').where({ id: mine[1].id }).update({ id_number: '110101199003071234' });
      const shown = (await apiA.get(`/api/customers/${mine[1].id}`).expect(200)).body;
      expect(shown.id_number).toBe('110***********1234');
      await apiA.put(`/api/customers/${mine[1].id}`).send({ id_number: `${shown.id_number} ` }).expect(200);
      const bad = await apiA.put(`/api/customers/${mine[1].id}`).send({ id_number: '110******' }).expect(400);
      expect(Object.keys(bad.body.errors)).toEqual(['id_number']);
      await apiA.post('/api/customers').send({ name: '星号', id_number: '123****890' }).expect(400);
      expect((await t.db('customers').where({ id: mine[1].id }).first('id_number')).id_number).toBe('110101199003071234');
    });

    it('when a sales consultant points a follow-up at another consultant\'s vehicle or customer, then it is 403 naming the field', async () => {
      const before = Number((await t.db('follow_ups').count({ n: '*' }).first())?.n);
      const body = { ...(await bodyFor(t.db, 'follow_ups')), customer_id: mine[0].id, vehicle_id: recB.vehicles.id };
      const res = await apiA.post('/api/follow_ups').send(body).expect(403);
      expect(Object.keys(res.body.errors)).toEqual(['vehicle_id']);
      const referrer = await apiA.put(`/api/customers/${mine[0].id}`).send({ referred_by_id: theirs[0].id }).expect(403);
      expect(Object.keys(referrer.body.errors)).toEqual(['referred_by_id']);
      expect(Number((await t.db('follow_ups').count({ n: '*' }).first())?.n)).toBe(before);
      await apiA.post('/api/follow_ups').send({ ...body, vehicle_id: recA.vehicles.id }).expect(201);
    });
  });

  describe('the audit trail', () => {
    it('when a sales consultant reads the history of their own customer, then they get it', async () => {
      const res = await apiA.get('/api/audit_log').query({ filter: json({ resource: 'customers', record_id: mine[0].id }) }).expect(200);
      expect(res.body.length).toBeGreaterThan(0);
      for (const row of res.body as Row[]) expect(row).toMatchObject({ resource: 'customers', record_id: mine[0].id });
      await apiA.get(`/api/audit_log/${res.body[0].id}`).expect(200);
    });

    it('when a sales consultant reads the history of someone else\'s customer or record, then 403', async () => {
      await apiA.get('/api/audit_log').query({ filter: json({ resource: 'customers', record_id: theirs[0].id }) }).expect(403);
      await apiA.get('/api/audit_log').query({ filter: json({ resource: 'customers', record_id: unowned.id }) }).expect(403);
      await apiA.get('/api/audit_log').query({ filter: json({ resource: 'follow_ups', record_id: recB.follow_ups.id }) }).expect(403);
      const own = await apiA.get('/api/audit_log').query({ filter: json({ resource: 'follow_ups', record_id: recA.follow_ups.id }) }).expect(200);
      expect(own.body.length).toBeGreaterThan(0);
      const row = await t.db('audit_log').where({ resource: 'customers', record_id: theirs[0].id }).first('id');
      await apiA.get(`/api/audit_log/${row.id}`).expect(403);
    });

    it('when a sales consultant reads the audit trail without naming one record, then 403', async () => {
      for (const filter of [{}, { resource: 'customers' }, { record_id: mine[0].id }, { resource: 'customers', record_id: [mine[0].id, theirs[0].id] }]) {
        const res = await apiA.get('/api/audit_log').query({ filter: json(filter) });
        expect(res.status).toBe(403);
        expect(Array.isArray(res.body)).toBe(false);
      }
    });
  });
});
