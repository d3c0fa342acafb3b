import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import type { Dashboard, Kpi, KpiKey } from '../../server/domain/analytics/types.js';
import { loyaltyWorld, type World } from './loyalty.js';

/**
 * The dashboard's KPIs (issue 8, part 1) over a small fixture whose every number is worked out by hand: March 2026
 * as the period (trend April 2025 – March 2026), three owners and a prospect, one of them a sales consultant's.
 */
describe('dashboard KPIs', () => {
  let w: World;
  let db: World['t']['db'];
  const c: Record<'a' | 'b' | 'c' | 'd', number> = { a: 0, b: 0, c: 0, d: 0 };
  const stamp = '2026-01-01T00:00:00.000Z';
  const MARCH = 'from=2026-03-01&to=2026-03-31';

  const insert = async (table: string, row: Row): Promise<number> => {
    const [r] = await db(table).insert({ created_at: stamp, updated_at: stamp, ...row }).returning('id');
    return Number(typeof r === 'object' ? r.id : r);
  };
  const followUp = (customer: number, due: string, status: string, done: string | null = null, score: number | null = null) =>
    insert('follow_ups', { customer_id: customer, reason: 'after_service', channel: 'phone', status, due_date: due, done_date: done, overall_score: score });
  const complaint = (customer: number, received: string, due: string, responded: string | null) =>
    insert('complaints', {
      customer_id: customer, title: '投诉', channel: 'phone', category: 'service', severity: 'normal', description: '—', status: responded ? 'responded' : 'received',
      received_at: received, first_response_due_at: due, responded_at: responded,
    });

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    const customer = (name: string, type: string, region: string, lastVisit: string | null, extra: Row = {}) =>
      insert('customers', { name, customer_type: type, region, last_visit_date: lastVisit, tier_id: w.tier.regular, ...extra });
    c.a = await customer('甲', 'owner', 'east', '2026-03-10', { owner_id: w.salesId });
    c.b = await customer('乙', 'owner', 'west', '2025-09-15', { tier_id: w.tier.gold });
    c.c = await customer('丙', 'fleet', 'east', '2025-01-20');
    c.d = await customer('丁', 'prospect', 'east', null);
    // 乙 became an owner in June 2025: not counted among the owners of April and May
    await insert('vehicles', { customer_id: c.b, model: 'sedan_a', purchase_date: '2025-06-01', purchase_type: 'new' });
    for (const [id, day] of [[c.a, '2026-03-10'], [c.a, '2025-06-05'], [c.b, '2025-09-15'], [c.c, '2025-01-20']] as const) {
      await insert('service_visits', { customer_id: id, visit_date: day, visit_type: 'maintenance' });
    }
    await followUp(c.a, '2026-03-04', 'done', '2026-03-05', 5);
    await followUp(c.b, '2026-03-19', 'done', '2026-03-20', 4);
    await followUp(c.c, '2026-03-24', 'done', '2026-03-25', 2);
    await followUp(c.a, '2026-02-09', 'done', '2026-02-10', 3);
    await followUp(c.a, '2026-03-28', 'pending');
    await followUp(c.b, '2026-03-12', 'not_reached');
    await followUp(c.c, '2026-03-15', 'cancelled');
    const appointment = (customer: number, at: string, status: string) =>
      insert('appointments', { customer_id: customer, scheduled_at: at, appointment_type: 'maintenance', status });
    await appointment(c.a, '2026-03-10T02:00:00.000Z', 'arrived');
    await appointment(c.b, '2026-03-11T02:00:00.000Z', 'no_show');
    await appointment(c.c, '2026-03-12T02:00:00.000Z', 'cancelled');
    await appointment(c.a, '2026-03-20T02:00:00.000Z', 'scheduled');
    await appointment(c.b, '2026-02-28T17:00:00.000Z', 'arrived'); // 1 March, 01:00 in China
    await appointment(c.a, '2026-03-31T16:30:00.000Z', 'arrived'); // 1 April in China
    await complaint(c.a, '2026-03-02T01:00:00.000Z', '2026-03-03T01:00:00.000Z', '2026-03-02T05:00:00.000Z');
    await complaint(c.b, '2026-03-05T01:00:00.000Z', '2026-03-06T01:00:00.000Z', '2026-03-07T01:00:00.000Z');
    await complaint(c.c, '2026-03-08T01:00:00.000Z', '2026-03-09T01:00:00.000Z', null);
    await complaint(c.a, '2026-01-10T01:00:00.000Z', '2026-01-11T01:00:00.000Z', '2026-01-10T03:00:00.000Z');
  });
  afterAll(async () => w.t.drop());

  const get = async (api: World['admin'], query: string): Promise<Dashboard> => (await api.get(`/api/analytics/dashboard?${query}`).expect(200)).body;
  const kpi = (d: Dashboard, key: KpiKey): Kpi => {
    const found = d.kpis.find((k) => k.key === key);
    if (!found) throw new Error(`no ${key}`);
    return found;
  };
  const point = (k: Kpi, month: string) => k.trend.find((p) => p.month === month);
  const figures = (k: Kpi) => ({ value: k.value, count: k.count, met: k.met, on_target: k.on_target });

  it('when a manager opens March 2026, then the department\'s six KPIs match the fixture, with 12 trend months ending in March', async () => {
    const d = await get(w.manager, MARCH);
    expect(d).toMatchObject({ from: '2026-03-01', to: '2026-03-31', scope: 'department' });
    expect(d.kpis.map((k) => k.key)).toEqual(['satisfaction', 'loyalty', 'churn', 'appointment_success', 'complaint_response', 'follow_up_completion']);
    for (const k of d.kpis) expect(k.trend.map((p) => p.month)).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);

    expect(figures(kpi(d, 'satisfaction'))).toEqual({ value: 2 / 3, count: 3, met: 2, on_target: false });
    expect(point(kpi(d, 'satisfaction'), '2026-02')).toEqual({ month: '2026-02', value: 0, count: 1 });
    expect(kpi(d, 'satisfaction').target).toBe(0.9);

    expect(figures(kpi(d, 'loyalty'))).toEqual({ value: 2 / 3, count: 3, met: 2, on_target: false });
    expect(point(kpi(d, 'loyalty'), '2025-04')).toEqual({ month: '2025-04', value: 1 / 2, count: 2 });
    expect(point(kpi(d, 'loyalty'), '2025-06')).toEqual({ month: '2025-06', value: 2 / 3, count: 3 });
    expect(point(kpi(d, 'loyalty'), '2025-12')).toEqual({ month: '2025-12', value: 1, count: 3 });
    expect(point(kpi(d, 'loyalty'), '2026-01')).toEqual({ month: '2026-01', value: 2 / 3, count: 3 });

    const churn = kpi(d, 'churn');
    expect(figures(churn)).toEqual({ value: 1 / 3, count: 3, met: 1, on_target: false });
    expect(churn.lower_is_better).toBe(true);
    expect(point(churn, '2025-07')).toEqual({ month: '2025-07', value: 1 / 3, count: 3 });
    expect(point(churn, '2025-08')).toEqual({ month: '2025-08', value: 0, count: 3 });
    expect(churn.drill).toEqual({ resource: 'customers', filter: { customer_type: ['owner', 'fleet'], not_visited_months: 6 } });

    expect(figures(kpi(d, 'appointment_success'))).toEqual({ value: 0.5, count: 4, met: 2, on_target: false });
    expect(point(kpi(d, 'appointment_success'), '2026-02')).toEqual({ month: '2026-02', value: null, count: 0 });

    expect(figures(kpi(d, 'complaint_response'))).toEqual({ value: 1 / 3, count: 3, met: 1, on_target: false });
    expect(point(kpi(d, 'complaint_response'), '2026-01')).toEqual({ month: '2026-01', value: 1, count: 1 });

    expect(figures(kpi(d, 'follow_up_completion'))).toEqual({ value: 0.6, count: 5, met: 3, on_target: false });
    expect(point(kpi(d, 'follow_up_completion'), '2026-02')).toEqual({ month: '2026-02', value: 1, count: 1 });
    expect(kpi(d, 'satisfaction').drill).toEqual({
      resource: 'follow_ups', filter: { status: 'done', overall_score_lte: 3, done_date_gte: '2026-03-01', done_date_lte: '2026-03-31' },
    });
  });

  it('when a sales consultant opens it, then only their own customer counts, whatever owner they ask for', async () => {
    for (const query of [MARCH, `${MARCH}&owner_id=${w.salesId + 1000}`]) {
      const d = await get(w.sales, query);
      expect(d.scope).toBe('own');
      expect(figures(kpi(d, 'satisfaction'))).toEqual({ value: 1, count: 1, met: 1, on_target: true });
      expect(figures(kpi(d, 'loyalty'))).toEqual({ value: 1, count: 1, met: 1, on_target: true });
      expect(figures(kpi(d, 'churn'))).toEqual({ value: 0, count: 1, met: 0, on_target: true });
      expect(figures(kpi(d, 'appointment_success'))).toEqual({ value: 1, count: 1, met: 1, on_target: true });
      expect(figures(kpi(d, 'complaint_response'))).toEqual({ value: 1, count: 1, met: 1, on_target: true });
      expect(figures(kpi(d, 'follow_up_completion'))).toEqual({ value: 0.5, count: 2, met: 1, on_target: false });
      expect(kpi(d, 'churn').drill.filter).toMatchObject({ owner_id: w.salesId });
    }
  });

  it('when a manager filters by region, tier or owner, then only those customers\' records count', async () => {
    const east = await get(w.manager, `${MARCH}&region=east`);
    expect(figures(kpi(east, 'satisfaction'))).toEqual({ value: 0.5, count: 2, met: 1, on_target: false });
    expect(figures(kpi(east, 'loyalty'))).toEqual({ value: 0.5, count: 2, met: 1, on_target: false });
    expect(kpi(east, 'loyalty').drill.filter).toMatchObject({ region: 'east' });
    const gold = await get(w.manager, `${MARCH}&tier_id=${w.tier.gold}`);
    expect(figures(kpi(gold, 'churn'))).toEqual({ value: 1, count: 1, met: 1, on_target: false });
    expect(figures(kpi(gold, 'appointment_success'))).toEqual({ value: 0.5, count: 2, met: 1, on_target: false });
    const own = await get(w.manager, `${MARCH}&owner_id=${w.salesId}`);
    expect(own.scope).toBe('department');
    expect(figures(kpi(own, 'follow_up_completion'))).toEqual({ value: 0.5, count: 2, met: 1, on_target: false });
  });

  it('when the targets are changed in the care settings, then the tiles are judged against them', async () => {
    await w.manager.put('/api/care/settings/targets').send({ satisfaction: 0.6, follow_up_completion: 0.5 }).expect(200);
    await w.manager.put('/api/care/settings/appointments').send({ success_target_percent: 50 }).expect(200);
    const d = await get(w.manager, MARCH);
    expect([kpi(d, 'satisfaction').target, kpi(d, 'satisfaction').on_target]).toEqual([0.6, true]);
    expect([kpi(d, 'follow_up_completion').target, kpi(d, 'follow_up_completion').on_target]).toEqual([0.5, true]);
    expect([kpi(d, 'appointment_success').target, kpi(d, 'appointment_success').on_target]).toEqual([0.5, true]);
    await w.manager.put('/api/care/settings/targets').send({ churn: 2 }).expect(400);
  });

  it('when no period is given, then it is the last 30 days up to today (China time)', async () => {
    const d = await get(w.specialist, '');
    expect(d.scope).toBe('department');
    expect(Date.parse(`${d.to}T00:00:00Z`) - Date.parse(`${d.from}T00:00:00Z`)).toBe(29 * 86_400_000);
  });

  it.each([
    ['from=2026-02-30', 'from'], ['to=March', 'to'], ['from=2026-04-01&to=2026-03-01', 'to'],
    ['owner_id=abc', 'owner_id'], ['tier_id=0', 'tier_id'], ['region=a&region=b', 'region'],
  ])('when the query is %s, then 400 names %s', async (query, field) => {
    const res = await w.manager.get(`/api/analytics/dashboard?${query}`).expect(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });
});
