import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import type { ProspectAnalysis, ProspectDrill, ProspectGroup } from '../../server/domain/analytics/prospectTypes.js';
import { loyaltyWorld, type World } from './loyalty.js';
import { userOf } from './actors.js';

/**
 * Prospects (A卡) report (issue 8, part 2) over a hand-counted fixture: March 2026 as the range (months April
 * 2025 – March 2026). Five cards opened in March (three of them the sales consultant's), one in January, one on
 * 1 April China time. Converted: an owner, a fleet customer, a "prospect" with a vehicle on record and an owner
 * whose car was bought before the card was opened (converted, but left out of the median days).
 */
describe('prospect analysis', () => {
  let w: World;
  let db: World['t']['db'];
  let managerId: number;
  const MARCH = 'from=2026-03-01&to=2026-03-31';

  const insert = async (table: string, row: Row): Promise<number> => {
    const stamp = typeof row.created_at === 'string' ? row.created_at : '2026-01-01T00:00:00.000Z';
    const [r] = await db(table).insert({ created_at: stamp, updated_at: stamp, ...row }).returning('id');
    return Number(typeof r === 'object' ? r.id : r);
  };
  const card = (name: string, type: string, created: string, extra: Row) =>
    insert('customers', { name, customer_type: type, created_at: created, tier_id: w.tier.regular, ...extra });
  const bought = (customer: number, day: string) => insert('vehicles', { customer_id: customer, model: 'sedan_a', purchase_date: day });

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    managerId = (await userOf(db, 'cs_manager')).id;
    const own = { owner_id: w.salesId };
    await card('甲', 'prospect', '2026-03-02T02:00:00.000Z', {
      ...own, visit_reason: 'first_look', source: 'walk_in', intended_model: 'suv_compact', region: 'east', intended_purchase: 'within_3_months', intended_purchase_type: 'new' });
    // 04:00 on 5 March in China: 10 days to the purchase (11 if the card's day were taken in UTC)
    const b = await card('乙', 'owner', '2026-03-04T20:00:00.000Z', {
      ...own, visit_reason: 'test_drive', source: 'website', intended_model: 'suv_compact', region: 'east', intended_purchase: 'within_1_month', intended_purchase_type: 'new' });
    await bought(b, '2026-03-15');
    // still typed a prospect, but a vehicle is on record: converted, first purchase after 20 days
    const c = await card('丙', 'prospect', '2026-03-10T01:00:00.000Z', {
      visit_reason: 'first_look', source: 'website', intended_model: 'sedan_a', region: 'west', intended_purchase: 'within_1_month', intended_purchase_type: 'replacement' });
    await bought(c, '2026-05-01');
    await bought(c, '2026-03-30');
    await card('丁', 'fleet', '2026-03-20T01:00:00.000Z', {
      owner_id: managerId, source: 'fleet_tender', intended_model: 'mpv', region: 'west', intended_purchase_type: 'additional' });
    // the car was bought years before the card: converted, no days to count
    const g = await card('戊', 'owner', '2026-03-25T01:00:00.000Z', {
      ...own, visit_reason: 'service_visit', source: 'referral', intended_model: 'sedan_b', region: 'east', intended_purchase: 'within_6_months', intended_purchase_type: 'additional' });
    await bought(g, '2020-06-01');
    const e = await card('己', 'owner', '2026-01-15T01:00:00.000Z', { ...own, visit_reason: 'first_look', region: 'east' });
    await bought(e, '2026-01-20');
    // 1 April in China: outside March and outside the months
    await card('庚', 'prospect', '2026-03-31T17:00:00.000Z', { ...own, visit_reason: 'first_look', region: 'east' });
  });
  afterAll(async () => w.t.drop());

  const get = async (api: World['admin'], query: string): Promise<ProspectAnalysis> => (await api.get(`/api/analytics/prospects?${query}`).expect(200)).body;
  const row = (g: ProspectGroup) => [g.code, g.opened, g.converted, g.median_days];
  const listed = async (api: World['admin'], drill: ProspectDrill): Promise<string[]> =>
    ((await api.get(`/api/customers?filter=${encodeURIComponent(JSON.stringify(drill.filter))}`).expect(200)).body as { name: string }[]).map((c) => c.name).sort();

  it('when a manager opens March 2026, then totals and every breakdown match the fixture', async () => {
    const d = await get(w.manager, MARCH);
    expect(d).toMatchObject({ from: '2026-03-01', to: '2026-03-31', scope: 'department' });
    expect(d.totals).toMatchObject({ opened: 5, prospects: 1, converted: 4, conversion_rate: 0.8, median_days: 15 });
    expect(d.by_visit_reason.map(row)).toEqual([['first_look', 2, 1, 20], ['service_visit', 1, 1, null], ['test_drive', 1, 1, 10], [null, 1, 1, null]]);
    expect(d.by_source.map(row)).toEqual([['website', 2, 2, 15], ['fleet_tender', 1, 1, null], ['referral', 1, 1, null], ['walk_in', 1, 0, null]]);
    expect(d.by_owner.map(row)).toEqual([[String(w.salesId), 3, 2, 10], [String(managerId), 1, 1, null], [null, 1, 1, 20]]);
    expect(d.by_owner[0].name).toBe('test.sales_consultant');
    expect(d.by_model.map(row)).toEqual([['suv_compact', 2, 1, 10], ['mpv', 1, 1, null], ['sedan_a', 1, 1, 20], ['sedan_b', 1, 1, null]]);
    expect(d.by_region.map(row)).toEqual([['east', 3, 2, 10], ['west', 2, 2, 20]]);
    expect(d.by_purchase_time.map(row)).toEqual([['within_1_month', 2, 2, 15], ['within_3_months', 1, 0, null], ['within_6_months', 1, 1, null], [null, 1, 1, null]]);
    expect(d.by_purchase_type.map(row)).toEqual([['new', 2, 1, 10], ['replacement', 1, 1, 20], ['additional', 2, 2, null]]);
    expect(d.by_region[0]).toMatchObject({ prospects: 1, conversion_rate: 2 / 3 });
    expect(d.by_month.map((m) => m.month)).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    const month = (m: string) => d.by_month.find((x) => x.month === m)!;
    expect([month('2026-01').opened, month('2026-01').converted, month('2026-01').median_days]).toEqual([1, 1, 5]);
    expect(month('2026-02')).toMatchObject({ opened: 0, converted: 0, conversion_rate: null, median_days: null });
    expect([month('2026-03').opened, month('2026-03').converted]).toEqual([5, 4]);
  });

  it('when a group\'s drill filters are passed to the customers list, then they return exactly the customers counted', async () => {
    const d = await get(w.manager, MARCH);
    expect(d.by_visit_reason[0].drill).toEqual({
      resource: 'customers', filter: { visit_reason: 'first_look', created_at_gte: '2026-03-01T00:00:00+08:00', created_at_lt: '2026-04-01T00:00:00+08:00' },
    });
    expect(await listed(w.manager, d.totals.drill)).toEqual(['丁', '丙', '乙', '戊', '甲']);
    expect(await listed(w.manager, d.totals.converted_drill)).toEqual(['丁', '丙', '乙', '戊']);
    expect(await listed(w.manager, { resource: 'customers', filter: { ...d.totals.drill.filter, converted: 'no' } })).toEqual(['甲']);
    const groups = [d.by_visit_reason, d.by_source, d.by_owner, d.by_model, d.by_region, d.by_purchase_time, d.by_purchase_type, d.by_month].flat();
    for (const g of groups) {
      expect((await listed(w.manager, g.drill)).length).toBe(g.opened);
      expect((await listed(w.manager, g.converted_drill)).length).toBe(g.converted);
    }
    expect(await listed(w.manager, d.by_purchase_time[3].drill)).toEqual(['丁']);
  });

  it('when a sales consultant opens it, then only their own cards count, whatever owner they ask for', async () => {
    const d = await get(w.sales, `${MARCH}&owner_id=${managerId}`);
    expect(d.scope).toBe('own');
    expect(d.totals).toMatchObject({ opened: 3, converted: 2, prospects: 1, median_days: 10 });
    expect(d.by_owner.map(row)).toEqual([[String(w.salesId), 3, 2, 10]]);
    expect(d.by_month.filter((m) => m.opened > 0).map((m) => [m.month, m.opened])).toEqual([['2026-01', 1], ['2026-03', 3]]);
    expect(d.totals.drill.filter).toMatchObject({ owner_id: w.salesId });
    expect(await listed(w.sales, d.totals.drill)).toEqual(['乙', '戊', '甲']);
  });

  it('when filtered to a region, then only that region\'s cards count and the drill keeps the region', async () => {
    const d = await get(w.manager, `${MARCH}&region=west`);
    expect(d.totals).toMatchObject({ opened: 2, converted: 2, median_days: 20 });
    expect(d.by_region.map((g) => g.code)).toEqual(['west']);
    expect(await listed(w.manager, d.by_model[0].drill)).toEqual([d.by_model[0].code === 'mpv' ? '丁' : '丙']);
  });

  it('when a parameter is malformed, then 400 names it; the list refuses a bad converted value', async () => {
    expect((await w.manager.get('/api/analytics/prospects?from=2026-02-30').expect(400)).body).toMatchObject({ errors: { from: expect.anything() } });
    expect((await w.manager.get('/api/analytics/prospects?owner_id=abc').expect(400)).body).toMatchObject({ errors: { owner_id: expect.anything() } });
    expect((await w.manager.get('/api/analytics/prospects?from=2026-03-10&to=2026-03-01').expect(400)).body).toMatchObject({ errors: { to: expect.anything() } });
    const bad = encodeURIComponent(JSON.stringify({ converted: 'maybe' }));
    expect((await w.manager.get(`/api/customers?filter=${bad}`).expect(400)).body).toMatchObject({ errors: { converted: expect.anything() } });
  });
});
