import type { Knex } from 'knex';
import { addDays, addMonths, chinaDay } from '../chinaTime.js';
import { monthEnd, SNAPSHOTS, writeValueSnapshot } from './snapshot.js';

export interface ValueJobSummary {
  /** the months (re)written this run, e.g. "2026-10, 2026-11" ('' when nothing was due) */
  months: string;
  customers: number;
}

const dayOf = (v: unknown): string => (v instanceof Date ? chinaDay(v) : String(v).slice(0, 10));

/**
 * The `customer-value` job, daily: the current month's snapshot as of today, and last month's as of its last
 * day once (a month turned over since it was last written). A snapshot already written today, or a finished
 * month already written as of its end, is left alone, so a second run the same day only reads two rows.
 */
export async function snapshotCustomerValue(db: Knex, now: Date): Promise<ValueJobSummary> {
  const today = chinaDay(now);
  const current = today.slice(0, 7);
  const previous = addMonths(`${current}-01`, -1).slice(0, 7);
  // a month is written whole, as of one day: any one of its rows (found through the primary key) tells which
  const asOfOf = async (month: string) => {
    const row = await db(SNAPSHOTS).where({ month }).first('as_of');
    return row ? dayOf(row.as_of) : null;
  };
  const asOf = new Map([[previous, await asOfOf(previous)], [current, await asOfOf(current)]]);
  const due: [string, string][] = [];
  const previousEnd = addDays(`${current}-01`, -1);
  if (asOf.get(previous) !== previousEnd) due.push([previous, previousEnd]);
  if (asOf.get(current) !== today) due.push([current, today]);
  let customers = 0;
  for (const [month, day] of due) customers = await writeValueSnapshot(db, month, day, now);
  return { months: due.map(([m]) => m).join(', '), customers };
}

/** Demo data: the last `months` finished months as of their ends, and the current one as of today. */
export async function backfillCustomerValue(db: Knex, now: Date, months = 6): Promise<void> {
  const today = chinaDay(now);
  for (let i = months; i >= 1; i--) {
    const month = addMonths(`${today.slice(0, 7)}-01`, -i).slice(0, 7);
    await writeValueSnapshot(db, month, monthEnd(month), now);
  }
  await writeValueSnapshot(db, today.slice(0, 7), today, now);
}
