import type { Knex } from 'knex';

/**
 * A sales consultant's customer list is always narrowed to owner_id; with the owner first, a page sorted by the
 * default order (last change) or by name reads its 25 rows from the index instead of sorting all their customers.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.index(['owner_id', 'updated_at'], 'customers_owner_updated_index');
    t.index(['owner_id', 'name'], 'customers_owner_name_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.dropIndex(['owner_id', 'name'], 'customers_owner_name_index');
    t.dropIndex(['owner_id', 'updated_at'], 'customers_owner_updated_index');
  });
}
