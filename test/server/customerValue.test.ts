import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import type { ValueReport } from '../../server/domain/value/reportTypes.js';
import { SEGMENTS, segmentOf } from '../../server/domain/value/segments.js';
import { writeValueSnapshot } from '../../server/domain/value/snapshot.js';
import { chinaDay, daysBetween } from '../../server/domain/chinaTime.js';
import { loyaltyWorld, type World } from './loyalty.js';

/**
 * Customer value (issue 8 part 4) over a hand-checked fixture, snapshots of February and March 2026 (as of their
 * last days; window: the 12 months up to it). Five owners, a prospect and an owner who arrived in April:
 * - A (east, the sales consultant's): bought a car on 1 March 2026 for 200,000 with 3 years' insurance;
 * - B (west, fleet): two cars from 2020 (warranty ended 1 Dec 2025), five visits of 1,000 in the window;
 * - C (east, opinion leader): a replacement car from 2019, insurance 2024 and inspection 2025 here (500), a
 *   critical complaint in January 2026;
 * - D (west): a car from 2018, nothing since, a low complaint; referred E;
 * - E (west): referred by D, bought a car on 15 Nov 2025 for 90,000.
 * March: recency A 30 · B 58 · E 136 · C 355 · D oldest → R 5 4 3 2 1; frequency A 1 · B 5 · C 1 · D 0 · E 1 →
 * F 2 5 2 1 2 (the three 1s tie at rank 2); spend A 200,000 · B 5,000 · C 500 · D 0 · E 90,000 → M 5 3 2 1 4.
 * February: A has no car yet (no recency: R 1), so R A1 D2 C3 E4 B5, F A1 D1 C3 E3 B5, M A1 D1 C3 B4 E5.
 */
describe('customer value', () => {
  let w: World;
  let db: World['t']['db'];
  const stamp = '2025-01-01T00:00:00.000Z';
  const ids: Record<string, number> = {};

  const insert = async (table: string, row: Row): Promise<number> => {
    const [r] = await db(table).insert({ created_at: stamp, updated_at: stamp, ...row }).returning('id');
    return Number(typeof r === 'object' ? r.id : r);
  };
  const car = (customer: number, purchase_date: string, price: number, extra: Row = {}) =>
    insert('vehicles', { customer_id: customer, model: 'sedan', purchase_date, price, purchase_type: 'new', insurance_years: 0, ...extra });
  const visit = (customer: number, visit_date: string, amount: number, visit_type = 'maintenance') =>
    insert('service_visits', { customer_id: customer, visit_date, amount, visit_type });
  const complaint = (customer: number, severity: string, received_at: string) => insert('complaints', {
    customer_id: customer, title: '投诉', channel: 'phone', category: 'service', severity, description: '—', status: 'received', received_at,
  });

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    const customer = (name: string, region: string, extra: Row = {}) => insert('customers', { name, customer_type: 'owner', region, ...extra });
    ids.A = await customer('甲', 'east', { owner_id: w.salesId });
    ids.B = await customer('乙', 'west', { customer_type: 'fleet' });
    ids.C = await customer('丙', 'east', { opinion_leader: true });
    ids.D = await customer('丁', 'west');
    ids.E = await customer('戊', 'west', { referred_by_id: ids.D });
    ids.F = await customer('己', 'east', { customer_type: 'prospect' });
    ids.G = await customer('庚', 'east', { created_at: '2026-04-05T02:00:00.000Z' });
    await car(ids.A, '2026-03-01', 200000, { warranty_end: '2029-03-01', insurance_years: 3 });
    await car(ids.B, '2020-05-01', 100000, { warranty_end: '2025-12-01' });
    await car(ids.B, '2020-05-01', 100000, { warranty_end: '2025-12-01' });
    for (const day of ['2025-06-01', '2025-08-01', '2025-10-01', '2025-12-01', '2026-02-01']) await visit(ids.B, day, 1000);
    await car(ids.C, '2019-01-01', 150000, { purchase_type: 'replacement', warranty_end: '2022-01-01' });
    await visit(ids.C, '2024-04-01', 800, 'insurance');
    await visit(ids.C, '2025-04-10', 500, 'inspection');
    await complaint(ids.C, 'critical', '2026-01-10T02:00:00.000Z');
    await car(ids.D, '2018-06-01', 120000);
    await complaint(ids.D, 'low', '2026-02-10T02:00:00.000Z');
    await car(ids.E, '2025-11-15', 90000);
    await car(ids.G, '2026-04-05', 80000);
    await writeValueSnapshot(db, '2026-02', '2026-02-28');
    await writeValueSnapshot(db, '2026-03', '2026-03-31');
  });
  afterAll(async () => w.t.drop());

  type Snap = { customer_id: number; r: number; f: number; m: number; recency_days: number | null; frequency: number; monetary: number; segment: string; flags: number };
  const snapshot = async (month: string): Promise<Record<string, Snap>> => {
    const rows: Snap[] = await db('customer_value_snapshots').where({ month }).orderBy('customer_id')
      .select('customer_id', 'r', 'f', 'm', 'recency_days', 'frequency', 'monetary', 'segment', 'flags');
    const names = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
    return Object.fromEntries(rows.map((r) => [names[Number(r.customer_id)], {
      ...r, customer_id: Number(r.customer_id), r: Number(r.r), f: Number(r.f), m: Number(r.m), frequency: Number(r.frequency),
      monetary: Number(r.monetary), flags: Number(r.flags), recency_days: r.recency_days == null ? null : Number(r.recency_days),
    }]));
  };
  const get = async (api: World['admin'], query: string): Promise<ValueReport> => (await api.get(`/api/analytics/value?${query}`).expect(200)).body;
  const listed = async (filter: Row): Promise<number[]> =>
    ((await w.manager.get('/api/customers').query({ filter: JSON.stringify(filter), range: '[0,99]' }).expect(200)).body as Row[]).map((r) => Number(r.id)).sort((a, b) => a - b);
  const idsOf = (...names: string[]) => names.map((n) => ids[n]).sort((a, b) => a - b);

  it('when March is computed, then recency, frequency, spend and the tie-aware quintile scores match the fixture', async () => {
    const s = await snapshot('2026-03');
    expect(Object.keys(s).sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(['A', 'B', 'C', 'D', 'E'].map((k) => s[k].recency_days)).toEqual([30, 58, 355, daysBetween('2018-06-01', '2026-03-31'), 136]);
    expect(['A', 'B', 'C', 'D', 'E'].map((k) => [s[k].frequency, s[k].monetary])).toEqual([[1, 200000], [5, 5000], [1, 500], [0, 0], [1, 90000]]);
    expect(['A', 'B', 'C', 'D', 'E'].map((k) => [s[k].r, s[k].f, s[k].m])).toEqual([[5, 2, 5], [4, 5, 3], [2, 2, 2], [1, 1, 1], [3, 2, 4]]);
  });

  it('when scores are mapped, then the segment table gives new, loyal, hibernating, lost and potential', async () => {
    const s = await snapshot('2026-03');
    expect(['A', 'B', 'C', 'D', 'E'].map((k) => s[k].segment)).toEqual(['new', 'loyal', 'hibernating', 'lost', 'potential']);
    expect([segmentOf(5, 5, 5), segmentOf(1, 5, 5), segmentOf(2, 3, 1), segmentOf(3, 1, 1), segmentOf(2, 1, 5)]).toEqual(['champions', 'cant_lose', 'at_risk', 'potential', 'hibernating']);
    // every combination has a segment, and every segment is reachable
    const all = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) all.add(segmentOf(r, f, m));
    expect([...all].sort()).toEqual([...SEGMENTS].sort());
  });

  it('when seed 002\'s rules are checked, then each customer carries exactly their flags', async () => {
    const r = await get(w.manager, 'month=2026-03');
    const flagged = Object.fromEntries(r.flags.map((f) => [f.flag, f.count]));
    expect(flagged).toEqual({ repurchase: 2, referrer: 1, frequent_visitor: 1, warranty_ended: 1, dealer_insurance: 2, fleet: 1, opinion_leader: 1, major_complaint: 1 });
    const s = await snapshot('2026-03');
    // bits: repurchase 1, referrer 2, frequent_visitor 4, warranty_ended 8, dealer_insurance 16, fleet 32, opinion_leader 64, major_complaint 128
    expect(['A', 'B', 'C', 'D', 'E'].map((k) => s[k].flags)).toEqual([16, 1 + 4 + 8 + 32, 1 + 16 + 64 + 128, 2, 0]);
    expect(await listed({ value_flag: '2026-03:repurchase' })).toEqual(idsOf('B', 'C'));
    expect(await listed({ value_flag: '2026-03:major_complaint' })).toEqual(idsOf('C'));
  });

  it('when a month is written twice, then its rows are the same', async () => {
    const before = await snapshot('2026-03');
    await writeValueSnapshot(db, '2026-03', '2026-03-31');
    expect(await snapshot('2026-03')).toEqual(before);
  });

  it('when a manager opens March, then segments, the R × F grid and who moved since February add up, each with its drill', async () => {
    const r = await get(w.manager, 'month=2026-03');
    expect(r).toMatchObject({ month: '2026-03', previous: '2026-02', as_of: '2026-03-31', scope: 'department' });
    expect(r.months.slice(0, 2)).toEqual(['2026-03', '2026-02']);
    expect(r.total).toMatchObject({ count: 5, flagged: 4, total_monetary: 295500, avg_monetary: 59100 });
    const seg = Object.fromEntries(r.segments.map((x) => [x.segment, x.count]));
    expect(seg).toEqual({ champions: 0, loyal: 1, potential: 1, new: 1, at_risk: 0, cant_lose: 0, hibernating: 1, lost: 1 });
    expect(r.segments.find((x) => x.segment === 'new')).toMatchObject({ share: 0.2, avg_monetary: 200000, drill: { resource: 'customers', filter: { value_segment: '2026-03:new' } } });
    expect(r.grid).toHaveLength(25);
    expect(r.grid.filter((c) => c.count).map((c) => [c.r, c.f, c.count])).toEqual([[5, 2, 1], [4, 5, 1], [3, 2, 1], [2, 2, 1], [1, 1, 1]]);
    expect(r.movement).toMatchObject({ moved: 4, stayed: 1, entered: 0 });
    expect(r.movement.cells.map((m) => [m.from, m.to, m.count])).toEqual([
      ['champions', 'loyal', 1], ['potential', 'potential', 1], ['potential', 'hibernating', 1], ['hibernating', 'lost', 1], ['lost', 'new', 1]]);
    expect(await listed(r.total.drill.filter)).toEqual(idsOf('A', 'B', 'C', 'D', 'E'));
    expect(await listed(r.total.flagged_drill.filter)).toEqual(idsOf('A', 'B', 'C', 'D'));
    expect(await listed(r.segments.find((x) => x.segment === 'new')!.drill.filter)).toEqual(idsOf('A'));
    expect(await listed(r.grid.find((c) => c.r === 4 && c.f === 5)!.drill.filter)).toEqual(idsOf('B'));
    expect(await listed(r.movement.cells.find((m) => m.from === 'champions')!.drill.filter)).toEqual(idsOf('B'));
    expect(await listed({ value_moved: '2026-02:none:lost' })).toEqual(idsOf('A'));
  });

  it('when filtered by region, then only that region\'s owners count, and the drill keeps the filter', async () => {
    const r = await get(w.manager, 'month=2026-03&region=west');
    expect(r.total.count).toBe(3);
    expect(r.flags.find((f) => f.flag === 'fleet')!.count).toBe(1);
    const lost = r.segments.find((x) => x.segment === 'lost')!;
    expect(lost.drill.filter).toEqual({ region: 'west', value_segment: '2026-03:lost' });
    expect(await listed(lost.drill.filter)).toEqual(idsOf('D'));
  });

  it('when a sales consultant opens it, then only their own customers count, whatever owner they ask for', async () => {
    const r = await get(w.sales, 'month=2026-03&owner_id=999999');
    expect(r.scope).toBe('own');
    expect(r.total.count).toBe(1);
    expect(r.segments.filter((x) => x.count).map((x) => x.segment)).toEqual(['new']);
    expect(r.movement.cells.map((m) => [m.from, m.to, m.count])).toEqual([['lost', 'new', 1]]);
  });

  it('when no month is named, then the latest snapshot up to the month of `to` is shown', async () => {
    expect((await get(w.manager, 'to=2026-02-15')).month).toBe('2026-02');
    expect((await get(w.manager, 'to=2027-01-01')).month).toBe('2026-03');
  });

  it('when parameters or filters are bad, then 400 names them', async () => {
    for (const [q, field] of [['month=2026-13', 'month'], ['month=March', 'month'], ['from=2026-02-30', 'from'], ['tier_id=x', 'tier_id']]) {
      const res = await w.manager.get(`/api/analytics/value?${q}`).expect(400);
      expect(Object.keys(res.body.errors)).toEqual([field]);
    }
    for (const [name, value] of [['value_segment', 'vip'], ['value_flag', '2026-03:rich'], ['value_rf', '6:1'], ['value_moved', 'lost:new']]) {
      const res = await w.manager.get('/api/customers').query({ filter: JSON.stringify({ [name]: value }) }).expect(400);
      expect(Object.keys(res.body.errors)).toEqual([name]);
    }
  });

  it('when the value setting is bad, then 400 names the field; fixed cut points score by them', async () => {
    const bad = await w.manager.put('/api/care/settings/value').send({ method: 'median', frequent_visits: 0 }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['frequent_visits', 'method']);
    const cuts = await w.manager.put('/api/care/settings/value').send({ recency_days: [30, 90] }).expect(400);
    expect(Object.keys(cuts.body.errors)).toEqual(['recency_days']);
    await w.manager.put('/api/care/settings/value').send({ method: 'fixed' }).expect(200);
    try {
      await writeValueSnapshot(db, '2026-01', '2026-03-31');
      const s = await snapshot('2026-01');
      // recency ≤ 30/90/180/365 days, frequency ≥ 2/3/4/6, spend ≥ 2,000/5,000/10,000/30,000
      expect(['A', 'B', 'C', 'D', 'E'].map((k) => [s[k].r, s[k].f, s[k].m])).toEqual([[5, 1, 5], [4, 4, 3], [2, 1, 1], [1, 1, 1], [3, 1, 5]]);
    } finally {
      await w.manager.put('/api/care/settings/value').send({ method: 'quintile' }).expect(200);
      await db('customer_value_snapshots').where({ month: '2026-01' }).delete();
    }
  });

  it('when the job runs now, then this month and last are written, and a second run the same day changes nothing', async () => {
    const today = chinaDay(new Date());
    const first = (await w.manager.post('/api/care/jobs/customer-value/run').send({}).expect(200)).body;
    expect(JSON.stringify(first)).toContain(today.slice(0, 7));
    const rows = async () => db('customer_value_snapshots').where('month', '>=', '2026-04').orderBy(['month', 'customer_id'])
      .select('month', 'customer_id', 'r', 'f', 'm', 'segment', 'flags', 'monetary');
    const before = await rows();
    // G arrived in April 2026: scored from then on
    expect(before.filter((r) => r.month === today.slice(0, 7)).map((r) => Number(r.customer_id)).sort((a, b) => a - b)).toEqual(idsOf('A', 'B', 'C', 'D', 'E', 'G'));
    await w.manager.post('/api/care/jobs/customer-value/run').send({}).expect(200);
    expect(await rows()).toEqual(before);
    await w.sales.post('/api/care/jobs/customer-value/run').send({}).expect(403);
  });
});
