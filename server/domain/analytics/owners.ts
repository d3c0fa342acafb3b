import type { Knex } from 'knex';
import { addMonths } from '../chinaTime.js';
import type { DashboardScope } from './query.js';
import { whereCustomers, type Tallies } from './ratio.js';
import { dayMonthIndexSql, monthIndex, monthOfIndex, nextMonthStart, TREND_MONTHS } from './months.js';

/** Owners: customers of type owner or fleet (a prospect has nothing to keep or lose). */
export const OWNER_TYPES = ['owner', 'fleet'];

function owners(db: Knex, s: DashboardScope): Knex.QueryBuilder {
  const qb = db('customers').whereIn('customers.customer_type', OWNER_TYPES);
  whereCustomers(qb, s);
  return qb;
}

async function ownerCount(db: Knex, s: DashboardScope): Promise<number> {
  return Number((await owners(db, s).count({ n: '*' }).first())?.n ?? 0);
}

/**
 * Loyalty at the end of each month M: owners with a service visit in the 12 calendar months up to M. One query
 * over the visits of 23 months: each owner's distinct visit months, each covering itself and the 11 months after
 * up to the owner's next visit month (so no owner counts twice), grouped into (first, last) spans that the months
 * are summed from. The period's value is the one at the end of its last month (a stock, not a flow).
 */
export async function loyaltyTallies(db: Knex, s: DashboardScope, months: string[]): Promise<Tallies> {
  const first = monthIndex(months[0]) - (TREND_MONTHS - 1);
  const mi = dayMonthIndexSql(db, 'service_visits.visit_date');
  const visited = db('service_visits').whereIn('service_visits.customer_id', owners(db, s).select('customers.id'))
    .where('service_visits.visit_date', '>=', `${monthOfIndex(first)}-01`).where('service_visits.visit_date', '<', nextMonthStart(months[months.length - 1]))
    .distinct('service_visits.customer_id as cid', db.raw(`${mi} AS mi`));
  const spans = db.with('vm', visited)
    .with('iv', db.select('mi', db.raw('LEAD(mi) OVER (PARTITION BY cid ORDER BY mi) AS nxt')).from('vm'))
    .select('mi', db.raw(`CASE WHEN nxt IS NULL OR nxt > mi + ${TREND_MONTHS} THEN mi + ${TREND_MONTHS - 1} ELSE nxt - 1 END AS upto`), db.raw('COUNT(*) AS n'))
    .from('iv').groupBy('mi', 'upto') as Promise<{ mi: unknown; upto: unknown; n: unknown }[]>;
  const [count, rows] = await Promise.all([ownerCount(db, s), spans]);
  const met = (m: number) => rows.reduce((sum, r) => (Number(r.mi) <= m && m <= Number(r.upto) ? sum + Number(r.n) : sum), 0);
  const byMonth = new Map(months.map((m) => [m, { count, met: met(monthIndex(m)) }]));
  return { period: { count, met: met(monthIndex(s.to.slice(0, 7))) }, months: byMonth };
}

/**
 * Churn: owners who became lost — their last visit `noVisitMonths` months behind them — in the period or month,
 * of all owners. Read from the owner's last visit date, so an owner who came back later no longer counts as lost
 * in the month they lapsed. Months with a last visit `noVisitMonths` earlier are grouped in one query.
 */
export async function churnTallies(db: Knex, s: DashboardScope, months: string[], noVisitMonths: number): Promise<Tallies> {
  const shift = (m: string) => addMonths(`${m}-01`, -noVisitMonths).slice(0, 7);
  const mi = dayMonthIndexSql(db, 'customers.last_visit_date');
  const lost = () => owners(db, s).whereNotNull('customers.last_visit_date');
  const [count, period, grouped] = await Promise.all([
    ownerCount(db, s),
    lost().where('customers.last_visit_date', '>=', addMonths(s.from, -noVisitMonths)).where('customers.last_visit_date', '<=', addMonths(s.to, -noVisitMonths))
      .count({ n: '*' }).first(),
    lost().where('customers.last_visit_date', '>=', `${shift(months[0])}-01`).where('customers.last_visit_date', '<', nextMonthStart(shift(months[months.length - 1])))
      .select(db.raw(`${mi} AS mi`), db.raw('COUNT(*) AS n')).groupByRaw(mi) as Promise<{ mi: unknown; n: unknown }[]>,
  ]);
  const byIndex = new Map(grouped.map((r) => [Number(r.mi) + noVisitMonths, Number(r.n)]));
  return {
    period: { count, met: Number((period as { n?: unknown } | undefined)?.n ?? 0) },
    months: new Map(months.map((m) => [m, { count, met: byIndex.get(monthIndex(m)) ?? 0 }])),
  };
}
