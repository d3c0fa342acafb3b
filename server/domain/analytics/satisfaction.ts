import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { addDays } from '../chinaTime.js';
import { careSetting } from '../care/settings.js';
import { dayMonthSql, nextMonthStart, trendMonths } from './months.js';
import { scopeOf } from './query.js';
import { matchingCustomers } from './ratio.js';
import type { KpiQuery } from './types.js';

/** One month of one service item: the mean of its 1–5 scores, null when nobody rated it that month. */
export interface ItemMonth { month: string; average: number | null; count: number }

/** One month of the follow-ups as a whole: CSAT (share of overall scores 4–5) and the mean overall score. */
export interface OverallMonth {
  month: string;
  csat: number | null;
  average: number | null;
  count: number;
  /** the follow-ups list filtered to that month's low scores (overall 3 or below) */
  drill: { resource: 'follow_ups'; filter: Record<string, unknown> };
}

export interface SatisfactionReport {
  from: string;
  to: string;
  scope: 'department' | 'own';
  /** the 12 China-time months (YYYY-MM) ending with `to`'s month, oldest first */
  months: string[];
  /** CSAT target (0–1), the care setting targets.satisfaction */
  target: number;
  /** service_item lookup codes in their list order, each with a point per month */
  items: { code: string; months: ItemMonth[] }[];
  overall: OverallMonth[];
  /** the done, scored follow-ups the report sums (the 12 months', narrowed by the filters) */
  rows_read: number;
}

interface Sum { total: number; count: number }
type Row = Record<string, unknown>;

const mean = (s: Sum | undefined): number | null => (s && s.count ? Math.round((s.total / s.count) * 100) / 100 : null);

/** `scores` as stored: JSON text in SQLite, already parsed from json in PostgreSQL; anything else reads as none. */
function scoresOf(raw: unknown): Record<string, unknown> {
  let v = raw;
  if (typeof v === 'string') {
    try { v = JSON.parse(v); } catch { return {}; }
  }
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

const lastDay = (month: string) => addDays(nextMonthStart(month), -1);

/**
 * Satisfaction by service item (issue 8, part 5): over the 12 months ending with the period's last month, each
 * service item's mean score (the follow-up's `scores`, keyed by service_item code, 1–5) and the month's CSAT
 * (overall score 4–5 of all scored). Follow-ups count in the China-time month they were done; the customer filters
 * and a sales consultant's narrowing apply as on the dashboard. The per-item figures live in JSON whose functions
 * differ between SQLite and PostgreSQL (and parsing it in SQL was three times slower than here), so the database
 * counts each month's alike score documents and they are summed here; the overall scores are summed in SQL.
 */
export async function satisfactionReport(db: Knex, actor: Actor, q: KpiQuery, now: Date): Promise<SatisfactionReport> {
  const s = scopeOf(q, actor, now);
  const months = trendMonths(s.to);
  const month = dayMonthSql(db, 'follow_ups.done_date');
  const scored = () => {
    const qb = db('follow_ups').where('follow_ups.status', 'done').whereNotNull('follow_ups.overall_score')
      .where('follow_ups.done_date', '>=', `${months[0]}-01`).where('follow_ups.done_date', '<', nextMonthStart(months[months.length - 1]));
    return s.region || s.tier_id || s.owner_id ? qb.whereIn('follow_ups.customer_id', matchingCustomers(db, s)) : qb;
  };
  const [overallRows, scoreRows, lookups, targets] = await Promise.all([
    // the overall scores, summed from an index
    scored().select(db.raw(`${month} AS month`), db.raw('COUNT(*) AS n'), db.raw('SUM(follow_ups.overall_score) AS total'),
      db.raw('SUM(CASE WHEN follow_ups.overall_score >= 4 THEN 1 ELSE 0 END) AS met')).groupByRaw(month) as Promise<Row[]>,
    // the per-item scores as stored, alike ones counted together (a year's 55,000 follow-ups hold about 8,000 kinds)
    scored().whereNotNull('follow_ups.scores').select(db.raw(`${month} AS month`), 'follow_ups.scores', db.raw('COUNT(*) AS n'))
      .groupByRaw(`${month}, follow_ups.scores`) as Promise<Row[]>,
    db('lookups').where({ type: 'service_item' }).orderBy([{ column: 'sort_order' }, { column: 'id' }]).select('code') as Promise<{ code: string }[]>,
    careSetting(db, 'targets'),
  ]);
  const codes = lookups.map((l) => String(l.code));
  const known = new Set(codes);
  const byItem = new Map<string, Sum>();
  const overall = new Map(overallRows.map((r) => [String(r.month), { total: Number(r.total), count: Number(r.n), met: Number(r.met) }]));
  for (const r of scoreRows) {
    const n = Number(r.n);
    for (const [code, v] of Object.entries(scoresOf(r.scores))) {
      if (!known.has(code) || !isScore(v)) continue;
      const key = `${code}|${String(r.month)}`;
      const sum = byItem.get(key) ?? { total: 0, count: 0 };
      byItem.set(key, { total: sum.total + v * n, count: sum.count + n });
    }
  }
  const rowsRead = [...overall.values()].reduce((sum, o) => sum + o.count, 0);
  return {
    from: s.from, to: s.to, scope: s.scope, months, target: targets.satisfaction, rows_read: rowsRead,
    items: codes.map((code) => ({
      code, months: months.map((month) => ({ month, average: mean(byItem.get(`${code}|${month}`)), count: byItem.get(`${code}|${month}`)?.count ?? 0 })),
    })),
    overall: months.map((month) => {
      const o = overall.get(month);
      return {
        month, average: mean(o), count: o?.count ?? 0, csat: o && o.count ? o.met / o.count : null,
        drill: {
          resource: 'follow_ups' as const,
          filter: {
            status: 'done', overall_score_lte: 3, done_date_gte: `${month}-01`, done_date_lte: lastDay(month),
          },
        },
      };
    }),
  };
}
