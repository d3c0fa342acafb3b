import type { Knex } from 'knex';
import { OWNER_TYPES } from './owners.js';
import type { DashboardScope } from './query.js';
import { whereCustomers } from './ratio.js';

/** Purchases that make a vehicle a repeat purchase whatever came before it. */
export const REPEAT_TYPES = ['replacement', 'additional'];

/** The owners (owner, fleet) the filters keep, as a query on `customers`. */
export function ownersOf(db: Knex, s: DashboardScope): Knex.QueryBuilder {
  const qb = db('customers').whereIn('customers.customer_type', OWNER_TYPES);
  whereCustomers(qb, s);
  return qb;
}

/** The customers list's filter for the owners the filters keep (region, tier, owner as chosen). */
export function ownersFilter(s: DashboardScope): Record<string, unknown> {
  return { customer_type: [...OWNER_TYPES], ...scopeFilter(s) };
}

/** The customers list's filter for the region, tier and owner chosen (or a consultant's own). */
export function scopeFilter(s: DashboardScope): Record<string, unknown> {
  return { ...(s.region ? { region: s.region } : {}), ...(s.tier_id ? { tier_id: s.tier_id } : {}), ...(s.owner_id ? { owner_id: s.owner_id } : {}) };
}

/**
 * SQL over one customer's vehicles (grouped by customer): they bought again — a replacement or additional
 * purchase, or a purchase on a later day than their first; two cars bought the same first day are one purchase.
 * With a range, such a purchase in those days: a repeat-type purchase in them, or the latest purchase in them
 * later than the first. Bindings: `repeatBindings(range)`.
 */
export function repeatSql(range: boolean): string {
  const types = REPEAT_TYPES.map(() => '?').join(', ');
  const within = range ? ' AND vehicles.purchase_date >= ? AND vehicles.purchase_date <= ?' : '';
  const latest = range ? 'MAX(CASE WHEN vehicles.purchase_date >= ? AND vehicles.purchase_date <= ? THEN vehicles.purchase_date END)' : 'MAX(vehicles.purchase_date)';
  return `(MAX(CASE WHEN vehicles.purchase_type IN (${types})${within} THEN 1 ELSE 0 END) = 1 OR ${latest} > MIN(vehicles.purchase_date))`;
}
export const repeatBindings = (range?: [string, string]): string[] => (range ? [...REPEAT_TYPES, ...range, ...range] : [...REPEAT_TYPES]);

/** A SQL number read back (PG gives counts and sums as text). */
export const num = (v: unknown): number => Number(v ?? 0);
export const money = (v: unknown): number => Math.round(Number(v ?? 0) * 100) / 100;
export const share = (part: number, whole: number): number | null => (whole ? part / whole : null);
