import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { freshDb, type TestDb } from '../testDb.js';
import { seedDemo } from '../../seeds/demo.js';
import { resources } from '../../server/resources/index.js';
import { customers } from '../../server/resources/customers.js';
import { enums, type EnumName } from '../../server/resources/enums.js';
import { ResourceService } from '../../server/rest/service.js';
import { parseListQuery } from '../../server/rest/listQuery.js';
import { contextOf } from './actors.js';
import { visitMonthsOf } from '../../server/domain/visitMonths.js';

const CUSTOMERS = 300;
const TODAY = new Date('2026-11-23T10:30:00');
const DAY = 86_400_000;

/** 'YYYY-MM-DD' of the local day `offset` days from TODAY. */
function dayIso(offset: number): string {
  const d = new Date(TODAY.getFullYear(), TODAY.getMonth(), TODAY.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const asDate = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const asTime = (v: unknown): number => (v instanceof Date ? v.getTime() : Date.parse(String(v)));
const count = async (db: Knex, table: string, where: Record<string, unknown> = {}): Promise<number> =>
  Number((await db(table).where(where).count({ n: '*' }).first())?.n ?? 0);

describe('the demo data generator', () => {
  let t: TestDb;
  let again: TestDb;

  beforeAll(async () => {
    [t, again] = await Promise.all([freshDb(), freshDb()]);
    await seedDemo(t.db, { customers: CUSTOMERS, today: TODAY });
    await seedDemo(again.db, { customers: CUSTOMERS, today: TODAY });
  });
  afterAll(async () => {
    await Promise.all([t?.drop(), again?.drop()]);
  });

  it('when 300 customers are asked for, then there are 300 with staff, cars, history, a plan, events and a catalogue', async () => {
    const { db } = t;
    expect(await count(db, 'customers')).toBe(CUSTOMERS);
    expect(await count(db, 'users')).toBeGreaterThanOrEqual(14);
    expect(await count(db, 'users', { username: 'admin', role: 'admin' })).toBe(1);
    for (const [role, n] of [['cs_manager', 2], ['cs_specialist', 4]] as const) expect(await count(db, 'users', { role })).toBe(n);
    expect(await count(db, 'users', { role: 'sales_consultant' })).toBeGreaterThanOrEqual(6);
    const types = (await db('customers').select('customer_type').count({ n: '*' }).groupBy('customer_type')) as unknown as { customer_type: string; n: number | string }[];
    const share = Object.fromEntries(types.map((r) => [String(r.customer_type), Number(r.n) / CUSTOMERS]));
    expect(share.prospect).toBeGreaterThan(0.25);
    expect(share.owner).toBeGreaterThan(0.5);
    expect(share.fleet).toBeGreaterThan(0.01);
    const cars = (await db('customers')
      .leftJoin('vehicles', 'vehicles.customer_id', 'customers.id')
      .groupBy('customers.id', 'customers.customer_type')
      .select('customers.customer_type')
      .count({ n: 'vehicles.id' })) as unknown as { customer_type: string; n: number | string }[];
    for (const c of cars) {
      if (c.customer_type === 'prospect') expect(Number(c.n)).toBe(0);
      else expect(Number(c.n)).toBeGreaterThanOrEqual(1);
      expect(Number(c.n)).toBeLessThanOrEqual(3);
    }
    for (const table of ['service_visits', 'appointments', 'follow_ups', 'complaints', 'point_entries', 'redemptions', 'event_participants', 'care_touches', 'segments', 'care_plans']) {
      expect(await count(db, table), table).toBeGreaterThan(0);
    }
    expect(await count(db, 'cs_plans', { year: TODAY.getFullYear() })).toBe(1);
    expect(await count(db, 'gifts')).toBeGreaterThanOrEqual(12);
    const events = await db('events').where('start_at', '>=', new Date(TODAY.getFullYear(), 0, 1).toISOString())
      .where('start_at', '<', new Date(TODAY.getFullYear() + 1, 0, 1).toISOString()).count({ n: '*' }).first();
    expect(Number(events?.n)).toBeGreaterThanOrEqual(12);
    const tasks = await db('events').leftJoin('event_tasks', 'event_tasks.event_id', 'events.id').groupBy('events.id').count({ n: 'event_tasks.id' });
    for (const e of tasks) expect(Number(e.n)).toBeGreaterThanOrEqual(4);
    for (const e of tasks) expect(Number(e.n)).toBeLessThanOrEqual(8);
  });

  it('when seeded twice with the same today, then the customers and their ledgers are identical', async () => {
    const pick = (db: Knex) => db('customers').orderBy('id').select('id', 'name', 'phone', 'points_balance', 'tier_id', 'last_visit_date');
    const [a, b] = await Promise.all([pick(t.db), pick(again.db)]);
    expect(a.map((c) => `${c.name}|${c.phone}`)).toEqual(b.map((c) => `${c.name}|${c.phone}`));
    expect(a).toEqual(b);
    const ledger = (db: Knex) => db('point_entries').orderBy('id').select('customer_id', 'points', 'reason', 'created_at');
    expect(await ledger(t.db)).toEqual(await ledger(again.db));
  });

  it('when the ledger is summed, then every balance equals it, never went below zero, and the tier fits the lifetime qualifying points', async () => {
    const { db } = t;
    const tiers: { id: number; threshold_points: number }[] = await db('tiers').where({ active: true }).select('id', 'threshold_points').orderBy('threshold_points', 'desc');
    const entries: { customer_id: number; points: number; qualifying_points: number; reason: string }[] = await db('point_entries')
      .orderBy(['customer_id', 'created_at', 'id']).select('customer_id', 'points', 'qualifying_points', 'reason');
    const running = new Map<number, number>();
    const qualifying = new Map<number, number>();
    for (const e of entries) {
      const balance = (running.get(e.customer_id) ?? 0) + Number(e.points);
      expect(balance).toBeGreaterThanOrEqual(0);
      running.set(e.customer_id, balance);
      qualifying.set(e.customer_id, (qualifying.get(e.customer_id) ?? 0) + Number(e.qualifying_points));
      // earnings count toward a tier in full, spending and expiry not at all
      if (['purchase', 'service', 'referral', 'event', 'adjustment'].includes(e.reason)) expect(Number(e.qualifying_points)).toBe(Number(e.points));
      if (['redemption', 'expiry'].includes(e.reason)) expect(Number(e.qualifying_points)).toBe(0);
    }
    const people: { id: number; points_balance: number; tier_id: number }[] = await db('customers').select('id', 'points_balance', 'tier_id');
    for (const c of people) {
      expect(Number(c.points_balance)).toBe(running.get(c.id) ?? 0);
      expect(c.tier_id).toBe(tiers.find((x) => (qualifying.get(c.id) ?? 0) >= x.threshold_points)?.id);
    }
    // spending does not lower a tier: someone's balance sits below their tier's threshold
    const byId = new Map(tiers.map((x) => [x.id, x.threshold_points]));
    expect(people.some((c) => Number(c.points_balance) < (byId.get(c.tier_id) ?? 0))).toBe(true);
    expect(new Set(people.map((c) => c.tier_id)).size).toBeGreaterThanOrEqual(3);
  });

  it('when visits are looked at, then last visit and last service are the latest visit dates', async () => {
    const { db } = t;
    const last: { id: number; last_visit_date: unknown; d: unknown }[] = await db('customers')
      .leftJoin('service_visits', 'service_visits.customer_id', 'customers.id')
      .groupBy('customers.id', 'customers.last_visit_date').select('customers.id', 'customers.last_visit_date').max({ d: 'service_visits.visit_date' });
    for (const c of last) expect(c.last_visit_date === null ? null : asDate(c.last_visit_date)).toBe(c.d === null ? null : asDate(c.d));
    const cars: { last_service_date: unknown; d: unknown }[] = await db('vehicles')
      .leftJoin('service_visits', 'service_visits.vehicle_id', 'vehicles.id')
      .groupBy('vehicles.id', 'vehicles.last_service_date').select('vehicles.last_service_date').max({ d: 'service_visits.visit_date' });
    for (const v of cars) expect(v.last_service_date === null ? null : asDate(v.last_service_date)).toBe(v.d === null ? null : asDate(v.d));
  });

  it('when complaints are listed, then every status occurs with timestamps that fit it', async () => {
    const rows: { status: string; received_at: unknown; responded_at: unknown; resolved_at: unknown; closed_at: unknown }[] = await t.db('complaints').select();
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(enums.complaint_status));
    for (const r of rows) {
      expect(r.responded_at === null).toBe(r.status === 'received');
      expect(r.resolved_at !== null).toBe(['resolved', 'feedback', 'closed', 'reopened'].includes(r.status));
      expect(r.closed_at !== null).toBe(r.status === 'closed');
      if (r.responded_at !== null) expect(asTime(r.responded_at)).toBeGreaterThanOrEqual(asTime(r.received_at));
      if (r.resolved_at !== null) expect(asTime(r.resolved_at)).toBeGreaterThan(asTime(r.responded_at));
      if (r.closed_at !== null) expect(asTime(r.closed_at)).toBeGreaterThan(asTime(r.resolved_at));
    }
  });

  it('when any enum, lookup or reference column is read, then its value exists; rows are version 1 and created before updated', async () => {
    const { db } = t;
    const lookups: { type: string; code: string }[] = await db('lookups').select('type', 'code');
    const known = new Set(lookups.map((l) => `${l.type}:${l.code}`));
    for (const def of Object.values(resources)) {
      const rows: Record<string, unknown>[] = await db(def.table).select();
      for (const row of rows) {
        expect(row.version, def.name).toBe(1);
        expect(asTime(row.created_at)).toBeLessThanOrEqual(asTime(row.updated_at));
        for (const [name, field] of Object.entries(def.fields)) {
          const v = row[name];
          if (field.required) expect(v, `${def.name}.${name}`).not.toBeNull();
          if (v === null || v === undefined) continue;
          if (field.type === 'enum') expect(enums[field.enum as EnumName], `${def.name}.${name}`).toContain(v);
          if (field.type === 'lookup') expect(known.has(`${field.lookup}:${v}`), `${def.name}.${name}=${String(v)}`).toBe(true);
          if (field.type === 'date') expect(asDate(v)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (field.type === 'json') {
            const parsed: unknown = typeof v === 'string' ? JSON.parse(v) : v;
            if (field.shape === 'string[]') expect(Array.isArray(parsed) && parsed.every((s) => typeof s === 'string')).toBe(true);
            else if (field.shape === 'list') expect(Array.isArray(parsed)).toBe(true);
            else expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)).toBe(true);
          }
        }
      }
      for (const [name, field] of Object.entries(def.fields)) {
        if (field.type !== 'reference' || !field.reference) continue;
        const target = resources[field.reference].table;
        const orphans = await db(def.table).whereNotNull(`${def.table}.${name}`)
          .whereNotExists(db({ target }).whereRaw(`target.id = ${def.table}.${name}`)).count({ n: '*' }).first();
        expect(Number(orphans?.n), `${def.name}.${name}`).toBe(0);
      }
    }
    const scores: { scores: unknown }[] = await db('follow_ups').whereNotNull('scores').select('scores');
    expect(scores.length).toBeGreaterThan(0);
    for (const s of scores) {
      const map = (typeof s.scores === 'string' ? JSON.parse(s.scores) : s.scores) as Record<string, number>;
      for (const [item, score] of Object.entries(map)) {
        expect(known.has(`service_item:${item}`)).toBe(true);
        expect(score >= 1 && score <= 5).toBe(true);
      }
    }
    const segments: { filter: unknown }[] = await db('segments').select('filter');
    for (const s of segments) {
      const filter = typeof s.filter === 'string' ? s.filter : JSON.stringify(s.filter);
      expect(() => parseListQuery(customers, { filter })).not.toThrow();
    }
  });

  it('when the app is opened on that day, then it looks alive: due and overdue follow-ups, coming appointments and birthdays, fresh complaints, events now and next month', async () => {
    const { db } = t;
    const now = TODAY.toISOString();
    const pending = (from: number, to: number) =>
      db('follow_ups').where({ status: 'pending' }).whereBetween('due_date', [dayIso(from), dayIso(to)]).count({ n: '*' }).first();
    expect(Number((await pending(-14, -1))?.n)).toBeGreaterThan(0);
    expect(Number((await pending(0, 7))?.n)).toBeGreaterThan(0);
    const upcoming = await db('appointments').whereIn('status', ['scheduled', 'reminded']).where('scheduled_at', '>', now).count({ n: '*' }).first();
    expect(Number(upcoming?.n)).toBeGreaterThan(0);
    expect(await db('appointments').whereIn('status', ['scheduled', 'reminded']).where('scheduled_at', '<', now).first()).toBeUndefined();
    const birthdays = await db('care_touches').where({ touch_type: 'birthday', status: 'scheduled' }).whereBetween('scheduled_date', [dayIso(1), dayIso(14)]).first();
    expect(birthdays).toBeDefined();
    const yesterday = await db('complaints').whereBetween('received_at', [new Date(TODAY.getTime() - 2 * DAY).toISOString(), now]).first();
    expect(yesterday).toBeDefined();
    expect(await db('events').where({ status: 'running' }).where('start_at', '<=', now).where('end_at', '>=', now).first()).toBeDefined();
    const nextMonth = new Date(TODAY.getFullYear(), TODAY.getMonth() + 1, 1);
    const afterThat = new Date(TODAY.getFullYear(), TODAY.getMonth() + 2, 1);
    expect(await db('events').whereBetween('start_at', [nextMonth.toISOString(), afterThat.toISOString()]).first()).toBeDefined();
    expect(await db('events').where({ status: 'done' }).first()).toBeDefined();
    const churn = await db('customers').whereIn('customer_type', ['owner', 'fleet']).where('last_visit_date', '<', dayIso(-180)).first();
    expect(churn).toBeDefined();
    for (const table of ['follow_ups', 'complaints', 'point_entries', 'appointments']) {
      const future = await db(table).where('created_at', '>', now).first();
      expect(future, table).toBeUndefined();
    }
  });

  it('when a greeting is scheduled or sent by SMS, WeChat or e-mail, then its customer agreed to that channel', async () => {
    const unconsented = await t.db('care_touches').join('customers', 'customers.id', 'care_touches.customer_id')
      .whereIn('care_touches.status', ['scheduled', 'sent'])
      .where((q) => q.where((m) => m.whereIn('care_touches.channel', ['sms', 'wechat']).where('customers.consent_sms', false))
        .orWhere((m) => m.where('care_touches.channel', 'email').where('customers.consent_email', false)))
      .count({ n: '*' }).first();
    expect(Number(unconsented?.n)).toBe(0);
    expect(await count(t.db, 'care_touches', { status: 'sent' })).toBeGreaterThan(0);
  });

  it('when records are created after seeding, then they get fresh ids (the id sequences moved past the seeded rows)', async () => {
    const service = new ResourceService(t.db);
    const ctx = await contextOf(t.db, 'admin', 'admin');
    const created = await service.create(customers, { name: '新客户', customer_type: 'prospect' }, ctx);
    expect(Number(created.id)).toBe(CUSTOMERS + 1);
    const adjustment = await service.create(resources.point_adjustments, { customer_id: created.id, points: 100, note: '新客户积分' }, ctx);
    // the adjustment's ledger entry is written by the server into the seeded ledger's id sequence
    expect(Number(adjustment.entry_id)).toBeGreaterThan(await count(t.db, 'point_entries') - 1);
    await t.db('point_adjustments').where({ id: adjustment.id }).delete();
    await t.db('point_entries').where({ id: adjustment.entry_id }).delete();
    await t.db('customers').where({ id: created.id }).delete();
  });

  it('when the customer list is searched by a seeded name, its pinyin or a phone fragment, then that customer is found', async () => {
    const { db } = t;
    const service = new ResourceService(db);
    const ctx = await contextOf(db, 'admin', 'admin');
    const sample: { id: number; name: string; phone: string | null; search_text: string }[] = await db('customers')
      .whereRaw("name NOT LIKE '% %'").orderBy('id').offset(CUSTOMERS / 2).limit(3).select('id', 'name', 'phone', 'search_text');
    expect(sample.length).toBe(3);
    for (const c of sample) {
      const pinyin = c.search_text.split(' ').find((w) => /^[a-z]{4,}$/.test(w));
      const phone = (c.phone ?? '').replace(/\D/g, '').slice(3, 8);
      for (const q of [c.name, pinyin, phone].filter((x): x is string => Boolean(x))) {
        const { rows } = await service.list(customers, parseListQuery(customers, { filter: JSON.stringify({ q }) }), ctx);
        expect(rows.map((r) => r.id), `q=${q}`).toContain(c.id);
      }
    }
    const latin = await db('customers').whereRaw("name LIKE '% %'").first('id', 'name');
    if (latin) {
      const { rows } = await service.list(customers, parseListQuery(customers, { filter: JSON.stringify({ q: latin.name }) }), ctx);
      expect(rows.map((r) => r.id)).toContain(latin.id);
    }
  });

  it('when seeded with the triggers off, then each customer carries the first purchase and visit months the triggers would keep', async () => {
    const { db } = t;
    const firsts = await db('vehicles').groupBy('customer_id').select('customer_id', db.raw('MIN(purchase_date) AS d')) as { customer_id: number; d: unknown }[];
    const firstOf = new Map(firsts.map((r) => [Number(r.customer_id), r.d == null ? null : asDate(r.d)]));
    const visits = await db('service_visits').select('customer_id', 'visit_date') as { customer_id: number; visit_date: unknown }[];
    const daysOf = new Map<number, string[]>();
    for (const v of visits) daysOf.set(Number(v.customer_id), [...(daysOf.get(Number(v.customer_id)) ?? []), asDate(v.visit_date)]);
    const rows = await db('customers').select('id', 'first_purchase_date', 'visit_months_anchor', 'visit_months');
    expect(visits.length).toBeGreaterThan(CUSTOMERS);
    for (const r of rows) {
      expect(r.first_purchase_date == null ? null : asDate(r.first_purchase_date)).toBe(firstOf.get(Number(r.id)) ?? null);
      const want = visitMonthsOf(daysOf.get(Number(r.id)) ?? []);
      expect({ anchor: r.visit_months_anchor == null ? null : Number(r.visit_months_anchor), mask: Number(r.visit_months) })
        .toEqual({ anchor: want.visit_months_anchor, mask: want.visit_months });
    }
    // and the triggers are back on afterwards (this writes: the last test of the file)
    const someone = rows.find((r) => r.first_purchase_date != null);
    await db('vehicles').insert({ customer_id: someone.id, model: 'sedan_b', purchase_date: '2001-01-01', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
    await db('service_visits').insert({ customer_id: someone.id, visit_date: '2030-01-15', visit_type: 'maintenance', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
    const after = await db('customers').where({ id: someone.id }).first('first_purchase_date', 'visit_months_anchor');
    expect(asDate(after.first_purchase_date)).toBe('2001-01-01');
    expect(Number(after.visit_months_anchor)).toBe(2030 * 12);
  });
});
