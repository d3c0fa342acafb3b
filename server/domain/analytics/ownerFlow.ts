import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { addDays, addMonths } from '../chinaTime.js';
import { allCareSettings } from '../care/settings.js';
import { dayMonthIndexSql, monthIndex, nextMonthStart, trendMonths } from './months.js';
import { scopeOf, type DashboardScope } from './query.js';
import { num, ownersFilter, ownersOf } from './ownerSql.js';
import type { Counted, FlowMonth, OwnerFlow } from './ownerTypes.js';
import type { KpiQuery } from './types.js';

/** One group of owners: month they became owners (g) and lapsed (l), clamped to the months ±1; in the range or not. */
interface FlowCell { g: unknown; l: unknown; gr: unknown; lr: unknown; n: unknown }

const monthEnd = (month: string) => addDays(nextMonthStart(month), -1);
const shiftMonth = (month: string, by: number) => addMonths(`${month}-01`, by).slice(0, 7);

/**
 * The owners grouped by the month of their first vehicle purchase and the month they lapse by the churn rule
 * (last visit + `noVisit` months), both clamped to one month either side of the 12, and by whether each falls in
 * the range: at most 14 × 14 × 4 cells, from which gained, lost and the base at every month end are summed.
 */
function flowCells(db: Knex, s: DashboardScope, months: string[], noVisit: number): Promise<FlowCell[]> {
  const [lo, hi] = [monthIndex(months[0]), monthIndex(months[months.length - 1])];
  const clamp = (present: string, idx: string) => `CASE WHEN ${present} IS NULL THEN NULL WHEN ${idx} < ${lo} THEN ${lo - 1} WHEN ${idx} > ${hi} THEN ${hi + 1} ELSE ${idx} END`;
  const lapse = `${dayMonthIndexSql(db, 'o.lv')} + ${noVisit}`;
  // each owner's first purchase day is kept on the customer (migration 20261201000000)
  const owners = ownersOf(db, s).select('customers.last_visit_date as lv', 'customers.first_purchase_date as fd');
  return db.from(owners.as('o'))
    .select(
      db.raw(`${clamp('o.fd', dayMonthIndexSql(db, 'o.fd'))} AS g`),
      db.raw(`${clamp('o.lv', lapse)} AS l`),
      db.raw('CASE WHEN o.fd >= ? AND o.fd <= ? THEN 1 ELSE 0 END AS gr', [s.from, s.to]),
      db.raw('CASE WHEN o.lv >= ? AND o.lv <= ? THEN 1 ELSE 0 END AS lr', [addMonths(s.from, -noVisit), addMonths(s.to, -noVisit)]),
      db.raw('COUNT(*) AS n'),
    )
    .groupByRaw('1, 2, 3, 4') as Promise<FlowCell[]>;
}

/** 客户流动 for the signed-in person (see ownerTypes.ts): one grouped query. */
export async function ownerFlow(db: Knex, actor: Actor, q: KpiQuery, now: Date): Promise<OwnerFlow> {
  const s = scopeOf(q, actor, now);
  const months = trendMonths(s.to);
  const noVisit = (await allCareSettings(db)).churn.no_visit_months;
  const cells = await flowCells(db, s, months, noVisit);
  const base = ownersFilter(s);
  const counted = (count: number, filter: Record<string, unknown>): Counted => ({ count, drill: { resource: 'customers', filter: { ...base, ...filter } } });
  const rows = cells.map((c) => ({ g: c.g == null ? null : num(c.g), l: c.l == null ? null : num(c.l), gr: num(c.gr), lr: num(c.lr), n: num(c.n) }));
  const sum = (keep: (r: (typeof rows)[number]) => boolean) => rows.reduce((total, r) => (keep(r) ? total + r.n : total), 0);

  const flowMonths: FlowMonth[] = months.map((month) => {
    const m = monthIndex(month);
    const lapsedFrom = shiftMonth(month, -noVisit);
    const gained = sum((r) => r.g === m);
    const lost = sum((r) => r.l === m);
    return {
      month,
      gained: counted(gained, { first_purchase_between: [`${month}-01`, monthEnd(month)] }),
      lost: counted(lost, { last_visit_date_gte: `${lapsedFrom}-01`, last_visit_date_lte: monthEnd(lapsedFrom) }),
      net: gained - lost,
      // owners by the month's end (as the dashboard counts them: undated purchases count all along) not lapsed by
      // then: last visit on or after the first day of month (M − noVisit + 1), or none
      base: counted(sum((r) => (r.g === null || r.g <= m) && (r.l === null || r.l > m)),
        { first_purchase_by: monthEnd(month), not_lapsed_since: `${shiftMonth(month, 1 - noVisit)}-01` }),
    };
  });
  const gained = sum((r) => r.gr === 1);
  const lost = sum((r) => r.lr === 1);
  return {
    from: s.from, to: s.to, scope: s.scope, no_visit_months: noVisit, months: flowMonths,
    totals: {
      gained: counted(gained, { first_purchase_between: [s.from, s.to] }),
      lost: counted(lost, { last_visit_date_gte: addMonths(s.from, -noVisit), last_visit_date_lte: addMonths(s.to, -noVisit) }),
      net: gained - lost,
    },
  };
}
