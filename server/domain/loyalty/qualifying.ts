import type { Knex } from 'knex';
import type { ProgramRules } from './types.js';

/** The first moment whose points still count on a rolling basis (`asOf` minus the window), as ISO 8601. */
export function windowStart(rules: ProgramRules, asOf: Date): string | null {
  if (rules.basis !== 'rolling') return null;
  const d = new Date(asOf);
  d.setUTCMonth(d.getUTCMonth() - rules.window_months);
  return d.toISOString();
}

/**
 * Every customer's points counting toward a tier under `rules` (the sum of the ledger's qualifying points,
 * over the window on a rolling basis): one grouped read of the ledger's covering index.
 */
export async function qualifyingByCustomer(db: Knex, rules: ProgramRules, asOf: Date): Promise<Map<number, number>> {
  const qb = db('point_entries').select('customer_id').sum({ q: 'qualifying_points' }).groupBy('customer_id');
  const since = windowStart(rules, asOf);
  if (since) qb.where('created_at', '>=', since);
  const rows = (await qb) as unknown as { customer_id: number; q: number | string | null }[];
  return new Map(rows.map((r) => [Number(r.customer_id), Number(r.q ?? 0)]));
}

/** One customer's qualifying points (the points tab; an indexed range read). */
export async function qualifyingOf(db: Knex, customerId: number, rules: ProgramRules, asOf: Date): Promise<number> {
  const qb = db('point_entries').where('customer_id', customerId).sum({ q: 'qualifying_points' }).first();
  const since = windowStart(rules, asOf);
  if (since) qb.where('created_at', '>=', since);
  const row = (await qb) as { q: number | string | null } | undefined;
  return Number(row?.q ?? 0);
}
