import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { addDays } from '../chinaTime.js';
import { careSetting } from '../care/settings.js';
import { nextMonthStart, trendMonths } from './months.js';
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
  /** done follow-ups read to build the report (one query; the per-item JSON is aggregated here) */
  rows_read: number;
}

interface Sum { total: number; count: number }

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
 * differ between SQLite and PostgreSQL, so one query reads the 12 months' done, scored follow-ups (their date,
 * overall score and scores only — a department's year is a few thousand rows) and they are summed here.
 */
export async function satisfactionReport(db: Knex, actor: Actor, q: KpiQuery, now: Date): Promise<SatisfactionReport> {
  const s = scopeOf(q, actor, now);
  const months = trendMonths(s.to);
  const rowsQuery = db('follow_ups').where('follow_ups.status', 'done').whereNotNull('follow_ups.overall_score')
    .where('follow_ups.done_date', '>=', `${months[0]}-01`).where('follow_ups.done_date', '<', nextMonthStart(months[months.length - 1]))
    .select('follow_ups.done_date', 'follow_ups.overall_score', 'follow_ups.scores');
  if (s.region || s.tier_id || s.owner_id) rowsQuery.whereIn('follow_ups.customer_id', matchingCustomers(db, s));
  const [rows, lookups, targets] = await Promise.all([
    rowsQuery as Promise<{ done_date: unknown; overall_score: unknown; scores: unknown }[]>,
    db('lookups').where({ type: 'service_item' }).orderBy([{ column: 'sort_order' }, { column: 'id' }]).select('code') as Promise<{ code: string }[]>,
    careSetting(db, 'targets'),
  ]);
  const codes = lookups.map((l) => String(l.code));
  const known = new Set(codes);
  const byItem = new Map<string, Sum>();
  const overall = new Map<string, Sum & { met: number }>();
  for (const r of rows) {
    // a date column reads as 'YYYY-MM-DD' text on both databases (server/db/connect.ts)
    const month = String(r.done_date).slice(0, 7);
    const o = overall.get(month) ?? { total: 0, count: 0, met: 0 };
    const score = Number(r.overall_score);
    overall.set(month, { total: o.total + score, count: o.count + 1, met: o.met + (score >= 4 ? 1 : 0) });
    for (const [code, v] of Object.entries(scoresOf(r.scores))) {
      if (!known.has(code) || !isScore(v)) continue;
      const key = `${code}|${month}`;
      const sum = byItem.get(key) ?? { total: 0, count: 0 };
      byItem.set(key, { total: sum.total + v, count: sum.count + 1 });
    }
  }
  return {
    from: s.from, to: s.to, scope: s.scope, months, target: targets.satisfaction, rows_read: rows.length,
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
