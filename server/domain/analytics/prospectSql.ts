import type { Knex } from 'knex';
import { dialectOf } from '../../db/connect.js';
import { instantMonthSql } from './months.js';
import type { DashboardScope } from './query.js';
import { whereCustomers } from './ratio.js';
import { CONVERTED_SQL } from './prospectFilters.js';

/** The report's groupings: the answer's key and the card's column it groups by. */
export const GROUPINGS = {
  by_visit_reason: 'visit_reason',
  by_source: 'source',
  by_owner: 'owner_id',
  by_model: 'intended_model',
  by_region: 'region',
  by_purchase_time: 'intended_purchase',
  by_purchase_type: 'intended_purchase_type',
  by_month: 'card_month',
} as const;
export type Grouping = keyof typeof GROUPINGS | 'totals';

/** One group's counts: cards opened, converted, and how many converted after how many days (≥ 0). */
export interface Tally {
  opened: number;
  converted: number;
  days: Map<number, number>;
}
/** grouping → group code (null: not recorded) → its counts */
export type Tallies = Map<Grouping, Map<string | null, Tally>>;

/**
 * Counting passes: each groups the cards by several columns at once (a few hundred combinations at most) and the
 * groupings are summed from those rows, so SQLite sorts the cards three times rather than once per grouping.
 */
const PASSES: { keys: Exclude<Grouping, 'totals'>[] }[] = [
  { keys: ['by_visit_reason', 'by_purchase_time', 'by_purchase_type', 'by_model'] },
  { keys: ['by_source', 'by_owner'] },
  { keys: ['by_region', 'by_month'] },
];
const KEYS = 4;
const MEDIAN_PART = 100;
const MEDIANS: Grouping[] = ['totals', ...(Object.keys(GROUPINGS) as Exclude<Grouping, 'totals'>[])];

/** SQL for whole days from the card's China day to the customer's first vehicle purchase day (null without one). */
function daysToPurchaseSql(db: Knex): string {
  const first = '(SELECT MIN(vehicles.purchase_date) FROM vehicles WHERE vehicles.customer_id = customers.id)';
  return dialectOf(db) === 'postgres'
    ? `(${first} - CAST((customers.created_at AT TIME ZONE 'UTC') + interval '8 hours' AS date))`
    : `CAST(julianday(${first}) - julianday(date(customers.created_at, '+8 hours')) AS INTEGER)`;
}

/**
 * One row per card opened from the oldest trend month (or the range's start) to the range's end: what it is
 * grouped by, whether it lies in the range (`p`), whether it converted and in how many days.
 */
function cardsQuery(db: Knex, s: DashboardScope, period: [string, string], span: [string, string]): Knex.QueryBuilder {
  const columns = Object.values(GROUPINGS).filter((c) => c !== 'card_month');
  const qb = db('customers').select(
    ...columns.map((c) => `customers.${c}`),
    db.raw(`${instantMonthSql(db, 'customers.created_at')} AS card_month`),
    db.raw('CASE WHEN customers.created_at >= ? AND customers.created_at < ? THEN 1 ELSE 0 END AS p', period),
    db.raw(`CASE WHEN ${CONVERTED_SQL} THEN 1 ELSE 0 END AS conv`),
    // only a converted card has days to count: the date arithmetic and the look-up are skipped for the others
    db.raw(`CASE WHEN ${CONVERTED_SQL} THEN ${daysToPurchaseSql(db)} END AS days`),
  ).where('customers.created_at', '>=', span[0]).where('customers.created_at', '<', span[1]);
  whereCustomers(qb, s);
  return qb;
}

const text = (column: string) => `CAST(${column} AS TEXT)`;
const NO_TEXT = 'CAST(NULL AS TEXT)';

/**
 * The counting passes, then per grouping the converted cards by days (a histogram for the median). Every pass
 * groups by `p` and, on PostgreSQL, does not filter on it: the range's cards are told apart when summing, and
 * PostgreSQL, which cannot estimate such a filter on a CTE, then hashes the groups instead of sorting them by text.
 */
function branches(db: Knex): { counting: string[]; medians: string[] } {
  // SQLite sorts to group, so the passes that count the range only leave out the other months' cards first
  const rangeOnly = (g: Grouping) => (dialectOf(db) === 'postgres' || g === 'by_month' ? '' : ' WHERE p = 1');
  const counting = PASSES.map(({ keys }, part) => {
    const columns = keys.map((k) => text(GROUPINGS[k]));
    const padded = [...columns, ...Array(KEYS - columns.length).fill(NO_TEXT)];
    return `SELECT ${part} AS part, ${padded.map((c, i) => `${c} AS k${i}`).join(', ')}, p, CAST(NULL AS INTEGER) AS days, `
      + `COUNT(*) AS n, SUM(conv) AS c FROM cards${rangeOnly(keys.includes('by_month') ? 'by_month' : keys[0])} GROUP BY ${[...columns, 'p'].join(', ')}`;
  });
  const medians = MEDIANS.map((g, i) => {
    const code = g === 'totals' ? NO_TEXT : text(GROUPINGS[g]);
    return `SELECT ${MEDIAN_PART + i} AS part, ${code} AS k0, ${NO_TEXT}, ${NO_TEXT}, ${NO_TEXT}, p, days, COUNT(*) AS n, COUNT(*) AS c `
      + `FROM bought${rangeOnly(g)} GROUP BY ${g === 'totals' ? '' : `${code}, `}p, days`;
  });
  return { counting, medians };
}

type Row = { part: unknown; k0: string | null; k1: string | null; k2: string | null; k3: string | null; p: unknown; days: unknown; n: unknown; c: unknown };

function tallyOf(tallies: Tallies, grouping: Grouping, code: string | null): Tally {
  const groups = tallies.get(grouping) ?? new Map<string | null, Tally>();
  tallies.set(grouping, groups);
  const key = code == null ? null : String(code);
  const tally = groups.get(key) ?? { opened: 0, converted: 0, days: new Map<number, number>() };
  groups.set(key, tally);
  return tally;
}

function add(t: Tally, n: number, c: number): void {
  t.opened += n;
  t.converted += c;
}

/** Sums the statement's rows (grouped in SQL: hundreds, not one per card) into each grouping's tallies. */
function rollUp(rows: Row[]): Tallies {
  const tallies: Tallies = new Map();
  for (const r of rows) {
    const part = Number(r.part);
    const [n, c] = [Number(r.n), Number(r.c ?? 0)];
    const keys = [r.k0, r.k1, r.k2, r.k3];
    const inRange = Number(r.p) === 1;
    if (part >= MEDIAN_PART) {
      const grouping = MEDIANS[part - MEDIAN_PART];
      if (!inRange && grouping !== 'by_month') continue;
      const hist = tallyOf(tallies, grouping, r.k0).days;
      hist.set(Number(r.days), (hist.get(Number(r.days)) ?? 0) + n);
      continue;
    }
    if (part === 0 && inRange) add(tallyOf(tallies, 'totals', null), n, c);
    PASSES[part].keys.forEach((g, i) => {
      if (g === 'by_month' || inRange) add(tallyOf(tallies, g, keys[i]), n, c);
    });
  }
  return tallies;
}

/**
 * The cards opened in the span, counted by every grouping in two statements (the cards read once in each, then
 * grouped), with the report's customer filters; `period` is the range the groupings other than the months count.
 */
export async function prospectTallies(db: Knex, s: DashboardScope, period: [string, string], span: [string, string]): Promise<Tallies> {
  const { sql, bindings } = cardsQuery(db, s, period, span).toSQL();
  // the converted with a purchase on or after the card's day, apart: the medians' passes read a fifth of the cards
  const bought = 'bought AS MATERIALIZED (SELECT * FROM cards WHERE days >= 0)';
  const { counting, medians } = branches(db);
  // two statements that read the cards each, run side by side (reader threads on SQLite, two connections on
  // PostgreSQL): the counting passes sort the cards, the medians only the converted ones
  const run = async (parts: string[], ctes: string) => {
    const result = await db.raw(`WITH cards AS MATERIALIZED (${sql})${ctes} ${parts.join(' UNION ALL ')}`, bindings);
    return (Array.isArray(result) ? result : result.rows) as Row[];
  };
  // (on PostgreSQL without JIT: server/db/connect.ts turns it off for the app's connections)
  const [counted, histograms] = await Promise.all([run(counting, ''), run(medians, `, ${bought}`)]);
  return rollUp([...counted, ...histograms]);
}
