import type { Knex } from 'knex';
import { expiringPoints } from './expiry.js';
import { qualifyingOf } from './qualifying.js';
import { loadRules, loadTiers } from './rules.js';
import type { CustomerLoyalty } from './types.js';

/** The points tab's header for one customer (whom the caller has already been allowed to read). */
export async function customerLoyalty(db: Knex, customer: { id: number; points_balance: unknown; tier_id: unknown; tier_below_since: unknown }): Promise<CustomerLoyalty> {
  const { rules } = await loadRules(db);
  const tiers = (await loadTiers(db)).filter((t) => t.active);
  const now = new Date();
  const qualifying = await qualifyingOf(db, customer.id, rules, now);
  const tierId = customer.tier_id == null ? null : Number(customer.tier_id);
  const current = tiers.find((t) => t.id === tierId);
  const next = tiers.find((t) => t.rank > (current?.rank ?? -1) && t.threshold_points > qualifying) ?? null;
  const floor = current?.threshold_points ?? 0;
  const progress = next ? Math.max(0, Math.min(1, (qualifying - floor) / Math.max(1, next.threshold_points - floor))) : 1;
  const yearEnd = `${now.getUTCFullYear()}-12-31`;
  const cutoff = new Date(`${yearEnd}T00:00:00Z`);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - rules.expiry_months);
  const [expiring] = await expiringPoints(db, cutoff.toISOString().slice(0, 10), customer.id);
  const pending = await db('point_adjustments').where({ customer_id: customer.id, status: 'pending' }).count({ n: '*' }).first();
  return {
    customer_id: customer.id,
    balance: Number(customer.points_balance ?? 0),
    tier_id: tierId,
    qualifying_points: qualifying,
    basis: rules.basis,
    window_months: rules.window_months,
    next_tier: next && { id: next.id, name: next.name, name_en: next.name_en, threshold_points: next.threshold_points, missing: next.threshold_points - qualifying },
    progress,
    below_since: customer.tier_below_since == null ? null
      : (customer.tier_below_since instanceof Date ? customer.tier_below_since.toISOString() : String(customer.tier_below_since)).slice(0, 10),
    expiring: { points: expiring?.points ?? 0, on: yearEnd },
    pending_adjustments: Number(pending?.n ?? 0),
  };
}
