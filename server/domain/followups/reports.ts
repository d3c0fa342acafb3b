import type { Knex } from 'knex';
import { addSums, emptySums, npsSelect, sumsOf, sumsSelect, type Sums } from './reportSums.js';
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

/** The follow-ups list's filter that opens the calls behind a row (due in its days, cancelled ones left out). */
export interface FollowUpDrill {
  resource: 'follow_ups';
  filter: Record<string, unknown>;
}

export interface FollowUpReport {
  /** a week's or month's report; for a range, the trend's unit (weeks for up to RANGE_WEEKS_UP_TO days, else months) */
  period: Period;
  from: string;
  to: string;
  totals: Totals;
  by_staff: (Totals & { staff_id: number | null; staff_name: string | null; drill: FollowUpDrill })[];
  by_reason: (Totals & { reason: string; drill: FollowUpDrill })[];
  trend: { from: string; to: string; due: number; done: number; completion_pct: number | null; avg_score: number | null; csat: number | null; drill: FollowUpDrill }[];
}

export const TREND_PERIODS: Record<Period, number> = { week: 8, month: 6 };
/** A chosen range's trend: 8 weeks when it spans up to this many days, else the 12 months ending with its last. */
export const RANGE_WEEKS_UP_TO = 62;
const RANGE_MONTHS = 12;

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

/** The report's measures from summed counts (reportSums.ts), rounded as server/domain/surveys/scoring.ts rounds. */
export function totalsOf(m: Sums): Totals {
  return {
    due: m.due, done: m.done, not_reached: m.not_reached, pending: m.pending, overdue: m.overdue, complaints: m.complaints,
    completion_pct: pct(m.done, m.due), reached_pct: pct(m.done, m.done + m.not_reached),
    avg_score: m.scored ? Math.round((m.score_sum / m.scored) * 100) / 100 : null,
    csat: pct(m.satisfied, m.scored), nps: pct(m.promoters - m.detractors, m.nps_n),
  };
}

/** Groups' sums added up by a coarser key (staff, reason). */
function sumBy<K>(rows: readonly { key: K; sums: Sums }[]): Map<K, Sums> {
  const out = new Map<K, Sums>();
  for (const r of rows) {
    const into = out.get(r.key);
    if (into) addSums(into, r.sums);
    else out.set(r.key, addSums(emptySums(), r.sums));
  }
  return out;
}

const drillOf = (from: string, to: string, extra: Record<string, unknown> = {}): FollowUpDrill => ({
  resource: 'follow_ups', filter: { due_date_gte: from, due_date_lte: to, status_neq: 'cancelled', ...extra },
});

/** `count` periods of `unit` ending with the one holding `day`, oldest first. */
function periodsBefore(unit: Period, day: string, count: number): { from: string; to: string }[] {
  const periods: { from: string; to: string }[] = [];
  let cursor = day;
  for (let i = 0; i < count; i += 1) {
    const p = periodOf(unit, cursor);
    periods.unshift(p);
    cursor = addDays(p.from, -1);
  }
  return periods;
}

/** `base` is the follow-ups the asker may see (their scope applied); `now` fixes "today" for overdue. */
export async function followUpReport(db: Knex, base: () => Knex.QueryBuilder, period: Period, day: string, now = new Date()): Promise<FollowUpReport> {
  const { from, to } = periodOf(period, day);
  return reportOver(db, base, { from, to }, period, periodsBefore(period, day, TREND_PERIODS[period]), now);
}

/** The same report over a chosen range of due dates (the reports' shared filters), its trend in weeks or months. */
export async function followUpRangeReport(db: Knex, base: () => Knex.QueryBuilder, from: string, to: string, now = new Date()): Promise<FollowUpReport> {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  const unit: Period = days <= RANGE_WEEKS_UP_TO ? 'week' : 'month';
  return reportOver(db, base, { from, to }, unit, periodsBefore(unit, to, unit === 'week' ? TREND_PERIODS.week : RANGE_MONTHS), now);
}

async function reportOver(db: Knex, base: () => Knex.QueryBuilder, range: { from: string; to: string }, period: Period,
  periods: { from: string; to: string }[], now: Date): Promise<FollowUpReport> {
  const { from, to } = range;
  const today = chinaDay(now);
  const live = (lo: string, hi: string) => base().whereBetween('follow_ups.due_date', [lo, hi]).whereNot('follow_ups.status', 'cancelled');
  const [groupRows, npsRows, dayRows] = await Promise.all([
    live(from, to).select('follow_ups.staff_id', 'follow_ups.reason', ...sumsSelect(db, today))
      .groupBy('follow_ups.staff_id', 'follow_ups.reason') as Promise<Record<string, unknown>[]>,
    // NPS: the follow-ups answered with a survey, found through their index (an IN over the few templates)
    live(from, to).whereIn('follow_ups.survey_template_id', db('survey_templates').select('id')).select('follow_ups.staff_id', 'follow_ups.reason', ...npsSelect(db))
      .groupBy('follow_ups.staff_id', 'follow_ups.reason') as Promise<Record<string, unknown>[]>,
    live(periods[0].from, periods[periods.length - 1].to).select('follow_ups.due_date', ...sumsSelect(db, today))
      .groupBy('follow_ups.due_date') as Promise<Record<string, unknown>[]>,
  ]);
  const keyOf = (r: Record<string, unknown>) => `${String(r.staff_id ?? '')}|${String(r.reason)}`;
  const nps = new Map(npsRows.map((r) => [keyOf(r), sumsOf(r)]));
  const groups = groupRows.map((r) => {
    const sums = sumsOf(r);
    const n = nps.get(keyOf(r));
    if (n) Object.assign(sums, { nps_n: n.nps_n, promoters: n.promoters, detractors: n.detractors });
    return { staff: r.staff_id == null ? null : Number(r.staff_id), reason: String(r.reason), sums };
  });
  const staffIds = [...new Set(groups.map((g) => g.staff).filter((v): v is number => v != null))];
  const names = new Map<number, string>();
  if (staffIds.length) for (const u of await db('users').whereIn('id', staffIds).select('id', 'name')) names.set(Number(u.id), String(u.name));

  const by_staff = [...sumBy(groups.map((g) => ({ key: g.staff, sums: g.sums }))).entries()]
    .map(([id, sums]) => ({
      staff_id: id, staff_name: id == null ? null : names.get(id) ?? null, ...totalsOf(sums),
      drill: drillOf(from, to, id == null ? { staff_id_null: true } : { staff_id: id }),
    }))
    .sort((a, b) => b.due - a.due || (a.staff_id ?? 0) - (b.staff_id ?? 0));
  const by_reason = [...sumBy(groups.map((g) => ({ key: g.reason, sums: g.sums }))).entries()]
    .map(([reason, sums]) => ({ reason, ...totalsOf(sums), drill: drillOf(from, to, { reason }) }))
    .sort((a, b) => b.due - a.due || a.reason.localeCompare(b.reason));
  const total = groups.reduce((acc, g) => addSums(acc, g.sums), emptySums());

  // a date column reads as 'YYYY-MM-DD' text on both databases (server/db/connect.ts)
  const days = dayRows.map((r) => ({ day: String(r.due_date).slice(0, 10), sums: sumsOf(r) }));
  const trend = periods.map((p) => {
    const t = totalsOf(days.filter((d) => d.day >= p.from && d.day <= p.to).reduce((acc, d) => addSums(acc, d.sums), emptySums()));
    return { ...p, due: t.due, done: t.done, completion_pct: t.completion_pct, avg_score: t.avg_score, csat: t.csat, drill: drillOf(p.from, p.to) };
  });
  return { period, from, to, totals: totalsOf(total), by_staff, by_reason, trend };
}
