import type { Knex } from 'knex';
import { dialectOf } from '../../db/connect.js';
import { addMonths, atChinaTime } from '../chinaTime.js';

export const TREND_MONTHS = 12;

/** The 12 China-time months (YYYY-MM) ending with the month of `to`, oldest first. */
export function trendMonths(to: string): string[] {
  const first = `${to.slice(0, 7)}-01`;
  return Array.from({ length: TREND_MONTHS }, (_, i) => addMonths(first, i - TREND_MONTHS + 1).slice(0, 7));
}

/** The first day of the month after `month` (YYYY-MM). */
export const nextMonthStart = (month: string): string => addMonths(`${month}-01`, 1);

/** Months as one integer (year × 12 + month − 1), so that month arithmetic in SQL is addition. */
export const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
export const monthOfIndex = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** SQL for the YYYY-MM of a date column (stored as a calendar day: already China time). */
export function dayMonthSql(db: Knex, column: string): string {
  return dialectOf(db) === 'postgres' ? `to_char(${column}, 'YYYY-MM')` : `substr(${column}, 1, 7)`;
}

/** SQL for the China-time YYYY-MM of a timestamp column (UTC+8 all year). */
export function instantMonthSql(db: Knex, column: string): string {
  return dialectOf(db) === 'postgres'
    ? `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')`
    : `strftime('%Y-%m', ${column}, '+8 hours')`;
}

/** SQL for the month index (see monthIndex) of a date column. */
export function dayMonthIndexSql(db: Knex, column: string): string {
  return dialectOf(db) === 'postgres'
    ? `(CAST(EXTRACT(YEAR FROM ${column}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM ${column}) AS INTEGER) - 1)`
    : `(CAST(substr(${column}, 1, 4) AS INTEGER) * 12 + CAST(substr(${column}, 6, 2) AS INTEGER) - 1)`;
}

/** The instants a China-day range [from, to] spans, as stored (ISO text in SQLite, comparable to timestamptz). */
export function instantsOf(from: string, toExclusive: string): [string, string] {
  return [atChinaTime(from, 0).toISOString(), atChinaTime(toExclusive, 0).toISOString()];
}
