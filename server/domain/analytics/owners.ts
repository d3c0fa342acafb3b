import type { Knex } from 'knex';
import { addMonths } from '../chinaTime.js';
import type { DashboardScope } from './query.js';
import { whereCustomers, type Tallies } from './ratio.js';
import { visitedWithin } from '../visitMonths.js';
import { dayMonthIndexSql, monthIndex, nextMonthStart, TREND_MONTHS } from './months.js';

/** Owners: customers of type owner or fleet (a prospect has nothing to keep or lose). */
export const OWNER_TYPES = ['owner', 'fleet'];

function owners(db: Knex, s: DashboardScope): Knex.QueryBuilder {
  const qb = db('customers').whereIn('customers.customer_type', OWNER_TYPES);
  whereCustomers(qb, s);
  return qb;
}

/**
 * How many owners there were at the end of a month (by its month index): those whose first vehicle purchase came
 * by then; an owner with no dated purchase counts in every month. One grouped query for all months.
 */
function ownerBase(db: Knex, s: DashboardScope): Promise<(monthIndex: number) => number> {
  // loyalty and churn of one request share the scope object: count once for both
  let base = bases.get(s);
  if (!base) {
    base = countOwnerBase(db, s);
    bases.set(s, base);
  }
  return base;
}

const bases = new WeakMap<DashboardScope, Promise<(monthIndex: number) => number>>();

async function countOwnerBase(db: Knex, s: DashboardScope): Promise<(monthIndex: number) => number> {
  const fd = 'customers.first_purchase_date';
  const rows = await (owners(db, s).select(db.raw(`CASE WHEN ${fd} IS NULL THEN NULL ELSE ${dayMonthIndexSql(db, fd)} END AS fm`), db.raw('COUNT(*) AS n'))
    .groupByRaw('1') as Promise<{ fm: unknown; n: unknown }[]>);
  const groups = rows.map((r) => ({ fm: r.fm == null ? null : Number(r.fm), n: Number(r.n) }));
  return (m) => groups.reduce((sum, g) => (g.fm === null || g.fm <= m ? sum + g.n : sum), 0);
}

/**
 * Loyalty at the end of each month M: owners with a service visit in the 12 calendar months up to M, against the
 * owners there were at M's end. Each owner's visit months are kept on the owner (server/domain/visitMonths.ts):
 * one query over the owners who visited since the first window's start, those with the same latest visit month
 * and months mask counted together — about 10,000 groups at 100,000 customers, no visit read. The period's value
 * is the one at the end of its last month (a stock, not a flow).
 */
export async function loyaltyTallies(db: Knex, s: DashboardScope, months: string[]): Promise<Tallies> {
  const first = monthIndex(months[0]) - (TREND_MONTHS - 1);
  const groups = owners(db, s).where('customers.visit_months_anchor', '>=', first)
    .select('customers.visit_months_anchor as a', db.raw('customers.visit_months AS m'), db.raw('COUNT(*) AS n'))
    .groupBy('customers.visit_months_anchor', 'customers.visit_months') as Promise<{ a: unknown; m: unknown; n: unknown }[]>;
  const [base, rows] = await Promise.all([ownerBase(db, s), groups]);
  const counted = rows.map((r) => ({ anchor: Number(r.a), mask: Number(r.m), n: Number(r.n) }));
  const met = (m: number) => counted.reduce((sum, g) => (visitedWithin(g.anchor, g.mask, m - (TREND_MONTHS - 1), m) ? sum + g.n : sum), 0);
  const byMonth = new Map(months.map((m) => [m, { count: base(monthIndex(m)), met: met(monthIndex(m)) }]));
  const end = monthIndex(s.to.slice(0, 7));
  return { period: { count: base(end), met: met(end) }, months: byMonth };
}

/**
 * Churn: owners who became lost — their last visit `noVisitMonths` months behind them — in the period or month,
 * of the owners there were at its end. Read from the owner's last visit date, so an owner who came back later no longer counts as lost
 * in the month they lapsed. Months with a last visit `noVisitMonths` earlier are grouped in one query.
 */
export async function churnTallies(db: Knex, s: DashboardScope, months: string[], noVisitMonths: number): Promise<Tallies> {
  const shift = (m: string) => addMonths(`${m}-01`, -noVisitMonths).slice(0, 7);
  const mi = dayMonthIndexSql(db, 'customers.last_visit_date');
  const lost = () => owners(db, s).whereNotNull('customers.last_visit_date');
  const [base, period, grouped] = await Promise.all([
    ownerBase(db, s),
    lost().where('customers.last_visit_date', '>=', addMonths(s.from, -noVisitMonths)).where('customers.last_visit_date', '<=', addMonths(s.to, -noVisitMonths))
      .count({ n: '*' }).first(),
    lost().where('customers.last_visit_date', '>=', `${shift(months[0])}-01`).where('customers.last_visit_date', '<', nextMonthStart(shift(months[months.length - 1])))
      .select(db.raw(`${mi} AS mi`), db.raw('COUNT(*) AS n')).groupByRaw(mi) as Promise<{ mi: unknown; n: unknown }[]>,
  ]);
  const byIndex = new Map(grouped.map((r) => [Number(r.mi) + noVisitMonths, Number(r.n)]));
  return {
    period: { count: base(monthIndex(s.to.slice(0, 7))), met: Number((period as { n?: unknown } | undefined)?.n ?? 0) },
    months: new Map(months.map((m) => [m, { count: base(monthIndex(m)), met: byIndex.get(monthIndex(m)) ?? 0 }])),
  };
}
