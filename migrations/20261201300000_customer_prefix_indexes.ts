import type { Knex } from 'knex';

/**
 * Two single-column indexes on customers repeat the first column of wider ones: `owner_id` (owner_id, updated_at /
 * name / customer_type) and `tier_id` (tier_id, updated_at). Every customer written updates every index (a
 * 100,000-row import spends most of its time there), and the wider ones answer the same look-ups.
 */
const INDEXES: [string, string][] = [['owner_id', 'customers_owner_id_index'], ['tier_id', 'customers_tier_id_index']];

export async function up(knex: Knex): Promise<void> {
  for (const [column, name] of INDEXES) await knex.schema.alterTable('customers', (t) => t.dropIndex([column], name));
}

export async function down(knex: Knex): Promise<void> {
  for (const [column, name] of INDEXES) await knex.schema.alterTable('customers', (t) => t.index([column], name));
}
