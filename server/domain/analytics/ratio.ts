import type { Knex } from 'knex';
import { addDays } from '../chinaTime.js';
import type { DashboardScope } from './query.js';
import { dayMonthSql, instantMonthSql, instantsOf, nextMonthStart } from './months.js';

/** A count and the part of it that met the KPI, over the period and per trend month. */
export interface Tally { count: number; met: number }
export interface Tallies { period: Tally; months: Map<string, Tally> }

/**
 * A KPI that is a share of records: `table`'s rows whose `time` column falls in the period (or a month), kept by
 * `base`, of which those matching the SQL condition `met` count as met. Customer filters apply through the
 * record's customer.
 */
export interface RatioSpec {
  table: string;
  time: { column: string; kind: 'day' | 'instant' };
  base: (qb: Knex.QueryBuilder) => void;
  met: string;
}

/** The customer filters and a sales consultant's narrowing, on a query joined to `customers`. */
export function whereCustomers(qb: Knex.QueryBuilder, s: DashboardScope): void {
  if (s.region) qb.where('customers.region', s.region);
  if (s.tier_id) qb.where('customers.tier_id', s.tier_id);
  if (s.owner_id) qb.where('customers.owner_id', s.owner_id);
}

/** The ids of the customers the filters keep. */
export function matchingCustomers(db: Knex, s: DashboardScope): Knex.QueryBuilder {
  const qb = db('customers').select('customers.id');
  whereCustomers(qb, s);
  return qb;
}

const filtered = (s: DashboardScope) => Boolean(s.region || s.tier_id || s.owner_id);

function rows(db: Knex, spec: RatioSpec, s: DashboardScope, fromDay: string, toExclusive: string): Knex.QueryBuilder {
  const { column, kind } = spec.time;
  const col = `${spec.table}.${column}`;
  const qb = db(spec.table);
  // an IN over the matching customers' ids (read from an index) beats looking each record's customer up
  if (filtered(s)) qb.whereIn(`${spec.table}.customer_id`, matchingCustomers(db, s));
  const [lo, hi] = kind === 'day' ? [fromDay, toExclusive] : instantsOf(fromDay, toExclusive);
  qb.where(col, '>=', lo).where(col, '<', hi);
  spec.base(qb);
  return qb;
}

const tally = (r: { n?: unknown; m?: unknown } | undefined): Tally => ({ count: Number(r?.n ?? 0), met: Number(r?.m ?? 0) });

/** Two queries: the period's totals, and all trend months at once (grouped by month). */
export async function ratioTallies(db: Knex, spec: RatioSpec, s: DashboardScope, months: string[]): Promise<Tallies> {
  const counted = `COUNT(*) AS n, SUM(CASE WHEN ${spec.met} THEN 1 ELSE 0 END) AS m`;
  const col = `${spec.table}.${spec.time.column}`;
  const monthSql = spec.time.kind === 'day' ? dayMonthSql(db, col) : instantMonthSql(db, col);
  const [period, grouped] = await Promise.all([
    rows(db, spec, s, s.from, addDays(s.to, 1)).select(db.raw(counted)).first(),
    rows(db, spec, s, `${months[0]}-01`, nextMonthStart(months[months.length - 1]))
      .select(db.raw(`${monthSql} AS month`), db.raw(counted))
      .groupByRaw(monthSql) as Promise<{ month: string; n: unknown; m: unknown }[]>,
  ]);
  return { period: tally(period), months: new Map(grouped.map((r) => [String(r.month), tally(r)])) };
}
