import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { monthIndex, monthOfIndex } from '../analytics/months.js';
import { scopeOf } from '../analytics/query.js';
import type { KpiQuery } from '../analytics/types.js';
import { FLAGS, flagBit, type Flag } from './flags.js';
import { SEGMENTS, type Segment } from './segments.js';
import { monthAsOf, monthGroups, type MonthGroup } from './monthGroups.js';
import { SNAPSHOTS } from './snapshot.js';
import { previousMonth } from './valueFilters.js';
import type { ValueDrill, ValueReport } from './reportTypes.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_MONTHS = 36;

/** `month=YYYY-MM` of the query string, checked (400 naming it). */
export function parseValueMonth(raw: Record<string, unknown>): string | undefined {
  const v = raw.month;
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string' || !MONTH.test(v)) throw badRequest({ month: reason('not_in_list', { options: 'YYYY-MM' }) });
  return v;
}

const avg = (v: unknown): number | null => (v == null ? null : Math.round(Number(v) * 100) / 100);

/** The month shown: the one asked for, else the latest snapshot up to the month of `to`. */
async function monthsOf(db: Knex, asked: string | undefined, to: string): Promise<{ month: string | null; months: string[] }> {
  const range = await db(SNAPSHOTS).min({ lo: 'month' }).max({ hi: 'month' }).first() as { lo: string | null; hi: string | null } | undefined;
  if (!range?.lo || !range.hi) return { month: asked ?? null, months: [] };
  const [lo, hi] = [monthIndex(range.lo), monthIndex(range.hi)];
  const months = Array.from({ length: Math.min(hi - lo + 1, MAX_MONTHS) }, (_, i) => monthOfIndex(hi - i));
  if (asked) return { month: asked, months };
  const cap = to.slice(0, 7);
  return { month: months.find((m) => m <= cap) ?? months[months.length - 1], months };
}

/**
 * The customer-value report for the signed-in person (see reportTypes.ts): one grouped query over one month's
 * snapshot joined to the month before (monthGroups.ts), folded here into segments, the R × F grid, flags and moves.
 */
export async function valueReport(db: Knex, actor: Actor, q: KpiQuery, askedMonth: string | undefined, now: Date): Promise<ValueReport> {
  const s = scopeOf(q, actor, now);
  const { month, months } = await monthsOf(db, askedMonth, s.to);
  const base = { from: s.from, to: s.to, scope: s.scope, months };
  const narrowed: Record<string, unknown> = {};
  if (s.region) narrowed.region = s.region;
  if (s.tier_id) narrowed.tier_id = s.tier_id;
  if (s.owner_id) narrowed.owner_id = s.owner_id;
  const drill = (filter: Record<string, unknown>): ValueDrill => ({ resource: 'customers', filter: { ...narrowed, ...filter } });
  const empty = { count: 0, flagged: 0, flagged_drill: drill({}), total_monetary: 0, avg_monetary: null, drill: drill({}) };
  if (!month) return { ...base, month: null, as_of: null, previous: null, total: empty, segments: [], grid: [], flags: [], movement: { moved: 0, stayed: 0, entered: 0, cells: [] } };
  const previous = previousMonth(month);
  const [groups, asOf] = await Promise.all([monthGroups(db, s, month), monthAsOf(db, month)]);
  const count = groups.reduce((t, g) => t + g.n, 0);
  const spend = groups.reduce((t, g) => t + g.spend, 0);
  const share = (n: number) => (count ? n / count : 0);
  const sumOf = (keep: (g: MonthGroup) => boolean, value: (g: MonthGroup) => number) => groups.filter(keep).reduce((t, g) => t + value(g), 0);
  const moves = new Map<string, { from: Segment | null; to: Segment; n: number }>();
  for (const g of groups) {
    const key = `${g.previous ?? ''}>${g.segment}`;
    const m = moves.get(key) ?? { from: g.previous, to: g.segment, n: 0 };
    m.n += g.n;
    moves.set(key, m);
  }
  const order = (v: Segment | null) => (v === null ? -1 : SEGMENTS.indexOf(v));
  const moveCells = [...moves.values()]
    .map(({ from, to, n }) => ({ from, to, count: n, drill: drill({ value_moved: `${month}:${from ?? 'none'}:${to}` }) }))
    .sort((a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to));
  const sumMoves = (keep: (m: { from: Segment | null; to: Segment }) => boolean) => moveCells.filter(keep).reduce((t, m) => t + m.count, 0);
  return {
    ...base, month, as_of: asOf, previous,
    total: {
      count, drill: drill({ value_segment: `${month}:all` }),
      flagged: sumOf((g) => g.flags !== 0, (g) => g.n), flagged_drill: drill({ value_flag: `${month}:any` }),
      total_monetary: avg(spend) ?? 0, avg_monetary: count ? avg(spend / count) : null,
    },
    segments: SEGMENTS.map((segment) => {
      const mine = (g: MonthGroup) => g.segment === segment;
      const n = sumOf(mine, (g) => g.n);
      const per = (value: (g: MonthGroup) => number, of = n) => (of ? avg(sumOf(mine, value) / of) : null);
      const total = sumOf(mine, (g) => g.spend);
      return {
        segment, count: n, share: share(n),
        avg_r: per((g) => g.r * g.n), avg_f: per((g) => g.f * g.n), avg_m: per((g) => g.m_sum),
        avg_recency_days: per((g) => g.days_sum, sumOf(mine, (g) => g.days_n)), avg_frequency: per((g) => g.frequency_sum),
        avg_monetary: n ? avg(total / n) : null, total_monetary: avg(total) ?? 0,
        drill: drill({ value_segment: `${month}:${segment}` }),
      };
    }),
    grid: [5, 4, 3, 2, 1].flatMap((r) => [1, 2, 3, 4, 5].map((f) => {
      const n = sumOf((g) => g.r === r && g.f === f, (g) => g.n);
      return { r, f, count: n, share: share(n), drill: drill({ value_rf: `${month}:${r}:${f}` }) };
    })),
    flags: FLAGS.map((flag: Flag) => {
      const n = sumOf((g) => (g.flags & flagBit(flag)) !== 0, (g) => g.n);
      return { flag, count: n, share: share(n), drill: drill({ value_flag: `${month}:${flag}` }) };
    }),
    movement: {
      moved: sumMoves((m) => m.from !== null && m.from !== m.to),
      stayed: sumMoves((m) => m.from === m.to),
      entered: sumMoves((m) => m.from === null),
      cells: moveCells,
    },
  };
}
