import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import type { Actor, Role } from '../../server/auth/roles.js';
import { resources } from '../../server/resources/index.js';
import type { Row } from '../../server/resources/types.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf, userOf } from './actors.js';
import {
  bodyFor, CUSTOMER_RECORDS, json, makeRecord, ROLE_NAMES, snapshot, touchField, type Api, type Snapshot,
} from './matrix.js';

/**
 * Who may do what, written down from the issue (not read from the server's access code): R = list and
 * getOne, C = create, U = update, D = delete, - = nothing. A sales consultant's cells apply to their own
 * customers and those customers' records. `r` (audit trail): only the history of one record the role may read.
 * The loyalty ledger and the tier history are written by the server alone; a redemption is cancelled, never
 * deleted; a manual adjustment is decided by a manager (POST /api/loyalty/adjustments/:id/approve), never edited.
 */
const TABLE = `
  resource            admin  cs_manager  cs_specialist  sales_consultant
  customers           RCUD   RCUD        RCUD           RCU
  vehicles            RCUD   RCUD        RCUD           R
  service_visits      RCUD   RCUD        RCUD           R
  complaints          RCUD   RCUD        RCUD           R
  redemptions         RCU    RCU         RCU            R
  care_touches        RCUD   RCUD        RCUD           R
  event_participants  RCUD   RCUD        RCUD           R
  appointments        RCUD   RCUD        RCUD           RCU
  follow_ups          RCUD   RCUD        RCUD           RCU
  point_entries       R      R           R              R
  point_adjustments   RC     RC          RC             -
  tier_changes        R      R           R              R
  tiers               RCUD   RCUD        R              R
  gifts               RCUD   RCUD        R              R
  cs_plans            RCUD   RCUD        RCU            -
  events              RCUD   RCUD        RCUD           R
  event_tasks         RCUD   RCUD        RCUD           -
  event_budget_lines  RCUD   RCUD        RCUD           -
  care_plans          RCUD   RCUD        RCUD           -
  segments            RCUD   RCUD        RCUD           -
  users               RCUD   R           R              R
  lookups             RCUD   R           R              R
  custom_fields       RCUD   R           R              R
  audit_log           R      R           r              r
  complaint_steps     R      R           R              -
  churn_risks         RCUD   RCUD        RCUD           RCU
  outbox              R      R           R              R
  follow_up_rules     RCUD   RCUD        R              R
  survey_templates    RCUD   RCUD        R              R
  message_templates   RCUD   RCUD        R              R
  greeting_days       RCUD   RCUD        R              R
  work_calendar_days  RCUD   RCUD        R              R
`;

function parseTable(text: string): Record<string, Record<Role, string>> {
  const [header, ...lines] = text.trim().split('\n').map((l) => l.trim().split(/\s+/));
  const roles = header.slice(1) as Role[];
  return Object.fromEntries(
    lines.map(([name, ...cells]) => [name, Object.fromEntries(roles.map((role, i) => [role, cells[i]])) as Record<Role, string>]),
  );
}

const MATRIX = parseTable(TABLE);

type Action = 'read' | 'create' | 'update' | 'delete';
const LETTER: Record<Action, string> = { read: 'R', create: 'C', update: 'U', delete: 'D' };

describe('the role × resource × action matrix against the running server', () => {
  let t: TestDb;
  let app: Express;
  const api = {} as Record<Role, Api>;
  let sales: Actor;
  let ownCustomer: Row;
  /** per resource: the record every role reads, updates and (when forbidden) tries to delete */
  const target: Record<string, Row> = {};

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    for (const role of ROLE_NAMES) api[role] = await agentOf(app, t.db, role);
    sales = await userOf(t.db, 'sales_consultant');
    ownCustomer = await makeRecord(t.db, 'customers', { owner_id: sales.id });
    for (const name of Object.keys(MATRIX)) {
      if (name === 'audit_log') continue;
      if (name === 'customers') target[name] = await makeRecord(t.db, name, { owner_id: sales.id });
      else if (CUSTOMER_RECORDS.includes(name)) target[name] = await makeRecord(t.db, name, { customer_id: ownCustomer.id });
      else target[name] = await makeRecord(t.db, name);
    }
    target.audit_log = await t.db('audit_log').where({ resource: 'customers', record_id: ownCustomer.id, action: 'create' }).first();
  });
  afterAll(async () => t.drop());

  /** A new record the way the role would make it: for customer records, on the sales consultant's own customer. */
  const overridesFor = (name: string): Row => (CUSTOMER_RECORDS.includes(name) ? { customer_id: ownCustomer.id } : {});
  const throwaway = (name: string): Promise<Row> =>
    makeRecord(t.db, name, name === 'customers' ? { owner_id: sales.id } : overridesFor(name));

  async function expectUnchanged(before: Snapshot, table: string, id?: number): Promise<void> {
    const after = await snapshot(t.db, table, id);
    expect(after).toEqual(before);
  }

  /** 403 in the error shape, with no record in it */
  function expectForbidden(res: { status: number; body: { message?: unknown; errors?: unknown; id?: unknown } }): void {
    expect(res.status).toBe(403);
    expect(typeof res.body.message).toBe('string');
    expect(res.body.errors).toBeTypeOf('object');
    expect(Array.isArray(res.body)).toBe(false);
    expect(res.body.id).toBeUndefined();
  }

  it('when the expected table is compared with the server, then it names every resource the API serves', () => {
    // rows kept per person (saved list views) are each one's own, not a role's: listViews.test.ts covers who reads which
    const byRole = Object.values(resources).filter((r) => !r.personal).map((r) => r.name);
    expect(Object.keys(MATRIX).sort()).toEqual(byRole.sort());
    for (const cells of Object.values(MATRIX)) expect(Object.keys(cells).sort()).toEqual([...ROLE_NAMES].sort());
  });

  const cells: [Role, string, Action, boolean][] = [];
  for (const [name, byRole] of Object.entries(MATRIX)) {
    for (const role of ROLE_NAMES) {
      for (const action of ['read', 'create', 'update', 'delete'] as const) {
        cells.push([role, name, action, byRole[role].toUpperCase().includes(LETTER[action])]);
      }
    }
  }

  for (const [role, name, action, allowed] of cells) {
    const limitedAudit = name === 'audit_log' && action === 'read' && MATRIX[name][role] === 'r';
    const outcome = limitedAudit
      ? 'only one readable record\'s history is answered'
      : allowed ? 'it succeeds' : 'the server answers 403 and nothing changes';
    it(`when ${role === 'admin' ? 'an' : 'a'} ${role} tries to ${action} ${name}, then ${outcome}`, async () => {
      const def = resources[name];
      const http = api[role];
      const rec = target[name];
      const id = Number(rec.id);

      if (action === 'read') {
        if (limitedAudit) {
          expectForbidden(await http.get('/api/audit_log'));
          const history = await http.get('/api/audit_log')
            .query({ filter: json({ resource: 'customers', record_id: ownCustomer.id }) });
          expect(history.status).toBe(200);
          expect(history.body.map((a: Row) => a.id)).toContain(id);
          for (const a of history.body as Row[]) expect([a.resource, a.record_id]).toEqual(['customers', ownCustomer.id]);
          const one = await http.get(`/api/audit_log/${id}`);
          expect(one.status).toBe(200);
          expect(one.body.id).toBe(id);
          return;
        }
        const list = await http.get(`/api/${name}`).query({ range: json([0, 999]) });
        const one = await http.get(`/api/${name}/${id}`);
        if (allowed) {
          expect(list.status).toBe(200);
          expect(list.body.map((r: Row) => r.id)).toContain(id);
          expect(list.headers['content-range']).toMatch(new RegExp(`^${name} `));
          expect(one.status).toBe(200);
          expect(one.body.id).toBe(id);
        } else {
          expectForbidden(list);
          expectForbidden(one);
        }
        return;
      }

      if (action === 'create') {
        const body = name === 'audit_log' ? { action: 'create', resource: 'customers', record_id: id } : await bodyFor(t.db, name, overridesFor(name));
        const before = await snapshot(t.db, def.table);
        const res = await http.post(`/api/${name}`).send(body);
        if (allowed) {
          expect(res.status).toBe(201);
          expect(await snapshot(t.db, def.table)).toMatchObject({ rows: before.rows + 1 });
          const stored = await t.db(def.table).where({ id: res.body.id }).first();
          expect(stored).toBeDefined();
          // a sales consultant's new customer is theirs, and their records hang on their own customer
          if (role === 'sales_consultant' && name === 'customers') expect(Number(stored.owner_id)).toBe(sales.id);
          if (role === 'sales_consultant' && name !== 'customers') expect(Number(stored.customer_id)).toBe(ownCustomer.id);
        } else {
          expectForbidden(res);
          await expectUnchanged(before, def.table);
        }
        return;
      }

      if (action === 'update') {
        const field = touchField(def);
        const value = `${role}-changed-${name}`.slice(0, def.fields[field ?? '']?.max ?? 60);
        const body = field ? { [field]: value } : { record_title: 'rewritten history' };
        const before = await snapshot(t.db, def.table, id);
        const res = await http.put(`/api/${name}/${id}`).send(body);
        if (allowed) {
          expect(res.status).toBe(200);
          expect(res.body).toMatchObject({ id, ...body });
          const stored = await t.db(def.table).where({ id }).first();
          expect(Number(stored.version)).toBe(Number(before.record?.version) + 1);
          expect(stored[field ?? '']).toBe(value);
        } else {
          expectForbidden(res);
          await expectUnchanged(before, def.table, id);
        }
        return;
      }

      // delete: an allowed role removes a record of its own making; a forbidden one tries the shared record
      if (allowed) {
        const victim = await throwaway(name);
        const res = await http.delete(`/api/${name}/${victim.id}`);
        expect(res.status).toBe(200);
        expect(res.body.id).toBe(victim.id);
        expect(await t.db(def.table).where({ id: victim.id }).first()).toBeUndefined();
      } else {
        const before = await snapshot(t.db, def.table, id);
        expectForbidden(await http.delete(`/api/${name}/${id}`));
        await expectUnchanged(before, def.table, id);
      }
    });
  }
});

describe('sensitive fields: masked for roles without the right', () => {
  let t: TestDb;
  let app: Express;
  const api = {} as Record<Role, Api>;
  let customer: Row;
  const PHONE = '13812345678';
  const ID_NUMBER = '110101199003071234';

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    for (const role of ROLE_NAMES) api[role] = await agentOf(app, t.db, role);
    const sales = await userOf(t.db, 'sales_consultant');
    customer = await makeRecord(t.db, 'customers', { name: '钱多多', phone: PHONE, id_number: ID_NUMBER, owner_id: sales.id });
  });
  afterAll(async () => t.drop());

  const stored = async (id: unknown): Promise<Row> => t.db('customers').where({ id }).first();

  it.each([
    ['admin', PHONE, ID_NUMBER],
    ['cs_manager', PHONE, ID_NUMBER],
    ['cs_specialist', PHONE, '110***********1234'],
    ['sales_consultant', '138****5678', '110***********1234'],
  ] as [Role, string, string][])('when the role %s reads a customer, then the phone is %s and the ID number %s in getOne and list', async (role, phone, idNumber) => {
    const one = await api[role].get(`/api/customers/${customer.id}`).expect(200);
    expect(one.body).toMatchObject({ phone, id_number: idNumber });
    const list = await api[role].get('/api/customers').query({ filter: json({ id: [customer.id] }) }).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ phone, id_number: idNumber })]);
  });

  it('when a masked value has spaces or is short, then spaces stay and values of up to 7 characters become all stars', async () => {
    const c = await makeRecord(t.db, 'customers', { phone: '138 1234 5678', id_number: 'AB12345' });
    const spec = await api.cs_specialist.get(`/api/customers/${c.id}`).expect(200);
    expect(spec.body).toMatchObject({ phone: '138 1234 5678', id_number: '*******' });
    const mine = await api.sales_consultant.post('/api/customers').send({ name: '孙小', phone: '138 1234 5678', id_number: '1234567' }).expect(201);
    expect(mine.body).toMatchObject({ phone: '138 **** 5678', id_number: '*******' });
    expect(await stored(mine.body.id)).toMatchObject({ phone: '138 1234 5678', id_number: '1234567' });
  });

  it('when a sales consultant saves the record as shown, masks and all, then the stored phone and ID number stay', async () => {
    const shown = (await api.sales_consultant.get(`/api/customers/${customer.id}`).expect(200)).body;
    const res = await api.sales_consultant.put(`/api/customers/${customer.id}`).send({ ...shown, notes: '周末来店' }).expect(200);
    expect(res.body).toMatchObject({ notes: '周末来店', phone: '138****5678', version: shown.version + 1 });
    expect(await stored(customer.id)).toMatchObject({ phone: PHONE, id_number: ID_NUMBER, notes: '周末来店' });
  });

  it('when a cs_specialist sends a new ID number, then it replaces the stored one; the masked echo does not', async () => {
    const shown = (await api.cs_specialist.get(`/api/customers/${customer.id}`).expect(200)).body;
    await api.cs_specialist.put(`/api/customers/${customer.id}`).send({ ...shown, address: '朝阳路1号' }).expect(200);
    expect(await stored(customer.id)).toMatchObject({ id_number: ID_NUMBER, address: '朝阳路1号' });
    const res = await api.cs_specialist.put(`/api/customers/${customer.id}`).send({ id_number: '110101199003079999' }).expect(200);
    expect(res.body.id_number).toBe('110***********9999');
    expect(await stored(customer.id)).toMatchObject({ id_number: '110101199003079999' });
    await api.cs_specialist.put(`/api/customers/${customer.id}`).send({ id_number: ID_NUMBER }).expect(200);
  });

  it('when a sales consultant sends a new phone for their customer, then it is stored', async () => {
    const c = await makeRecord(t.db, 'customers', { phone: '13900001111', owner_id: customer.owner_id });
    await api.sales_consultant.put(`/api/customers/${c.id}`).send({ phone: '13900002222' }).expect(200);
    expect(await stored(c.id)).toMatchObject({ phone: '13900002222' });
  });

  it('when a sales consultant filters by the phone, then 403 and no rows; a role that sees phones may', async () => {
    for (const filter of [{ phone: PHONE }, { phone_null: false }, { phone_neq: '13900000000' }]) {
      const res = await api.sales_consultant.get('/api/customers').query({ filter: json(filter) });
      expect(res.status).toBe(403);
      expect(Array.isArray(res.body)).toBe(false);
    }
    const spec = await api.cs_specialist.get('/api/customers').query({ filter: json({ phone: PHONE }) }).expect(200);
    expect(spec.body.map((c: Row) => c.id)).toEqual([customer.id]);
  });

  it('when each role reads the audit trail of a change to phone and ID number, then the values are masked like the record', async () => {
    await api.admin.put(`/api/customers/${customer.id}`).send({ phone: '13700007777', id_number: '220202198801015555' }).expect(200);
    const historyOf = async (role: Role) => {
      const res = await api[role].get('/api/audit_log')
        .query({ filter: json({ resource: 'customers', record_id: customer.id, action: 'update' }), sort: json(['created_at', 'DESC']) })
        .expect(200);
      const row = (res.body as Row[]).find((a) => (a.changes as Record<string, unknown>).id_number !== undefined);
      expect(row).toBeDefined();
      const one = await api[role].get(`/api/audit_log/${row?.id}`).expect(200);
      expect(one.body.changes).toEqual(row?.changes);
      return row?.changes;
    };
    expect(await historyOf('admin')).toMatchObject({
      phone: { from: PHONE, to: '13700007777' }, id_number: { from: ID_NUMBER, to: '220202198801015555' },
    });
    expect(await historyOf('cs_manager')).toMatchObject({ phone: { from: PHONE }, id_number: { from: ID_NUMBER } });
    expect(await historyOf('cs_specialist')).toMatchObject({
      phone: { from: PHONE, to: '13700007777' }, id_number: { from: '110***********1234', to: '220***********5555' },
    });
    expect(await historyOf('sales_consultant')).toMatchObject({
      phone: { from: '138****5678', to: '137****7777' }, id_number: { from: '110***********1234', to: '220***********5555' },
    });
  });
});
