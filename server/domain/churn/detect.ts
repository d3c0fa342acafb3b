import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { careSetting, type CareSettings } from '../care/settings.js';
import { addDays, addMonths, chinaDay } from '../chinaTime.js';

/**
 * The churn-risk sweep (流失预警, seed 002: "call the lost customers, ask why they have not come for six
 * months"). Four reasons, each one set-wise query with the day bounds computed here (so the SQL is the same
 * on SQLite and PostgreSQL):
 * - no_visit: a customer with a car whose last service visit (or, never seen, the first car's purchase) is
 *   more than `no_visit_months` ago;
 * - warranty_ending: a car's warranty ends within `warranty_days_ahead` days;
 * - insurance_ending: the insurance bought with the car (purchase_date + insurance_years years) ends within
 *   `insurance_days_ahead` days;
 * - falling_spend: service spend over the last 12 months below (100 − spend_drop_percent)% of the 12 before.
 * At most one open (open or contacting) risk per customer and reason; the customer's owner is to win them back.
 * A risk closed (won back or lost) silences its customer and reason for `no_visit_months`, so a customer the
 * team just talked to is not put back on the list the next morning.
 */
export type ChurnReason = 'no_visit' | 'warranty_ending' | 'insurance_ending' | 'falling_spend';

interface Found {
  customer_id: number;
  vehicle_id: number | null;
  detail: string;
}

export interface ChurnSummary {
  created: number;
  by_reason: Record<ChurnReason, number>;
}

const CHUNK = 500;
const OPEN = ['open', 'contacting'];

async function noVisit(db: Knex, today: string, rules: CareSettings['churn']): Promise<Found[]> {
  const cutoff = addMonths(today, -rules.no_visit_months);
  const rows: Row[] = await db('customers')
    .whereExists(db('vehicles').select(db.raw('1')).where('vehicles.customer_id', db.ref('customers.id')))
    .where((w) => w.where('customers.last_visit_date', '<', cutoff)
      .orWhere((n) => n.whereNull('customers.last_visit_date')
        .whereRaw('(SELECT MIN(v.purchase_date) FROM vehicles v WHERE v.customer_id = customers.id) < ?', [cutoff])))
    .select('customers.id', 'customers.last_visit_date');
  return rows.map((r) => ({
    customer_id: Number(r.id), vehicle_id: null,
    detail: r.last_visit_date ? `上次进店 ${String(r.last_visit_date)}` : '购车后从未进店',
  }));
}

async function warrantyEnding(db: Knex, today: string, rules: CareSettings['churn']): Promise<Found[]> {
  const rows: Row[] = await db('vehicles')
    .whereBetween('warranty_end', [today, addDays(today, rules.warranty_days_ahead)])
    .orderBy([{ column: 'warranty_end', order: 'asc' }, { column: 'id', order: 'asc' }])
    .select('id', 'customer_id', 'warranty_end', 'plate', 'model');
  return rows.map((r) => ({ customer_id: Number(r.customer_id), vehicle_id: Number(r.id), detail: `质保 ${String(r.warranty_end)} 到期` }));
}

/** Per number of years bought, the purchase days whose insurance ends in the window: no date arithmetic in SQL. */
async function insuranceEnding(db: Knex, today: string, rules: CareSettings['churn']): Promise<Found[]> {
  const years: Row[] = await db('vehicles').where('insurance_years', '>', 0).distinct('insurance_years');
  if (!years.length) return [];
  const end = addDays(today, rules.insurance_days_ahead);
  const rows: Row[] = await db('vehicles')
    .where((w) => {
      for (const { insurance_years: y } of years) {
        const n = Number(y);
        w.orWhere((o) => o.where('insurance_years', n).whereBetween('purchase_date', [addMonths(today, -12 * n), addMonths(end, -12 * n)]));
      }
    })
    .orderBy([{ column: 'purchase_date', order: 'asc' }, { column: 'id', order: 'asc' }])
    .select('id', 'customer_id', 'purchase_date', 'insurance_years');
  return rows.map((r) => ({
    customer_id: Number(r.customer_id), vehicle_id: Number(r.id),
    detail: `保险 ${addMonths(String(r.purchase_date), 12 * Number(r.insurance_years))} 到期`,
  }));
}

async function fallingSpend(db: Knex, today: string, rules: CareSettings['churn']): Promise<Found[]> {
  const yearAgo = addMonths(today, -12);
  const twoYearsAgo = addMonths(today, -24);
  const recent = db.raw('SUM(CASE WHEN visit_date >= ? THEN COALESCE(amount, 0) ELSE 0 END) AS recent', [yearAgo]);
  const before = db.raw('SUM(CASE WHEN visit_date < ? THEN COALESCE(amount, 0) ELSE 0 END) AS before_spend', [yearAgo]);
  const rows: Row[] = await db('service_visits')
    .where('visit_date', '>=', twoYearsAgo)
    .where('visit_date', '<', addDays(today, 1))
    .groupBy('customer_id')
    .havingRaw('SUM(CASE WHEN visit_date < ? THEN COALESCE(amount, 0) ELSE 0 END) > 0', [yearAgo])
    .havingRaw('SUM(CASE WHEN visit_date >= ? THEN COALESCE(amount, 0) ELSE 0 END) * 100 < SUM(CASE WHEN visit_date < ? THEN COALESCE(amount, 0) ELSE 0 END) * ?',
      [yearAgo, yearAgo, 100 - rules.spend_drop_percent])
    .select('customer_id', recent, before);
  return rows.map((r) => ({
    customer_id: Number(r.customer_id), vehicle_id: null,
    detail: `近12个月保养维修 ¥${Math.round(Number(r.recent))}，此前12个月 ¥${Math.round(Number(r.before_spend))}`,
  }));
}

const FINDERS: Record<ChurnReason, (db: Knex, today: string, rules: CareSettings['churn']) => Promise<Found[]>> = {
  no_visit: noVisit, warranty_ending: warrantyEnding, insurance_ending: insuranceEnding, falling_spend: fallingSpend,
};

/** Records the risks found now that are not already open; idempotent, one transaction. */
export async function detectChurnRisks(db: Knex, now: Date): Promise<ChurnSummary> {
  return db.transaction(async (trx) => {
    const rules = await careSetting(trx, 'churn');
    const today = chinaDay(now);
    const stamp = now.toISOString();
    const quietSince = new Date(Date.parse(`${addMonths(today, -rules.no_visit_months)}T00:00:00Z`)).toISOString();
    const summary: ChurnSummary = { created: 0, by_reason: { no_visit: 0, warranty_ending: 0, insurance_ending: 0, falling_spend: 0 } };
    for (const reason of Object.keys(FINDERS) as ChurnReason[]) {
      const found = await FINDERS[reason](trx, today, rules);
      // one risk per customer and reason: a customer's first car in the finder's order stands for the rest
      const byCustomer = new Map<number, Found>();
      for (const f of found) if (!byCustomer.has(f.customer_id)) byCustomer.set(f.customer_id, f);
      const list = [...byCustomer.values()];
      for (let i = 0; i < list.length; i += CHUNK) {
        const part = list.slice(i, i + CHUNK);
        const ids = part.map((f) => f.customer_id);
        const open = new Set((await trx('churn_risks').whereIn('customer_id', ids).where({ reason })
          .where((w) => w.whereIn('status', OPEN).orWhere('closed_at', '>=', quietSince))
          .select('customer_id')).map((r: Row) => Number(r.customer_id)));
        const owners = new Map((await trx('customers').whereIn('id', ids).select('id', 'owner_id'))
          .map((r: Row) => [Number(r.id), r.owner_id == null ? null : Number(r.owner_id)]));
        const rows = part.filter((f) => !open.has(f.customer_id)).map((f) => ({
          customer_id: f.customer_id, vehicle_id: f.vehicle_id, reason, detail: f.detail.slice(0, 200), detected_on: today,
          owner_id: owners.get(f.customer_id) ?? null, status: 'open', created_at: stamp, updated_at: stamp, version: 1,
        }));
        if (rows.length) await trx('churn_risks').insert(rows);
        summary.by_reason[reason] += rows.length;
        summary.created += rows.length;
      }
    }
    return summary;
  });
}
