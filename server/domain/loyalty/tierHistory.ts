import type { Knex } from 'knex';
import type { RowsHook } from '../../resources/types.js';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';

/** A tier set by hand (the customer form, a bulk edit, an import, an undo) is written into the tier history too. */
export const recordManualTierChanges: RowsHook = async (trx, changes, ctx) => {
  const moved = changes.filter((c) => c.before && c.after && c.after.tier_id != null && String(c.before.tier_id ?? '') !== String(c.after.tier_id));
  if (!moved.length) return;
  const ranks = new Map((await trx('tiers').select('id', 'rank')).map((t) => [Number(t.id), Number(t.rank)]));
  const stamp = new Date().toISOString();
  const rows = moved.map(({ before, after }) => {
    const from = before?.tier_id == null ? null : Number(before.tier_id);
    const to = Number(after?.tier_id);
    return {
      customer_id: Number(after?.id), from_tier_id: from, to_tier_id: to,
      direction: (ranks.get(to) ?? 0) >= (from == null ? -1 : (ranks.get(from) ?? 0)) ? 'up' : 'down',
      reason: 'manual', points: 0, rule_version: null, batch_id: ctx.batchId ?? null, author_id: ctx.actor.id,
      created_at: stamp, updated_at: stamp, version: 1,
    };
  });
  for (let i = 0; i < rows.length; i += 200) await trx('tier_changes').insert(rows.slice(i, i + 200));
};

/**
 * The customers list's own filters: `tier_preview` = "<preview id>:up|down|held" (who a what-if would move)
 * and `tier_batch` = a recalculation's batch id (who it moved).
 */
export const tierFilters: Record<string, (qb: Knex.QueryBuilder, value: unknown, db: Knex) => void> = {
  tier_preview: (qb, value, db) => {
    const m = /^([\w-]{1,64}):(up|down|held)$/.exec(String(value));
    if (!m) throw badRequest({ tier_preview: reason('bad_filter') });
    qb.whereIn('customers.id', db('tier_preview_moves').select('customer_id').where({ preview_id: m[1], direction: m[2] }));
  },
  tier_batch: (qb, value, db) => {
    qb.whereIn('customers.id', db('tier_changes').select('customer_id').where({ batch_id: String(value) }));
  },
};
