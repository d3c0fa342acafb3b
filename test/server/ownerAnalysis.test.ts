import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import type { OwnerComposition, OwnerDrill, OwnerFlow, OwnerLoyaltyReport } from '../../server/domain/analytics/ownerTypes.js';
import { loyaltyWorld, type World } from './loyalty.js';

/**
 * 保有客户（C卡）分析 (issue 8, part 3) over a hand-counted fixture: Q1 2026 as the range (months April 2025 –
 * March 2026), the churn rule's 6 months without a visit (the default).
 *
 *   owner  type   region    industry  vehicles (model, bought, how)                     visits (day, amount)  referred by
 *   A      owner  chaoyang  it        sedan_a 2025-06-10 new; suv_compact 2026-02-05 add  2026-01-15 500 (sedan_a)
 *   B      owner  haidian   –         sedan_a 2026-03-03 new                              –
 *   C      fleet  chaoyang  it        ev ×2 2024-01-01 new (bought at once)               2025-09-20 300 (ev)
 *   D      owner  haidian   retail    sedan_a 2023-05-01 new; sedan_b 2025-12-20 new      2025-05-10 200 (sedan_a)
 *   F      owner  chaoyang  it        ev 2026-03-15 new                                   2026-03-20 150 (ev)       A, opened 2026-01-20
 *   E      prospect chaoyang                                                                                       A, opened 2026-02-10
 *   G      prospect haidian                                                                                        D, opened 2025-10-01
 *   H      prospect haidian                                                                                        E, opened 2026-03-01
 * A, E and F belong to the sales consultant.
 */
describe('owner (C卡) analysis', () => {
  let w: World;
  let db: World['t']['db'];
  const stamp = '2026-01-01T00:00:00.000Z';
  const Q1 = 'from=2026-01-01&to=2026-03-31';
  const id: Record<string, number> = {};
  const name = new Map<number, string>();

  const insert = async (table: string, row: Row): Promise<number> => {
    const [r] = await db(table).insert({ created_at: stamp, updated_at: stamp, ...row }).returning('id');
    return Number(typeof r === 'object' ? r.id : r);
  };
  const customer = async (key: string, row: Row) => {
    id[key] = await insert('customers', { name: `客户${key}`, tier_id: w.tier.regular, ...row });
    name.set(id[key], key);
  };
  const vehicle = (key: string, model: string, bought: string, how = 'new') =>
    insert('vehicles', { customer_id: id[key], model, purchase_date: bought, purchase_type: how });
  const visit = (key: string, vehicleId: number, day: string, amount: number) =>
    insert('service_visits', { customer_id: id[key], vehicle_id: vehicleId, visit_date: day, visit_type: 'maintenance', amount });

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    const sales = { owner_id: w.salesId };
    await customer('A', { customer_type: 'owner', region: 'chaoyang', industry: 'it', last_visit_date: '2026-01-15', ...sales });
    await customer('B', { customer_type: 'owner', region: 'haidian' });
    await customer('C', { customer_type: 'fleet', region: 'chaoyang', industry: 'it', last_visit_date: '2025-09-20' });
    await customer('D', { customer_type: 'owner', region: 'haidian', industry: 'retail', last_visit_date: '2025-05-10' });
    await customer('F', { customer_type: 'owner', region: 'chaoyang', industry: 'it', last_visit_date: '2026-03-20', referred_by_id: id.A, created_at: '2026-01-20T02:00:00.000Z', ...sales });
    await customer('E', { customer_type: 'prospect', region: 'chaoyang', referred_by_id: id.A, created_at: '2026-02-10T02:00:00.000Z', ...sales });
    await customer('G', { customer_type: 'prospect', region: 'haidian', referred_by_id: id.D, created_at: '2025-10-01T02:00:00.000Z' });
    await customer('H', { customer_type: 'prospect', region: 'haidian', referred_by_id: id.E, created_at: '2026-03-01T02:00:00.000Z' });
    const a1 = await vehicle('A', 'sedan_a', '2025-06-10');
    await vehicle('A', 'suv_compact', '2026-02-05', 'additional');
    await vehicle('B', 'sedan_a', '2026-03-03');
    const c1 = await vehicle('C', 'ev', '2024-01-01');
    await vehicle('C', 'ev', '2024-01-01');
    const d1 = await vehicle('D', 'sedan_a', '2023-05-01');
    await vehicle('D', 'sedan_b', '2025-12-20');
    const f1 = await vehicle('F', 'ev', '2026-03-15');
    await visit('A', a1, '2026-01-15', 500);
    await visit('C', c1, '2025-09-20', 300);
    await visit('D', d1, '2025-05-10', 200);
    await visit('F', f1, '2026-03-20', 150);
  });
  afterAll(async () => w.t.drop());

  const owners = async (api: World['admin'], query: string): Promise<OwnerComposition> => (await api.get(`/api/analytics/owners?${query}`).expect(200)).body;
  const flow = async (api: World['admin'], query: string): Promise<OwnerFlow> => (await api.get(`/api/analytics/flow?${query}`).expect(200)).body;
  const loyalty = async (api: World['admin'], query: string): Promise<OwnerLoyaltyReport> => (await api.get(`/api/analytics/loyalty?${query}`).expect(200)).body;
  /** the customers a drill opens, by fixture letter, as the given agent's list shows them */
  const opened = async (drill: OwnerDrill, api: World['admin'] = w.manager): Promise<string[]> => {
    const res = await api.get('/api/customers').query({ filter: JSON.stringify(drill.filter), range: '[0,99]' }).expect(200);
    return (res.body as Row[]).map((r) => name.get(Number(r.id)) ?? `#${String(r.id)}`).sort();
  };

  it('when a manager opens the composition for Q1 2026, then owners by type, model, region and industry match the fixture', async () => {
    const d = await owners(w.manager, Q1);
    expect(d).toMatchObject({ from: '2026-01-01', to: '2026-03-31', scope: 'department' });
    expect([d.totals.owners.count, d.totals.vehicles, d.totals.serviced.count, d.totals.revenue]).toEqual([5, 8, 2, 650]);
    const rows = (groups: OwnerComposition['by_type']) => groups.map((g) => [g.code, g.owners.count, g.serviced.count, g.revenue]);
    expect(rows(d.by_type)).toEqual([['owner', 4, 2, 650], ['fleet', 1, 0, 0]]);
    expect(d.by_type[0].share).toBe(0.8);
    expect(rows(d.by_region)).toEqual([['chaoyang', 3, 2, 650], ['haidian', 2, 0, 0]]);
    expect(rows(d.by_industry)).toEqual([['it', 3, 2, 650], ['retail', 1, 0, 0], [null, 1, 0, 0]]);
    expect(d.by_model.map((m) => [m.code, m.vehicles, m.owners.count, m.serviced.count, m.visits, m.revenue])).toEqual([
      ['ev', 3, 2, 1, 1, 150], ['sedan_a', 3, 3, 1, 1, 500], ['sedan_b', 1, 1, 0, 0, 0], ['suv_compact', 1, 1, 0, 0, 0]]);
  });

  it('when the composition\'s numbers are drilled, then the customers list shows exactly the owners counted', async () => {
    const d = await owners(w.manager, Q1);
    expect(await opened(d.totals.owners.drill)).toEqual(['A', 'B', 'C', 'D', 'F']);
    expect(await opened(d.totals.serviced.drill)).toEqual(['A', 'F']);
    expect(await opened(d.by_type[1].owners.drill)).toEqual(['C']);
    expect(await opened(d.by_industry[2].owners.drill)).toEqual(['B']);
    expect(await opened(d.by_model[0].owners.drill)).toEqual(['C', 'F']);
    expect(await opened(d.by_model[1].serviced.drill)).toEqual(['A']);
  });

  it('when a manager opens the flow, then gained, lost, net and the base at each month end match the fixture', async () => {
    const d = await flow(w.manager, Q1);
    expect(d.no_visit_months).toBe(6);
    expect(d.months.map((m) => m.month)).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    expect(d.months.map((m) => [m.gained.count, m.lost.count, m.net, m.base.count])).toEqual([
      [0, 0, 0, 2], [0, 0, 0, 2], [1, 0, 1, 3], [0, 0, 0, 3], [0, 0, 0, 3], [0, 0, 0, 3], [0, 0, 0, 3],
      [0, 1, -1, 2], [0, 0, 0, 2], [0, 0, 0, 2], [0, 0, 0, 2], [2, 1, 1, 3]]);
    expect([d.totals.gained.count, d.totals.lost.count, d.totals.net]).toEqual([2, 1, 1]);
  });

  it('when a flow bar or the base is drilled, then the customers list shows exactly the owners counted', async () => {
    const d = await flow(w.manager, Q1);
    const month = (m: string) => d.months.find((x) => x.month === m)!;
    expect(await opened(month('2026-03').gained.drill)).toEqual(['B', 'F']);
    expect(await opened(month('2026-03').lost.drill)).toEqual(['C']);
    expect(await opened(month('2025-11').lost.drill)).toEqual(['D']);
    expect(await opened(month('2026-03').base.drill)).toEqual(['A', 'B', 'F']);
    expect(await opened(month('2025-10').base.drill)).toEqual(['A', 'C', 'D']);
    expect(await opened(d.totals.gained.drill)).toEqual(['B', 'F']);
    expect(await opened(d.totals.lost.drill)).toEqual(['C']);
  });

  it('when a manager opens loyalty, then repurchase, referrals and retention match the fixture and drill to their customers', async () => {
    const { repurchase, referrals, retention } = await loyalty(w.manager, Q1);
    // D bought again on a later day; C's two cars bought at once are one purchase
    expect([repurchase.owners.count, repurchase.repeat.count, repurchase.rate, repurchase.in_range.count]).toEqual([5, 2, 0.4, 1]);
    expect(await opened(repurchase.repeat.drill)).toEqual(['A', 'D']);
    expect(await opened(repurchase.in_range.drill)).toEqual(['A']);
    // G was opened before the range; H was referred by a prospect
    expect([referrals.referred.count, referrals.bought.count, referrals.referrers.count]).toEqual([2, 1, 1]);
    expect(await opened(referrals.referred.drill)).toEqual(['E', 'F']);
    expect(await opened(referrals.bought.drill)).toEqual(['F']);
    expect(await opened(referrals.referrers.drill)).toEqual(['A']);
    expect(referrals.top.map((t) => [name.get(t.id), t.referred.count, t.bought])).toEqual([['A', 2, 1]]);
    expect(await opened(referrals.top[0].referred.drill)).toEqual(['E', 'F']);
    // a visit in April 2025 – March 2026: A, C, D, F (the dashboard's loyalty)
    expect([retention.owners.count, retention.retained.count, retention.rate]).toEqual([5, 4, 0.8]);
    expect(await opened(retention.retained.drill)).toEqual(['A', 'C', 'D', 'F']);
    expect(await opened(retention.owners.drill)).toEqual(['A', 'B', 'C', 'D', 'F']);
    // owners at each month's end: C and D all along, A from June 2025, B and F from March 2026
    expect(retention.months.map((m) => m.owners)).toEqual([2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5]);
    expect(retention.months.map((m) => m.retained)).toEqual([0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4]);
  });

  it('when a sales consultant opens the report, then only their own customers count, whatever owner they ask for', async () => {
    const d = await owners(w.sales, `${Q1}&owner_id=999999`);
    expect(d.scope).toBe('own');
    expect([d.totals.owners.count, d.totals.serviced.count, d.totals.revenue]).toEqual([2, 2, 650]);
    expect(await opened(d.totals.owners.drill, w.sales)).toEqual(['A', 'F']);
    const f = await flow(w.sales, `${Q1}&owner_id=999999`);
    expect(f.months.filter((m) => m.gained.count || m.lost.count).map((m) => [m.month, m.gained.count, m.lost.count])).toEqual([['2025-06', 1, 0], ['2026-03', 1, 0]]);
    expect(f.months[11].base.count).toBe(2);
    expect(await opened(f.months[11].base.drill, w.sales)).toEqual(['A', 'F']);
    const l = await loyalty(w.sales, `${Q1}&owner_id=999999`);
    expect(l.scope).toBe('own');
    expect([l.repurchase.repeat.count, l.referrals.referred.count, l.retention.retained.count]).toEqual([1, 2, 2]);
    expect(await opened(l.referrals.referred.drill, w.sales)).toEqual(['E', 'F']);
  });

  it('when filtered to a region, then only that region\'s owners count', async () => {
    const f = await flow(w.manager, `${Q1}&region=haidian`);
    expect(f.months.filter((m) => m.gained.count || m.lost.count).map((m) => [m.month, m.gained.count, m.lost.count])).toEqual([['2025-11', 0, 1], ['2026-03', 1, 0]]);
    expect((await owners(w.manager, `${Q1}&region=haidian`)).by_type.map((g) => [g.code, g.owners.count])).toEqual([['owner', 2]]);
  });

  it('when a parameter or a drill filter is malformed, then 400 names it', async () => {
    expect((await w.manager.get('/api/analytics/owners?from=2026-02-30').expect(400)).body).toMatchObject({ errors: { from: expect.anything() } });
    expect((await w.manager.get('/api/analytics/flow?from=2026-03-10&to=2026-03-01').expect(400)).body).toMatchObject({ errors: { to: expect.anything() } });
    await w.manager.get('/api/analytics/loyalty?tier_id=abc').expect(400);
    const bad = async (filter: Row, key: string) => expect((await w.manager.get('/api/customers').query({ filter: JSON.stringify(filter) }).expect(400)).body)
      .toMatchObject({ errors: { [key]: expect.anything() } });
    await bad({ first_purchase_between: ['2026-03-01'] }, 'first_purchase_between');
    await bad({ first_purchase_by: '2026-13-01' }, 'first_purchase_by');
    await bad({ visited_between: ['2026-03-31', '2026-03-01'] }, 'visited_between');
    await bad({ visited_between: ['2026-03-01', '2026-03-31', 'no such model!'] }, 'visited_between');
    await bad({ repurchased: 'maybe' }, 'repurchased');
    await bad({ referred_by_owner: 'no' }, 'referred_by_owner');
    await bad({ not_lapsed_since: 'yesterday' }, 'not_lapsed_since');
  });
});
