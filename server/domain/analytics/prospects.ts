import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { enums } from '../../resources/enums.js';
import { addDays } from '../chinaTime.js';
import { instantsOf, nextMonthStart, trendMonths } from './months.js';
import { scopeOf, type DashboardScope } from './query.js';
import { GROUPINGS, prospectTallies, type Tally, type Tallies } from './prospectSql.js';
import type { ProspectAnalysis, ProspectDrills, ProspectFigures, ProspectGroup } from './prospectTypes.js';
import type { KpiQuery } from './types.js';

type Breakdown = Exclude<keyof typeof GROUPINGS, 'by_month'>;

/** Lists with an order of their own keep it (soonest purchase first); the others go by cards opened. */
const ORDERED: Partial<Record<Breakdown, readonly string[]>> = {
  by_purchase_time: enums.purchase_timeframe,
  by_purchase_type: enums.purchase_type,
};

/** The median of a histogram (value → how many). */
export function medianOf(histogram: Map<number, number>): number | null {
  const sorted = [...histogram.entries()].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, k]) => sum + k, 0);
  if (!total) return null;
  const at = (rank: number) => {
    let seen = 0;
    for (const [value, k] of sorted) {
      seen += k;
      if (seen > rank) return value;
    }
    return sorted[sorted.length - 1][0];
  };
  return (at((total - 1) >> 1) + at(total >> 1)) / 2;
}

function figures(t: Tally | undefined): ProspectFigures {
  const opened = t?.opened ?? 0;
  const converted = t?.converted ?? 0;
  return { opened, prospects: opened - converted, converted, conversion_rate: opened ? converted / opened : null, median_days: t ? medianOf(t.days) : null };
}

/** The customers list's filter for cards opened in a China-day range, with the report's customer filters. */
function openedFilter(s: DashboardScope, fromDay: string, toExclusive: string): Record<string, unknown> {
  const filter: Record<string, unknown> = { created_at_gte: `${fromDay}T00:00:00+08:00`, created_at_lt: `${toExclusive}T00:00:00+08:00` };
  if (s.region) filter.region = s.region;
  if (s.tier_id) filter.tier_id = s.tier_id;
  if (s.owner_id) filter.owner_id = s.owner_id;
  return filter;
}

const drills = (filter: Record<string, unknown>): ProspectDrills => ({
  drill: { resource: 'customers', filter },
  converted_drill: { resource: 'customers', filter: { ...filter, converted: 'yes' } },
});

/** Consultants' names for the by-consultant groups. */
async function ownerNames(db: Knex, tallies: Tallies): Promise<Map<string, string>> {
  const ids = [...(tallies.get('by_owner')?.keys() ?? [])].filter((id): id is string => id !== null).map(Number);
  if (!ids.length) return new Map();
  const users = (await db('users').whereIn('id', ids).select('id', 'name')) as { id: number; name: string }[];
  return new Map(users.map((u) => [String(u.id), u.name]));
}

/** The prospects report for the signed-in person (see prospectTypes.ts): one grouped statement and the consultants' names. */
export async function prospectAnalysis(db: Knex, actor: Actor, q: KpiQuery, now: Date): Promise<ProspectAnalysis> {
  const s = scopeOf(q, actor, now);
  const end = addDays(s.to, 1);
  const months = trendMonths(s.to);
  const spanFrom = s.from < `${months[0]}-01` ? s.from : `${months[0]}-01`;
  const tallies = await prospectTallies(db, s, instantsOf(s.from, end), instantsOf(spanFrom, nextMonthStart(months[months.length - 1])));
  const base = openedFilter(s, s.from, end);
  const names = await ownerNames(db, tallies);

  const groups = (b: Breakdown): ProspectGroup[] => {
    const column = GROUPINGS[b];
    const order = ORDERED[b];
    const rank = (code: string | null) => (code === null ? Infinity : (order?.indexOf(code) ?? -1));
    return [...(tallies.get(b) ?? new Map<string | null, Tally>()).entries()]
      .filter(([, t]) => t.opened > 0)
      .map(([code, t]) => {
        const value = code === null ? null : column === 'owner_id' ? Number(code) : code;
        const filter = { ...base, ...(value === null ? { [`${column}_null`]: true } : { [column]: value }) };
        const name = column === 'owner_id' && code !== null ? names.get(code) : undefined;
        return { code, ...(name === undefined ? {} : { name }), ...figures(t), ...drills(filter) };
      })
      // lists with an order keep it; others by cards opened, ties by code, so both databases give the same order
      .sort((a, b) => (order ? rank(a.code) - rank(b.code) : 0)
        || b.opened - a.opened || String(a.code ?? '\uffff').localeCompare(String(b.code ?? '\uffff')));
  };
  const byMonth = tallies.get('by_month');
  return {
    from: s.from, to: s.to, scope: s.scope,
    totals: { ...figures(tallies.get('totals')?.get(null)), ...drills(base) },
    by_visit_reason: groups('by_visit_reason'),
    by_source: groups('by_source'),
    by_owner: groups('by_owner'),
    by_model: groups('by_model'),
    by_region: groups('by_region'),
    by_purchase_time: groups('by_purchase_time'),
    by_purchase_type: groups('by_purchase_type'),
    by_month: months.map((month) => ({ month, ...figures(byMonth?.get(month)), ...drills(openedFilter(s, `${month}-01`, nextMonthStart(month))) })),
  };
}
