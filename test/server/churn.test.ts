import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { loyaltyWorld, type World } from './loyalty.js';
import { userOf } from './actors.js';
import { detectChurnRisks } from '../../server/domain/churn/detect.js';
import { addDays, addMonths, chinaDay } from '../../server/domain/chinaTime.js';
import type { Row } from '../../server/resources/types.js';

/** The churn-risk list: who the sweep finds for each reason, once; and how a win-back is recorded. */

async function put(db: Knex, table: string, row: Row): Promise<number> {
  const stamp = new Date().toISOString();
  const [r] = await db(table).insert({ ...row, created_at: stamp, updated_at: stamp, version: 1 }, ['id']);
  return Number((r as Row).id);
}

describe('churn risks', () => {
  let w: World;
  const now = new Date();
  const today = chinaDay(now);
  const who: Record<string, number> = {};
  let owner: number;

  beforeAll(async () => {
    w = await loyaltyWorld();
    const db = w.t.db;
    owner = (await userOf(db, 'sales_consultant')).id;
    const customer = async (key: string, lastVisit: string | null, extra: Row = {}) => {
      who[key] = await put(db, 'customers', { name: key, tier_id: w.tier.regular, last_visit_date: lastVisit, ...extra });
      return who[key];
    };
    const car = (c: number, extra: Row = {}) => put(db, 'vehicles', { customer_id: c, model: 'Lavida', ...extra });
    const recent = addMonths(today, -2);
    await car(await customer('lapsed', addMonths(today, -7), { owner_id: owner }));
    await car(await customer('regular', recent));
    await car(await customer('neverCame', null), { purchase_date: addMonths(today, -8) });
    await car(await customer('newBuyer', null), { purchase_date: addMonths(today, -2) });
    await customer('noCar', addMonths(today, -20));
    await car(await customer('warranty', recent), { warranty_end: addDays(today, 30) });
    await car(await customer('warrantyLater', recent), { warranty_end: addDays(today, 90) });
    await car(await customer('insurance', recent), { purchase_date: addDays(addMonths(today, -36), 10), insurance_years: 3 });
    await car(await customer('insuranceLater', recent), { purchase_date: addDays(addMonths(today, -12), 40), insurance_years: 1 });
    const visit = (c: number, date: string, amount: number) => put(db, 'service_visits', { customer_id: c, visit_date: date, visit_type: 'repair', amount });
    const falling = await customer('falling', addMonths(today, -3));
    await visit(falling, addMonths(today, -18), 2000);
    await visit(falling, addMonths(today, -3), 500);
    const steady = await customer('steady', addMonths(today, -3));
    await visit(steady, addMonths(today, -18), 2000);
    await visit(steady, addMonths(today, -3), 1200);
  });
  afterAll(async () => w.t.drop());

  const named = async (reason: string) => {
    const rows: Row[] = await w.t.db('churn_risks').where({ reason }).select('customer_id');
    const byId = new Map(Object.entries(who).map(([k, v]) => [v, k]));
    return rows.map((r) => byId.get(Number(r.customer_id))).sort();
  };

  it('when the sweep runs, then each reason finds exactly its customers, owned by the customer owner; a second run adds nothing', async () => {
    await w.specialist.post('/api/churn_risks/detect').expect(403);
    const first = (await w.manager.post('/api/churn_risks/detect').expect(200)).body;
    expect(first.by_reason).toEqual({ no_visit: 2, warranty_ending: 1, insurance_ending: 1, falling_spend: 1 });
    expect(await named('no_visit')).toEqual(['lapsed', 'neverCame']);
    expect(await named('warranty_ending')).toEqual(['warranty']);
    expect(await named('insurance_ending')).toEqual(['insurance']);
    expect(await named('falling_spend')).toEqual(['falling']);
    const lapsed = await w.t.db('churn_risks').where({ customer_id: who.lapsed }).first();
    expect([Number(lapsed.owner_id), lapsed.status, lapsed.detected_on]).toEqual([owner, 'open', today]);
    expect((await w.t.db('churn_risks').where({ customer_id: who.warranty }).first()).detail).toContain(addDays(today, 30));
    expect((await detectChurnRisks(w.t.db, now)).created).toBe(0);
  });

  it('when the rules change, then the sweep follows them', async () => {
    await w.manager.put('/api/care/settings/churn').send({ warranty_days_ahead: 120 }).expect(200);
    const run = await detectChurnRisks(w.t.db, now);
    expect(run.by_reason.warranty_ending).toBe(1);
    expect(await named('warranty_ending')).toEqual(['warranty', 'warrantyLater']);
  });

  it('when a win-back is recorded, then closing needs an outcome that fits, the server stamps closed_at, and closed is final', async () => {
    const risk = await w.t.db('churn_risks').where({ customer_id: who.lapsed }).first();
    const url = `/api/churn_risks/${risk.id}`;
    await w.sales.put(url).send({ status: 'contacting' }).expect(200);
    const missing = await w.sales.put(url).send({ status: 'won_back' }).set('Accept-Language', 'en').expect(400);
    expect(missing.body.errors.outcome).toBe('is required');
    const wrong = await w.sales.put(url).send({ status: 'won_back', outcome: 'declined' }).set('Accept-Language', 'en').expect(400);
    expect(wrong.body.errors.outcome).toBe('must be one of: returned, booked_service, renewed_insurance, bought_again');
    await w.sales.put(url).send({ outcome: 'returned' }).expect(400);
    expect((await w.t.db('churn_risks').where({ id: risk.id }).first()).status).toBe('contacting');
    const done = (await w.sales.put(url).send({ status: 'won_back', outcome: 'booked_service', outcome_note: '已约下周保养' }).expect(200)).body;
    expect(done.closed_at).toBeTruthy();
    await w.sales.put(url).send({ status: 'open', outcome: null }).expect(400);
    // a customer just won back is not listed again the next morning
    expect((await detectChurnRisks(w.t.db, now)).by_reason.no_visit).toBe(0);
  });

  it('when a risk is added by hand, then it starts open and goes to the customer owner', async () => {
    await w.specialist.post('/api/churn_risks').send({ customer_id: who.lapsed, reason: 'falling_spend', detected_on: today, status: 'lost', outcome: 'declined' }).expect(400);
    const made = (await w.specialist.post('/api/churn_risks').send({ customer_id: who.lapsed, reason: 'falling_spend', detected_on: today }).expect(201)).body;
    expect([made.status, made.owner_id]).toEqual(['open', owner]);
  });
});
