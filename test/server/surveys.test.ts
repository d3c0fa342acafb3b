import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csatOf, npsOf, overallFrom, outcomeOf } from '../../server/domain/surveys/scoring.js';
import { periodOf } from '../../server/domain/followups/reports.js';
import { chinaDay } from '../../server/domain/chinaTime.js';
import { loyaltyWorld, member, type World } from './loyalty.js';

/** Satisfaction numbers (issue 7, part 8): NPS and CSAT exactly, and the weekly / monthly follow-up report built on them. */
describe('NPS and CSAT', () => {
  it('When answers are 0–10, then NPS is % promoters (9–10) minus % detractors (0–6)', () => {
    expect(npsOf([10, 9, 9, 8, 7, 6, 3, 0, 10, 5])).toBe(0);
    expect(npsOf([10, 10, 9, 8, 2])).toBe(40);
    expect(npsOf([9, 9, 6])).toBe(33.3);
    expect(npsOf([0, 6, 7, 8])).toBe(-50);
    expect(npsOf([])).toBeNull();
  });

  it('When answers are 1–5, then CSAT is the share of 4s and 5s', () => {
    expect(csatOf([5, 4, 3, 2, 1, 5])).toBe(50);
    expect(csatOf([4, 4, 4])).toBe(100);
    expect(csatOf([1, 2, 5])).toBe(33.3);
    expect(csatOf([])).toBeNull();
  });

  it('When no overall score is given, then it is the items\' mean on 1–5 (0–10 mapped onto it) and names the outcome', () => {
    expect(overallFrom('five', [5, 4, 4])).toBe(4);
    expect(overallFrom('eleven', [10])).toBe(5);
    expect(overallFrom('eleven', [0])).toBe(1);
    expect([5, 4, 3, 2, 1].map(outcomeOf)).toEqual(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'dissatisfied']);
  });

  it('When a day is given, then its week runs Monday to Sunday and its month is the calendar month', () => {
    expect(periodOf('week', '2026-06-17')).toEqual({ from: '2026-06-15', to: '2026-06-21' });
    expect(periodOf('week', '2026-06-21')).toEqual({ from: '2026-06-15', to: '2026-06-21' });
    expect(periodOf('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});

describe('the follow-up report', () => {
  let w: World;
  const today = chinaDay(new Date());

  beforeAll(async () => {
    w = await loyaltyWorld();
    const nps = (await w.manager.post('/api/survey_templates').send({
      name: '推荐意愿', scale: 'eleven', nps: true, items: [{ key: 'recommend', label_zh: '推荐意愿', label_en: 'Recommend' }],
    }).expect(201)).body.id;
    const customer = await member(w, 'regular', { name: '报表客户' });
    const add = async (reason: string) => (await w.specialist.post('/api/follow_ups').send({
      customer_id: customer, reason, channel: 'phone', due_date: today, survey_template_id: nps,
    }).expect(201)).body.id;
    // four reached (overall 5, 4, 4, 2; recommend 10, 9, 7, 3), one never reached, one still to do
    const answers: [number, number][] = [[5, 10], [4, 9], [4, 7], [2, 3]];
    for (const [overall, recommend] of answers) {
      await w.specialist.post(`/api/follow_ups/${await add('after_service')}/record`).send({ reached: true, overall_score: overall, scores: { recommend } }).expect(200);
    }
    const missed = await add('after_purchase');
    for (let i = 0; i < 3; i += 1) await w.specialist.post(`/api/follow_ups/${missed}/record`).send({ reached: false }).expect(200);
    await add('after_purchase');
  });
  afterAll(async () => w.t.drop());

  it('When the week is asked for, then totals, CSAT and NPS are exact, by staff and by reason', async () => {
    const res = await w.manager.get('/api/follow_ups/report').query({ period: 'week', date: today }).expect(200);
    // the missed call moved to tomorrow on its retries, which may be next week
    const missedHere = periodOf('week', today).to >= new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const t = res.body.totals;
    // promoters 10, 9; detractor 3 (with overall 2: one complaint) → NPS (2 − 1) ÷ 4
    expect(t).toMatchObject({ done: 4, avg_score: 3.75, csat: 75, nps: 25, complaints: 1 });
    expect(t.due).toBe(missedHere ? 6 : 5);
    expect(t.not_reached).toBe(missedHere ? 1 : 0);
    expect(res.body.by_reason.find((r: { reason: string }) => r.reason === 'after_service')).toMatchObject({ due: 4, done: 4, completion_pct: 100, csat: 75 });
    expect(res.body.by_staff).toHaveLength(1);
    expect(res.body.trend).toHaveLength(8);
    expect(res.body.trend[7]).toMatchObject({ from: res.body.from, done: 4 });
  });

  it('When the month is asked for or the query is bad, then the month holds the same calls and bad input is a 400', async () => {
    const month = await w.specialist.get('/api/follow_ups/report').query({ period: 'month', date: today }).expect(200);
    expect(month.body.totals.done).toBe(4);
    expect(month.body.trend).toHaveLength(6);
    const bad = await w.manager.get('/api/follow_ups/report').query({ period: 'year', date: '2026-13-45' }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['date', 'period']);
  });

  it('When a range and customer filters are given, then only those customers\' calls due in it count, a consultant only their own, and each row opens its list', async () => {
    const range = { from: today, to: today };
    const all = (await w.manager.get('/api/follow_ups/report').query(range).expect(200)).body;
    expect(all).toMatchObject({ from: today, to: today, period: 'week' });
    expect(all.totals.done).toBe(4);
    expect(all.by_reason.find((r: { reason: string }) => r.reason === 'after_service').drill).toEqual({
      resource: 'follow_ups', filter: { due_date_gte: today, due_date_lte: today, status_neq: 'cancelled', reason: 'after_service' },
    });
    expect((await w.manager.get('/api/follow_ups/report').query({ ...range, tier_id: w.tier.regular }).expect(200)).body.totals.done).toBe(4);
    expect((await w.manager.get('/api/follow_ups/report').query({ ...range, tier_id: w.tier.gold }).expect(200)).body.totals.due).toBe(0);
    expect((await w.manager.get('/api/follow_ups/report').query({ ...range, region: 'nowhere' }).expect(200)).body.totals.due).toBe(0);
    expect((await w.manager.get('/api/follow_ups/report').query({ ...range, owner_id: w.salesId }).expect(200)).body.totals.due).toBe(0);
    // the customer is nobody's: a sales consultant sees none of it, whatever owner they name
    expect((await w.sales.get('/api/follow_ups/report').query({ ...range, owner_id: '' }).expect(200)).body.totals.due).toBe(0);
    const year = (await w.manager.get('/api/follow_ups/report').query({ from: `${today.slice(0, 4)}-01-01`, to: today }).expect(200)).body;
    const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${today.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000 + 1;
    expect(year.period).toBe(days <= 62 ? 'week' : 'month');
    await w.manager.get('/api/follow_ups/report').query({ from: today, tier_id: 'gold' }).expect(400);
  });
});
