import type { Knex } from 'knex';
import type { ResourceDef } from '../resources/types.js';
import { badRequest } from '../errors.js';
import { reason } from '../rest/reasons.js';
import { dialectOf } from '../db/connect.js';

type VirtualFilter = NonNullable<ResourceDef['virtualFilters']>[string];

/** One value or a list of them, as the filter JSON may give either (`3` or `[3, 4]`). */
function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function months(value: unknown): number[] {
  const list = listOf(value).map((v) => (typeof v === 'string' && /^\d{1,2}$/.test(v) ? Number(v) : v));
  if (!list.length) throw badRequest({ birthday_month: reason('required') });
  if (!list.every((m): m is number => Number.isInteger(m) && Number(m) >= 1 && Number(m) <= 12)) {
    throw badRequest({ birthday_month: reason('not_in_list', { options: '1–12' }) });
  }
  return [...new Set(list)];
}

const MODEL_CODE = /^[\w-]{1,64}$/;

function models(value: unknown): string[] {
  const list = listOf(value);
  if (!list.length) throw badRequest({ vehicle_model: reason('required') });
  if (!list.every((m): m is string => typeof m === 'string' && MODEL_CODE.test(m))) throw badRequest({ vehicle_model: reason('not_text') });
  return [...new Set(list)];
}

export const MAX_NOT_VISITED_MONTHS = 120;

function monthsAgo(value: unknown): number {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (!Number.isInteger(n)) throw badRequest({ not_visited_months: reason('not_integer') });
  if (Number(n) < 1) throw badRequest({ not_visited_months: reason('too_small', { min: 1 }) });
  if (Number(n) > MAX_NOT_VISITED_MONTHS) throw badRequest({ not_visited_months: reason('too_big', { max: MAX_NOT_VISITED_MONTHS }) });
  return Number(n);
}

/** The day `n` calendar months before `today` (UTC, as the server reckons days), the 31st falling back to the month's last day. */
export function dayMonthsBefore(n: number, today = new Date()): string {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() - n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(today.getUTCDate(), last))).toISOString().slice(0, 10);
}

/**
 * The customers list's filters for choosing an event's audience (and any saved segment):
 * `birthday_month` — born in that month / any of those months (1–12);
 * `vehicle_model` — owns a vehicle of that model / any of those models (lookup codes);
 * `not_visited_months` — no visit in the last N months, those who never came included. It is kept in months
 * rather than as a `last_visit_date_lte` date so that a saved segment keeps meaning "lapsed for N months" as
 * time passes.
 */
export const audienceFilters: Record<string, VirtualFilter> = {
  birthday_month: (qb, value, db) => {
    const list = months(value);
    const month = dialectOf(db) === 'postgres' ? 'CAST(EXTRACT(MONTH FROM customers.birthday) AS INTEGER)' : "CAST(strftime('%m', customers.birthday) AS INTEGER)";
    qb.whereRaw(`${month} IN (${list.map(() => '?').join(', ')})`, list);
  },
  vehicle_model: (qb, value, db) => {
    qb.whereIn('customers.id', db('vehicles').select('vehicles.customer_id').whereIn('vehicles.model', models(value)));
  },
  not_visited_months: (qb, value) => {
    const cutoff = dayMonthsBefore(monthsAgo(value));
    qb.where((w: Knex.QueryBuilder) => w.whereNull('customers.last_visit_date').orWhere('customers.last_visit_date', '<', cutoff));
  },
};
