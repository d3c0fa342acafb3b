import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import type { ComplaintAnalysis } from '../../server/domain/analytics/complaintTypes.js';
import { loyaltyWorld, type World } from './loyalty.js';

/**
 * Complaint analysis (issue 8, part 5) over a hand-counted fixture: March 2026 as the range (months April 2025 –
 * March 2026), three customers, one of them a sales consultant's. All deadlines lie in the past, so every
 * complaint is judged on both clocks.
 */
describe('complaint analysis', () => {
  let w: World;
  let db: World['t']['db'];
  const stamp = '2026-01-01T00:00:00.000Z';
  const MARCH = 'from=2026-03-01&to=2026-03-31';

  const insert = async (table: string, row: Row): Promise<number> => {
    const [r] = await db(table).insert({ created_at: stamp, updated_at: stamp, ...row }).returning('id');
    return Number(typeof r === 'object' ? r.id : r);
  };
  const complaint = (customer: number, category: string, department: string | null, received: string, respondDue: string, responded: string | null, resolveDue: string, resolved: string | null) =>
    insert('complaints', {
      customer_id: customer, title: '投诉', channel: 'phone', category, department, severity: 'normal', description: '—',
      status: resolved ? 'resolved' : responded ? 'responded' : 'received',
      received_at: received, first_response_due_at: respondDue, responded_at: responded, resolve_due_at: resolveDue, resolved_at: resolved,
    });

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    const customer = (name: string, region: string, extra: Row = {}) =>
      insert('customers', { name, customer_type: 'owner', region, tier_id: w.tier.regular, ...extra });
    const a = await customer('甲', 'east', { owner_id: w.salesId });
    const b = await customer('乙', 'west');
    const c = await customer('丙', 'east');
    // answered in 4 h, resolved in 48 h: both in time
    await complaint(a, 'service', 'service', '2026-03-02T01:00:00.000Z', '2026-03-03T01:00:00.000Z', '2026-03-02T05:00:00.000Z', '2026-03-06T01:00:00.000Z', '2026-03-04T01:00:00.000Z');
    // answered late (48 h), never resolved, past its deadline
    await complaint(b, 'service', 'sales', '2026-03-05T01:00:00.000Z', '2026-03-06T01:00:00.000Z', '2026-03-07T01:00:00.000Z', '2026-03-10T01:00:00.000Z', null);
    // never answered, no department yet
    await complaint(c, 'product', null, '2026-03-08T01:00:00.000Z', '2026-03-09T01:00:00.000Z', null, '2026-03-12T01:00:00.000Z', null);
    await complaint(a, 'product', 'service', '2026-01-10T01:00:00.000Z', '2026-01-11T01:00:00.000Z', '2026-01-10T03:00:00.000Z', '2026-01-15T01:00:00.000Z', '2026-01-12T01:00:00.000Z');
    // 1 April in China: outside March and outside the months
    await complaint(a, 'service', 'service', '2026-03-31T17:00:00.000Z', '2026-04-01T17:00:00.000Z', null, '2026-04-05T17:00:00.000Z', null);
  });
  afterAll(async () => w.t.drop());

  const get = async (api: World['admin'], query: string): Promise<ComplaintAnalysis> => (await api.get(`/api/analytics/complaints?${query}`).expect(200)).body;
  const sla = (r: { count: number; response_judged: number; response_met: number; resolve_judged: number; resolve_met: number }) =>
    [r.count, r.response_judged, r.response_met, r.resolve_judged, r.resolve_met];

  it('when a manager opens March 2026, then totals, medians, categories, departments and months match the fixture', async () => {
    const d = await get(w.manager, MARCH);
    expect(d).toMatchObject({ from: '2026-03-01', to: '2026-03-31', scope: 'department' });
    expect(sla(d.totals)).toEqual([3, 3, 1, 3, 1]);
    expect(d.totals).toMatchObject({ response_rate: 1 / 3, resolve_rate: 1 / 3, median_response_hours: 26, median_resolve_hours: 48 });
    expect(d.by_category.map((g) => [g.code, ...sla(g)])).toEqual([['service', 2, 2, 1, 2, 1], ['product', 1, 1, 0, 1, 0]]);
    expect(d.by_category[0].drill).toEqual({
      resource: 'complaints', filter: { category: 'service', received_at_gte: '2026-03-01T00:00:00+08:00', received_at_lt: '2026-04-01T00:00:00+08:00' },
    });
    expect(d.by_department.map((g) => [g.code, g.count, g.response_rate])).toEqual([['sales', 1, 0], ['service', 1, 1], [null, 1, 0]]);
    expect(d.by_department[2].drill.filter).toMatchObject({ department_null: true });
    expect(d.by_month.map((m) => m.month)).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    const month = (m: string) => d.by_month.find((x) => x.month === m);
    expect(sla(month('2026-01')!)).toEqual([1, 1, 1, 1, 1]);
    expect(sla(month('2026-02')!)).toEqual([0, 0, 0, 0, 0]);
    expect(month('2026-02')!.response_rate).toBeNull();
    expect(sla(month('2026-03')!)).toEqual([3, 3, 1, 3, 1]);
    expect(month('2026-01')!.drill.filter).toEqual({ received_at_gte: '2026-01-01T00:00:00+08:00', received_at_lt: '2026-02-01T00:00:00+08:00' });
  });

  it('when a sales consultant opens it, then only their own customers\' complaints count, whatever owner they ask for', async () => {
    const d = await get(w.sales, `${MARCH}&owner_id=999999`);
    expect(d.scope).toBe('own');
    expect(sla(d.totals)).toEqual([1, 1, 1, 1, 1]);
    expect(d.totals).toMatchObject({ median_response_hours: 4, median_resolve_hours: 48 });
    expect(d.by_month.filter((m) => m.count > 0).map((m) => [m.month, m.count])).toEqual([['2026-01', 1], ['2026-03', 1]]);
  });

  it('when filtered to a region, then only that region\'s customers\' complaints count', async () => {
    const d = await get(w.manager, `${MARCH}&region=west`);
    expect(sla(d.totals)).toEqual([1, 1, 0, 1, 0]);
    expect(d.by_category.map((g) => g.code)).toEqual(['service']);
  });

  it('when a manager narrows to a tier or a consultant, then only those customers\' complaints count', async () => {
    expect((await get(w.manager, `${MARCH}&tier_id=${w.tier.regular}`)).totals.count).toBe(3);
    expect((await get(w.manager, `${MARCH}&tier_id=${w.tier.gold}`)).totals.count).toBe(0);
    const own = await get(w.manager, `${MARCH}&owner_id=${w.salesId}`);
    expect(own).toMatchObject({ scope: 'department' });
    expect(own.totals.count).toBe(1);
  });

  it('when the range or region is malformed, then 400 names the parameter', async () => {
    expect((await w.manager.get('/api/analytics/complaints?from=2026-02-30').expect(400)).body).toMatchObject({ errors: { from: expect.anything() } });
    expect((await w.manager.get('/api/analytics/complaints?from=2026-03-10&to=2026-03-01').expect(400)).body).toMatchObject({ errors: { to: expect.anything() } });
    await w.manager.get(`/api/analytics/complaints?region=${'x'.repeat(61)}`).expect(400);
  });
});
