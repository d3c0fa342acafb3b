import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import type { SatisfactionReport } from '../../server/domain/analytics/satisfaction.js';
import { loyaltyWorld, type World } from './loyalty.js';

/**
 * Satisfaction by service item (issue 8, part 5) over a hand-worked fixture: March 2026 as the last month
 * (trend April 2025 – March 2026), three customers, one of them a sales consultant's.
 */
describe('satisfaction report', () => {
  let w: World;
  let db: World['t']['db'];
  const stamp = '2026-01-01T00:00:00.000Z';
  const MARCH = 'from=2026-03-01&to=2026-03-31';

  const insert = async (table: string, row: Row): Promise<number> => {
    const [r] = await db(table).insert({ created_at: stamp, updated_at: stamp, ...row }).returning('id');
    return Number(typeof r === 'object' ? r.id : r);
  };
  const followUp = (customer: number, status: string, done: string | null, score: number | null, scores: Record<string, unknown> | null) =>
    insert('follow_ups', {
      customer_id: customer, reason: 'after_service', channel: 'phone', status, due_date: done ?? '2026-03-01', done_date: done,
      overall_score: score, scores: scores ? JSON.stringify(scores) : null,
    });
  const get = async (api: World['admin'], query: string): Promise<SatisfactionReport> =>
    (await api.get(`/api/analytics/satisfaction?${query}`).expect(200)).body;
  const item = (r: SatisfactionReport, code: string, month: string) =>
    r.items.find((i) => i.code === code)?.months.find((m) => m.month === month);
  const overall = (r: SatisfactionReport, month: string) => r.overall.find((m) => m.month === month);

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    // the service items this report reads, whatever the test database was seeded with
    for (const [code, order] of [['reception', 1], ['repair_quality', 2]] as const) {
      if (!(await db('lookups').where({ type: 'service_item', code }).first())) {
        await insert('lookups', { type: 'service_item', code, label_zh: code, label_en: code, sort_order: order });
      }
    }
    const customer = (name: string, region: string, extra: Row = {}) => insert('customers', { name, customer_type: 'owner', region, tier_id: w.tier.regular, ...extra });
    const a = await customer('甲', 'east', { owner_id: w.salesId });
    const b = await customer('乙', 'west');
    await followUp(a, 'done', '2026-03-05', 5, { reception: 5, repair_quality: 4 });
    await followUp(b, 'done', '2026-03-20', 2, { reception: 2, repair_quality: 3, unknown_item: 1 });
    await followUp(b, 'done', '2026-03-31', 4, { reception: 4, repair_quality: 9 }); // 9 is out of range: skipped
    await followUp(a, 'done', '2026-02-10', 3, { reception: 3 });
    await followUp(a, 'done', '2025-03-31', 1, { reception: 1 }); // before the 12 months
    await followUp(b, 'pending', null, null, null);
    await followUp(b, 'done', '2026-03-15', null, null); // done without a score: not counted
  });
  afterAll(async () => w.t.drop());

  it('when a manager opens March, then each item is averaged per month and CSAT is the share of 4–5', async () => {
    const r = await get(w.manager, MARCH);
    expect(r.months).toHaveLength(12);
    expect(r.months[0]).toBe('2025-04');
    expect(r.months[11]).toBe('2026-03');
    expect(r.scope).toBe('department');
    expect(item(r, 'reception', '2026-03')).toEqual({ month: '2026-03', average: 3.67, count: 3 });
    expect(item(r, 'repair_quality', '2026-03')).toEqual({ month: '2026-03', average: 3.5, count: 2 });
    expect(item(r, 'reception', '2026-02')).toEqual({ month: '2026-02', average: 3, count: 1 });
    expect(item(r, 'repair_quality', '2026-02')).toEqual({ month: '2026-02', average: null, count: 0 });
    expect(r.items.some((i) => i.code === 'unknown_item')).toBe(false);
    expect(overall(r, '2026-03')).toMatchObject({ count: 3, average: 3.67 });
    expect(overall(r, '2026-03')?.csat).toBeCloseTo(2 / 3, 10);
    expect(overall(r, '2026-02')).toMatchObject({ count: 1, csat: 0, average: 3 });
    expect(overall(r, '2025-04')).toMatchObject({ count: 0, csat: null, average: null });
    expect(r.rows_read).toBe(4);
    expect(r.target).toBe(0.9);
    expect(overall(r, '2026-02')?.drill).toEqual({
      resource: 'follow_ups', filter: { status: 'done', overall_score_lte: 3, done_date_gte: '2026-02-01', done_date_lte: '2026-02-28' },
    });
  });

  it('when a sales consultant opens it, then only their own customers count, whatever owner they ask for', async () => {
    for (const query of [MARCH, `${MARCH}&owner_id=${w.salesId + 1000}`]) {
      const r = await get(w.sales, query);
      expect(r.scope).toBe('own');
      expect(item(r, 'reception', '2026-03')).toEqual({ month: '2026-03', average: 5, count: 1 });
      expect(overall(r, '2026-03')).toMatchObject({ count: 1, csat: 1 });
      expect(overall(r, '2026-02')).toMatchObject({ count: 1, csat: 0 });
    }
  });

  it('when a region is chosen, then only that region\'s customers count', async () => {
    const r = await get(w.manager, `${MARCH}&region=west`);
    expect(item(r, 'reception', '2026-03')).toEqual({ month: '2026-03', average: 3, count: 2 });
    expect(overall(r, '2026-02')).toMatchObject({ count: 0, csat: null });
  });

  it('when the parameters are wrong, then 400 names each one', async () => {
    const bad = async (query: string, field: string) => {
      const res = await w.manager.get(`/api/analytics/satisfaction?${query}`).expect(400);
      expect(JSON.stringify(res.body)).toContain(field);
    };
    await bad('from=2026-13-01', 'from');
    await bad('to=yesterday', 'to');
    await bad('from=2026-03-10&to=2026-03-01', 'to');
    await bad('owner_id=abc', 'owner_id');
  });
});
