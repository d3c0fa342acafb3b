import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';

/**
 * A role has at most one default view per list: making a view the default takes the mark off the one before it,
 * in the same transaction (a unique index on the table holds the rule should two managers race).
 */
export async function clearOtherDefault(trx: Knex.Transaction, view: Row, id: number | undefined): Promise<void> {
  if (view.default_for_role !== true || view.shared_role == null) return;
  const others = trx('list_views').where({ resource: view.resource, shared_role: view.shared_role, default_for_role: true });
  if (id !== undefined) others.whereNot({ id });
  await others.update({ default_for_role: false, updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
}
