import type { Knex } from 'knex';
import type { ResourceDef } from '../../resources/types.js';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { FLAGS, flagBit, isFlag } from './flags.js';
import { isSegment, SEGMENTS } from './segments.js';
import { SNAPSHOTS } from './snapshotTable.js';

type VirtualFilter = NonNullable<ResourceDef['virtualFilters']>[string];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `value` split on ':' with an optional leading YYYY-MM month; anything else is a 400 naming the filter. */
function parts(name: string, value: unknown, count: number, format: string): { month: string | null; rest: string[] } {
  const bad = () => badRequest({ [name]: reason('not_in_list', { options: format }) });
  if (typeof value !== 'string' || value.length > 60) throw bad();
  const all = value.split(':');
  const month = all.length === count + 1 ? all.shift()! : null;
  if (all.length !== count || (month !== null && !MONTH.test(month))) throw bad();
  return { month, rest: all };
}

/** One month's snapshot rows (the latest month when none is named). */
function snapshotOf(db: Knex, month: string | null): Knex.QueryBuilder {
  const qb = db(SNAPSHOTS).select(`${SNAPSHOTS}.customer_id`);
  return month ? qb.where(`${SNAPSHOTS}.month`, month) : qb.where(`${SNAPSHOTS}.month`, db(SNAPSHOTS).max('month'));
}

const score = (v: string): number | null => (/^[1-5]$/.test(v) ? Number(v) : null);

/**
 * The customers list's filters behind the customer-value report's numbers (server/domain/value):
 * `value_segment` "[YYYY-MM:]segment" (`all`: every customer scored that month); `value_flag` "[YYYY-MM:]flag" (`any`: at least one); `value_rf` "[YYYY-MM:]r:f" (an R × F
 * cell); `value_moved` "YYYY-MM:from:to" — in `from` the month before and in `to` that month (`from` = `none`:
 * not scored the month before), as the month's rows recorded it. Without a month: the latest snapshot.
 */
export const valueFilters: Record<string, VirtualFilter> = {
  value_segment: (qb, value, db) => {
    const { month, rest: [segment] } = parts('value_segment', value, 1, `[YYYY-MM:]${SEGMENTS.join('|')}|all`);
    if (segment !== 'all' && !isSegment(segment)) throw badRequest({ value_segment: reason('not_in_list', { options: [...SEGMENTS, 'all'].join(', ') }) });
    const rows = snapshotOf(db, month);
    qb.whereIn('customers.id', segment === 'all' ? rows : rows.where(`${SNAPSHOTS}.segment`, segment));
  },
  value_flag: (qb, value, db) => {
    const { month, rest: [flag] } = parts('value_flag', value, 1, `[YYYY-MM:]${FLAGS.join('|')}|any`);
    if (flag !== 'any' && !isFlag(flag)) throw badRequest({ value_flag: reason('not_in_list', { options: [...FLAGS, 'any'].join(', ') }) });
    const rows = snapshotOf(db, month);
    qb.whereIn('customers.id', flag === 'any' ? rows.where(`${SNAPSHOTS}.flags`, '<>', 0) : rows.whereRaw(`(${SNAPSHOTS}.flags & ?) <> 0`, [flagBit(flag)]));
  },
  value_rf: (qb, value, db) => {
    const { month, rest } = parts('value_rf', value, 2, '[YYYY-MM:]R:F (1–5)');
    const [r, f] = rest.map(score);
    if (r === null || f === null) throw badRequest({ value_rf: reason('not_in_list', { options: '[YYYY-MM:]R:F (1–5)' }) });
    qb.whereIn('customers.id', snapshotOf(db, month).where(`${SNAPSHOTS}.r`, r).where(`${SNAPSHOTS}.f`, f));
  },
  value_moved: (qb, value, db) => {
    const format = `YYYY-MM:from:to (${SEGMENTS.join('|')}; from may be none)`;
    const { month, rest: [from, to] } = parts('value_moved', value, 2, format);
    if (!month || !(from === 'none' || isSegment(from)) || !isSegment(to)) throw badRequest({ value_moved: reason('not_in_list', { options: format }) });
    const now = snapshotOf(db, month).where(`${SNAPSHOTS}.segment`, to);
    qb.whereIn('customers.id', from === 'none' ? now.whereNull(`${SNAPSHOTS}.previous_segment`) : now.where(`${SNAPSHOTS}.previous_segment`, from));
  },
};

/** The month (YYYY-MM) before `month`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
