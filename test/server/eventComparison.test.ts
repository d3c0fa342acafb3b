import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import type { EventComparison, EventScore } from '../../server/domain/analytics/eventComparisonTypes.js';
import { loyaltyWorld, type World } from './loyalty.js';

/**
 * Events side by side (issue 8, part 5) over a hand-counted fixture in March 2026: two finished events, one still
 * planned, one cancelled, one in May. Customers: 甲 (the sales consultant's, east), 乙 (west), 丙 and 丁 (east, gold).
 */
describe('events side by side', () => {
  let w: World;
  let db: World['t']['db'];
  const stamp = '2026-01-01T00:00:00.000Z';
  const MARCH = 'from=2026-03-01&to=2026-03-31';
  const e: Record<string, number> = {};
  const c: Record<string, number> = {};

  const insert = async (table: string, row: Row): Promise<number> => {
    const [r] = await db(table).insert({ created_at: stamp, updated_at: stamp, version: 1, ...row }).returning('id');
    return Number(typeof r === 'object' ? r.id : r);
  };
  const event = (title: string, start: string, end: string, status: string, budget: number | null, actual: number | null) =>
    insert('events', { title, event_type: 'themed_day', start_at: start, end_at: end, status, budget, actual_cost: actual });
  const join = (event_id: number, customer_id: number, p: Row) =>
    insert('event_participants', { event_id, customer_id, invited_at: stamp, rsvp: 'yes', attended: false, walk_in: false, waitlisted: false, ...p });
  const scored = (event_id: number, customer_id: number, overall_score: number) => insert('follow_ups', {
    event_id, customer_id, reason: 'after_event', channel: 'phone', status: 'done', due_date: '2026-03-21', done_date: '2026-03-21', overall_score,
  });

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    const customer = (name: string, region: string, extra: Row = {}) =>
      insert('customers', { name, customer_type: 'owner', region, tier_id: w.tier.regular, ...extra });
    c.a = await customer('甲', 'east', { owner_id: w.salesId });
    c.b = await customer('乙', 'west');
    c.c = await customer('丙', 'east', { tier_id: w.tier.gold });
    c.d = await customer('丁', 'east', { tier_id: w.tier.gold });
    // 10:00–16:00 on 5 March, China time
    e.first = await event('春季车主讲堂', '2026-03-05T02:00:00.000Z', '2026-03-05T08:00:00.000Z', 'done', 1000, 1200);
    e.second = await event('亲子洗车日', '2026-03-20T02:00:00.000Z', '2026-03-20T08:00:00.000Z', 'done', 500, null);
    e.planned = await event('端午包粽子', '2026-03-28T02:00:00.000Z', '2026-03-28T08:00:00.000Z', 'planned', 800, null);
    await event('取消的活动', '2026-03-10T02:00:00.000Z', '2026-03-10T08:00:00.000Z', 'cancelled', 100, null);
    e.may = await event('五月自驾游', '2026-05-01T02:00:00.000Z', '2026-05-02T08:00:00.000Z', 'done', 3000, 2800);

    // first: 4 invited, 3 confirmed, 甲 and 乙 came, 丙 declined, 丁 did not show
    await join(e.first, c.a, { attended: true });
    await join(e.first, c.b, { attended: true });
    await join(e.first, c.c, { rsvp: 'no' });
    await join(e.first, c.d, {});
    // second: 甲 came, 丙 has not answered
    await join(e.second, c.a, { attended: true });
    await join(e.second, c.c, { rsvp: 'pending' });

    // after the first: 甲's visit on the event's day does not count, the one on the 10th does; 乙 bought a car
    await insert('service_visits', { customer_id: c.a, visit_date: '2026-03-05', visit_type: 'repair', amount: 80 });
    await insert('service_visits', { customer_id: c.a, visit_date: '2026-03-10', visit_type: 'repair', amount: 300.5 });
    await insert('vehicles', { customer_id: c.b, model: 'sedan_a', purchase_date: '2026-03-15', price: 100000 });
    // 甲 referred a friend on the 8th (inside both windows only for the first: the second starts on the 20th)
    await customer('戊', 'west', { referred_by_id: c.a, created_at: '2026-03-08T03:00:00.000Z' });
    await scored(e.first, c.a, 5);
    await scored(e.first, c.b, 3);
    await scored(e.second, c.a, 4);
  });
  afterAll(async () => w.t.drop());

  const get = async (api: World['admin'], query: string): Promise<EventComparison> => (await api.get(`/api/analytics/events?${query}`).expect(200)).body;
  const byId = (d: EventComparison, id: number) => d.events.find((x) => x.id === id) as EventScore;

  it('when a manager opens March, then the picker holds the events held and the two finished ones are compared, oldest first', async () => {
    const d = await get(w.manager, MARCH);
    expect(d).toMatchObject({ from: '2026-03-01', to: '2026-03-31', scope: 'department', filtered: false });
    expect(d.choices.map((x) => x.id)).toEqual([e.planned, e.second, e.first]);
    expect(d.events.map((x) => x.id)).toEqual([e.first, e.second]);
    expect(byId(d, e.first)).toMatchObject({
      title: '春季车主讲堂', status: 'done', start_at: '2026-03-05T02:00:00.000Z',
      invited: 4, confirmed: 3, attended: 2, attendance_rate: 0.5, show_rate: 0.667,
      satisfaction: 4, answers: 2, referrals: 1, service_visits: 1, service_revenue: 300.5, purchases: 1, purchase_revenue: 100000, revenue: 100300.5,
      budget: 1000, actual_cost: 1200, budget_variance: 200, cost_per_attendee: 600,
    });
    expect(byId(d, e.second)).toMatchObject({
      invited: 2, confirmed: 1, attended: 1, attendance_rate: 0.5, show_rate: 1, satisfaction: 4, answers: 1,
      referrals: 0, service_visits: 0, purchases: 0, revenue: 0, budget: 500, actual_cost: null, budget_variance: null, cost_per_attendee: 500,
    });
    expect(byId(d, e.first).drill.confirmed).toEqual({ resource: 'event_participants', filter: { event_id: e.first, rsvp: 'yes' } });
    expect(byId(d, e.first).drill.satisfaction).toEqual({ resource: 'follow_ups', filter: { event_id: e.first, status: 'done' } });
  });

  it('when the figures are the event scorecard\'s, then both count alike', async () => {
    const card = (await w.manager.get(`/api/events/${e.first}/scorecard`).expect(200)).body;
    const d = byId(await get(w.manager, MARCH), e.first);
    for (const k of ['invited', 'confirmed', 'attended', 'attendance_rate', 'show_rate', 'referrals', 'service_visits', 'purchases', 'cost_per_attendee'] as const) {
      expect(d[k]).toEqual(card[k]);
    }
    expect(d.satisfaction).toBe(card.satisfaction.average);
  });

  it('when ids are chosen, then those events are compared whatever the range, in date order', async () => {
    const d = await get(w.manager, `${MARCH}&ids=${e.may},${e.planned},${e.may}`);
    expect(d.events.map((x) => x.id)).toEqual([e.planned, e.may]);
    expect(byId(d, e.planned)).toMatchObject({ invited: 0, attendance_rate: null, satisfaction: null, cost_per_attendee: null, budget: 800 });
  });

  it('when narrowed to a region or tier, then only those customers count, while cost per attendee stays over everyone who came', async () => {
    const east = byId(await get(w.manager, `${MARCH}&region=east`), e.first);
    // 甲 came, 丙 declined, 丁 missed; 乙 (west) and his purchase and score left out
    expect(east).toMatchObject({ invited: 3, confirmed: 2, attended: 1, purchases: 0, service_visits: 1, referrals: 1, satisfaction: 5, answers: 1, cost_per_attendee: 600 });
    const gold = byId(await get(w.manager, `${MARCH}&tier_id=${w.tier.gold}`), e.first);
    expect(gold).toMatchObject({ invited: 2, confirmed: 1, attended: 0, attendance_rate: 0, show_rate: 0, satisfaction: null, cost_per_attendee: 600 });
  });

  it('when a sales consultant asks, then only their own customers count, whatever owner they name', async () => {
    const d = await get(w.sales, `${MARCH}&owner_id=999999`);
    expect(d).toMatchObject({ scope: 'own', filtered: true });
    expect(byId(d, e.first)).toMatchObject({ invited: 1, confirmed: 1, attended: 1, referrals: 1, service_visits: 1, purchases: 0, satisfaction: 5 });
    expect(byId(d, e.second)).toMatchObject({ invited: 1, attended: 1, satisfaction: 4 });
  });

  it('when ids are malformed, too many or unknown, then 400 names ids', async () => {
    for (const ids of ['1,x', '0', '-3', '1,2,3,4,5,6,7,8,9', '99999']) {
      const res = await w.manager.get(`/api/analytics/events?ids=${ids}`).expect(400);
      expect(Object.keys(res.body.errors)).toEqual(['ids']);
    }
    await w.manager.get('/api/analytics/events?from=2026-02-30').expect(400);
  });
});
