import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { addDays } from '../chinaTime.js';
import { instantMonthSql, instantsOf, nextMonthStart, trendMonths } from './months.js';
import { scopeOf, type DashboardScope } from './query.js';
import { matchingCustomers } from './ratio.js';
import type { ComplaintAnalysis, ComplaintDrill, ComplaintSlaFigures } from './complaintTypes.js';
import type { KpiQuery } from './types.js';

/**
 * A clock is judged once it stopped or ran out: answered (in time or late) or past its deadline while still open;
 * complaints still inside their clock are not counted either way (as on the dashboard's KPI).
 */
function slaSums(nowIso: string): string {
  const judged = (done: string, due: string) => `${due} IS NOT NULL AND (${done} IS NOT NULL OR ${due} < '${nowIso}')`;
  const met = (done: string, due: string) => `${done} IS NOT NULL AND ${due} IS NOT NULL AND ${done} <= ${due}`;
  const sum = (cond: string, as: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END) AS ${as}`;
  const r = ['complaints.responded_at', 'complaints.first_response_due_at'] as const;
  const s = ['complaints.resolved_at', 'complaints.resolve_due_at'] as const;
  return ['COUNT(*) AS n', sum(judged(...r), 'rj'), sum(met(...r), 'rm'), sum(judged(...s), 'sj'), sum(met(...s), 'sm')].join(', ');
}

type SumRow = { n?: unknown; rj?: unknown; rm?: unknown; sj?: unknown; sm?: unknown };
const rate = (met: number, judged: number) => (judged ? met / judged : null);

function figures(r: SumRow | undefined): ComplaintSlaFigures {
  const [count, rj, rm, sj, sm] = [r?.n, r?.rj, r?.rm, r?.sj, r?.sm].map((v) => Number(v ?? 0));
  return { count, response_judged: rj, response_met: rm, resolve_judged: sj, resolve_met: sm, response_rate: rate(rm, rj), resolve_rate: rate(sm, sj) };
}

/** Complaints received in [fromDay, toExclusive) of the customers the filters keep. */
function received(db: Knex, s: DashboardScope, fromDay: string, toExclusive: string): Knex.QueryBuilder {
  const qb = db('complaints');
  if (s.region || s.tier_id || s.owner_id) qb.whereIn('complaints.customer_id', matchingCustomers(db, s));
  const [lo, hi] = instantsOf(fromDay, toExclusive);
  return qb.where('complaints.received_at', '>=', lo).where('complaints.received_at', '<', hi);
}

/** The complaints list's filter for a China-day range (the list compares instants). */
const receivedFilter = (fromDay: string, toExclusive: string) => ({
  received_at_gte: `${fromDay}T00:00:00+08:00`, received_at_lt: `${toExclusive}T00:00:00+08:00`,
});

function median(values: number[]): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  const m = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return Math.round(m * 10) / 10;
}

const hoursBetween = (from: unknown, to: unknown): number => (new Date(to as string).getTime() - new Date(from as string).getTime()) / 3_600_000;

/** Complaint analysis for the signed-in person (see complaintTypes.ts): five queries, grouped in SQL. */
export async function complaintAnalysis(db: Knex, actor: Actor, q: KpiQuery, now: Date): Promise<ComplaintAnalysis> {
  const s = scopeOf(q, actor, now);
  const end = addDays(s.to, 1);
  const sums = slaSums(now.toISOString());
  const months = trendMonths(s.to);
  const monthSql = instantMonthSql(db, 'complaints.received_at');
  const period = () => received(db, s, s.from, end);
  const drill = (filter: Record<string, unknown>): ComplaintDrill => ({ resource: 'complaints', filter: { ...receivedFilter(s.from, end), ...filter } });
  type Grouped = SumRow & { code: string | null };
  const [total, categories, departments, monthly, times] = await Promise.all([
    period().select(db.raw(sums)).first() as Promise<SumRow | undefined>,
    period().select('complaints.category as code', db.raw(sums)).groupBy('complaints.category') as Promise<Grouped[]>,
    period().select('complaints.department as code', db.raw(sums)).groupBy('complaints.department') as Promise<Grouped[]>,
    received(db, s, `${months[0]}-01`, nextMonthStart(months[months.length - 1]))
      .select(db.raw(`${monthSql} AS month`), db.raw(sums)).groupByRaw(monthSql) as Promise<(SumRow & { month: string })[]>,
    period().where((w) => w.whereNotNull('complaints.responded_at').orWhereNotNull('complaints.resolved_at'))
      .select('complaints.received_at', 'complaints.responded_at', 'complaints.resolved_at') as Promise<{ received_at: unknown; responded_at: unknown; resolved_at: unknown }[]>,
  ]);
  const byMonth = new Map(monthly.map((r) => [String(r.month), r]));
  const hours = (key: 'responded_at' | 'resolved_at') => times.filter((t) => t[key] != null).map((t) => hoursBetween(t.received_at, t[key]));
  // ties broken by code so the order is the same on both databases
  const groups = (rows: Grouped[], field: string) => rows
    .map((r) => ({ code: r.code ?? null, ...figures(r), drill: drill(r.code == null ? { [`${field}_null`]: true } : { [field]: r.code }) }))
    .sort((a, b) => b.count - a.count || String(a.code ?? '\uffff').localeCompare(String(b.code ?? '\uffff')));
  return {
    from: s.from, to: s.to, scope: s.scope,
    totals: { ...figures(total), median_response_hours: median(hours('responded_at')), median_resolve_hours: median(hours('resolved_at')) },
    by_category: groups(categories, 'category'),
    by_department: groups(departments, 'department'),
    by_month: months.map((month) => ({
      month, ...figures(byMonth.get(month)),
      drill: { resource: 'complaints', filter: receivedFilter(`${month}-01`, nextMonthStart(month)) },
    })),
  };
}
