import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { averageOf, csatOf, npsOf } from '../surveys/scoring.js';
import { addDays, chinaDay } from '../chinaTime.js';

/**
 * Weekly and monthly follow-up reports (seed 001: "将回访记录以周报、月报的形式进行总结分析"). A period counts
 * the follow-ups due in it (China dates; weeks start on Monday), cancelled ones left out: how many were done,
 * not reached or still open, the share done and reached, the overall 1–5 score's average and CSAT (4–5),
 * NPS from the recommend question, complaints opened; by staff, by reason, and the trend of the periods before.
 */
export type Period = 'week' | 'month';

export interface Totals {
  due: number;
  done: number;
  not_reached: number;
  pending: number;
  overdue: number;
  complaints: number;
  completion_pct: number | null;
  reached_pct: number | null;
  avg_score: number | null;
  csat: number | null;
  nps: number | null;
}

export interface FollowUpReport {
  period: Period;
  from: string;
  to: string;
  totals: Totals;
  by_staff: (Totals & { staff_id: number | null; staff_name: string | null })[];
  by_reason: (Totals & { reason: string })[];
  trend: { from: string; to: string; due: number; done: number; completion_pct: number | null; avg_score: number | null; csat: number | null }[];
}

export const TREND_PERIODS: Record<Period, number> = { week: 8, month: 6 };

/** The week (Monday–Sunday) or calendar month holding `day`. */
export function periodOf(period: Period, day: string): { from: string; to: string } {
  if (period === 'week') {
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
    const from = addDays(day, -weekday);
    return { from, to: addDays(from, 6) };
  }
  const from = `${day.slice(0, 7)}-01`;
  const next = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1)).toISOString().slice(0, 10);
  return { from, to: addDays(next, -1) };
}

const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
const parsed = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

function npsScore(row: Row): number | null {
  const a = parsed(row.answers) as { nps?: unknown } | null;
  return a && typeof a.nps === 'number' ? a.nps : null;
}

export function totalsOf(rows: readonly Row[], today: string): Totals {
  const count = (f: (r: Row) => boolean) => rows.filter(f).length;
  const done = rows.filter((r) => r.status === 'done');
  const notReached = count((r) => r.status === 'not_reached');
  const scores = done.map((r) => r.overall_score).filter((s) => s != null).map(Number);
  const nps = rows.map(npsScore).filter((s): s is number => s !== null);
  return {
    due: rows.length, done: done.length, not_reached: notReached, pending: count((r) => r.status === 'pending'),
    overdue: count((r) => r.status === 'pending' && String(r.due_date).slice(0, 10) < today),
    complaints: count((r) => r.complaint_id != null),
    completion_pct: pct(done.length, rows.length), reached_pct: pct(done.length, done.length + notReached),
    avg_score: averageOf(scores), csat: csatOf(scores), nps: npsOf(nps),
  };
}

function groupBy<K>(rows: readonly Row[], key: (r: Row) => K): Map<K, Row[]> {
  const groups = new Map<K, Row[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

/** `base` is the follow-ups the asker may see (their scope applied); `now` fixes "today" for overdue. */
export async function followUpReport(db: Knex, base: () => Knex.QueryBuilder, period: Period, day: string, now = new Date()): Promise<FollowUpReport> {
  const { from, to } = periodOf(period, day);
  const today = chinaDay(now);
  const rows: Row[] = await base().whereBetween('follow_ups.due_date', [from, to]).whereNot('follow_ups.status', 'cancelled')
    .select('follow_ups.id', 'follow_ups.staff_id', 'follow_ups.reason', 'follow_ups.status', 'follow_ups.overall_score',
      'follow_ups.answers', 'follow_ups.complaint_id', 'follow_ups.due_date');
  const staffIds = [...new Set(rows.map((r) => r.staff_id).filter((v) => v != null).map(Number))];
  const names = new Map<number, string>();
  if (staffIds.length) for (const u of await db('users').whereIn('id', staffIds).select('id', 'name')) names.set(Number(u.id), String(u.name));

  const by_staff = [...groupBy(rows, (r) => (r.staff_id == null ? null : Number(r.staff_id))).entries()]
    .map(([id, group]) => ({ staff_id: id, staff_name: id == null ? null : names.get(id) ?? null, ...totalsOf(group, today) }))
    .sort((a, b) => b.due - a.due);
  const by_reason = [...groupBy(rows, (r) => String(r.reason)).entries()]
    .map(([reason, group]) => ({ reason, ...totalsOf(group, today) })).sort((a, b) => b.due - a.due);

  const periods: { from: string; to: string }[] = [];
  let cursor = from;
  for (let i = 0; i < TREND_PERIODS[period]; i += 1) {
    const p = periodOf(period, cursor);
    periods.unshift(p);
    cursor = addDays(p.from, -1);
  }
  const history: Row[] = await base().whereBetween('follow_ups.due_date', [periods[0].from, to]).whereNot('follow_ups.status', 'cancelled')
    .select('follow_ups.status', 'follow_ups.overall_score', 'follow_ups.due_date');
  const trend = periods.map((p) => {
    const group = history.filter((r) => { const d = String(r.due_date).slice(0, 10); return d >= p.from && d <= p.to; });
    const t = totalsOf(group, today);
    return { ...p, due: t.due, done: t.done, completion_pct: t.completion_pct, avg_score: t.avg_score, csat: t.csat };
  });
  return { period, from, to, totals: totalsOf(rows, today), by_staff, by_reason, trend };
}
