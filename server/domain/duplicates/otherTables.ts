import type { Knex } from 'knex';

/**
 * Customer ids kept outside the resource registry (found by reading the migrations):
 * - `customer_value_snapshots` (month, customer_id): the monthly RFM snapshots. A month both records have keeps
 *   the kept customer's row (the next month's snapshot sees the merged history); months only the removed record
 *   has move over, so the value history stays whole.
 * - `tier_preview_moves`: a what-if's list of who would move; a later preview is worked out afresh, the removed
 *   customer's lines are dropped.
 * - `point_entries` with `source_type = 'customers'`: a referral bonus names the referred customer as its
 *   source; it follows the merge, so the bonus is not paid a second time for the same person.
 * - `customer_merges.kept_id`: earlier merges into the removed customer now lead to the kept one (a chain of
 *   merges stays reachable from the last record standing).
 */
export async function mergeOtherTables(trx: Knex.Transaction, removedId: number, keptId: number): Promise<void> {
  await trx('customer_value_snapshots').where({ customer_id: removedId })
    .whereIn('month', trx('customer_value_snapshots').where({ customer_id: keptId }).select('month'))
    .delete();
  await trx('customer_value_snapshots').where({ customer_id: removedId }).update({ customer_id: keptId });
  await trx('tier_preview_moves').where({ customer_id: removedId }).delete();
  await trx('point_entries').where({ source_type: 'customers', source_id: removedId }).update({ source_id: keptId });
  await trx('customer_merges').where({ kept_id: removedId }).update({ kept_id: keptId, updated_at: new Date().toISOString() });
}

/**
 * The kept customer's values worked out from its records: the points balance (the ledger's sum) and the last
 * visit. The first purchase day and the visit months follow by database triggers as the vehicles and visits move.
 */
export async function recomputeDerived(trx: Knex.Transaction, keptId: number): Promise<void> {
  const sum = await trx('point_entries').where({ customer_id: keptId }).sum('points as s').first();
  const last = await trx('service_visits').where({ customer_id: keptId }).max('visit_date as d').first();
  await trx('customers').where({ id: keptId }).update({ points_balance: Number(sum?.s ?? 0), last_visit_date: last?.d ?? null });
}
