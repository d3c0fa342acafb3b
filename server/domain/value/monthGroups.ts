import type { Knex } from 'knex';
import { chinaDay } from '../chinaTime.js';
import type { DashboardScope } from '../analytics/query.js';
import { matchingCustomers } from '../analytics/ratio.js';
import { isSegment, type Segment } from './segments.js';
import { SNAPSHOTS } from './snapshot.js';

/** The month's customers with one segment, R, F and segment the month before: counts and sums to fold. */
export interface MonthGroup {
  segment: Segment;
  r: number;
  f: number;
  previous: Segment | null;
  n: number;
  m_sum: number;
  days_sum: number;
  /** customers with a recency (some never came) */
  days_n: number;
  frequency_sum: number;
  spend: number;
  /** the valuable-customer rules these customers meet (flags.ts bits) */
  flags: number;
}

const num = (v: unknown): number => Number(v ?? 0);

/**
 * One pass over a month's snapshot (in primary-key order), grouped by (segment, R, F, segment the month before,
 * flags): a couple of thousand groups at most, whatever the number of customers; grouping by the bitmask costs
 * less than counting each rule with a CASE per row. The filters narrow through the matching customers' ids
 * (their indexes), not a join per row.
 */
export async function monthGroups(db: Knex, s: DashboardScope, month: string): Promise<MonthGroup[]> {
  const sums = [
    'COUNT(*) AS n', 'SUM(s.m) AS m_sum', 'SUM(s.recency_days) AS days_sum', 'COUNT(s.recency_days) AS days_n',
    'SUM(s.frequency) AS frequency_sum', 'SUM(s.monetary) AS spend',
  ].join(', ');
  const qb = db(`${SNAPSHOTS} as s`).where('s.month', month)
    .groupBy('s.segment', 's.r', 's.f', 's.previous_segment', 's.flags')
    .select('s.segment', 's.r', 's.f', 's.previous_segment as previous', 's.flags', db.raw(sums));
  if (s.region || s.tier_id || s.owner_id) qb.whereIn('s.customer_id', matchingCustomers(db, s));
  const rows: Record<string, unknown>[] = await qb;
  return rows.filter((r) => isSegment(r.segment)).map((r) => ({
    segment: r.segment as Segment, r: num(r.r), f: num(r.f), previous: isSegment(r.previous) ? r.previous : null,
    n: num(r.n), m_sum: num(r.m_sum), days_sum: num(r.days_sum), days_n: num(r.days_n), frequency_sum: num(r.frequency_sum),
    spend: num(r.spend), flags: num(r.flags),
  }));
}

/** The day a month's snapshot was computed as of (one row tells: a month is written whole). */
export async function monthAsOf(db: Knex, month: string): Promise<string | null> {
  const row = await db(SNAPSHOTS).where({ month }).first('as_of');
  return row?.as_of == null ? null : row.as_of instanceof Date ? chinaDay(row.as_of) : String(row.as_of).slice(0, 10);
}
