import type { Knex } from 'knex';
import { baseColumns, ref } from '../server/db/columns.js';

/**
 * Duplicate customers (issue 9, part 4). `customer_duplicate_dismissals`: pairs a user judged "not the same
 * person", kept in id order (lower first) so a pair has one row, never proposed again until the judgement is
 * undone (the row deleted). `customer_merges`: one row per merge, naming the customer that absorbed the other,
 * the removed customer's id and its values as they were, the field choices and how many records moved; it is
 * the link from the kept customer to the removed one's history in the audit trail (which stays under the
 * removed id, as written).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('customer_duplicate_dismissals', (t) => {
    baseColumns(t);
    ref(t, 'customer_a_id', 'customers', 'CASCADE', true);
    ref(t, 'customer_b_id', 'customers', 'CASCADE', true);
    ref(t, 'dismissed_by', 'users', 'SET NULL');
    t.string('note', 200);
    t.unique(['customer_a_id', 'customer_b_id']);
  });
  await knex.schema.createTable('customer_merges', (t) => {
    baseColumns(t);
    // the customer that holds the merged history now (a later merge of it into another moves the link on)
    ref(t, 'kept_id', 'customers', 'CASCADE', true);
    // the customer that was merged in: deleted by the merge, so no foreign key
    t.integer('removed_id').notNullable();
    t.string('removed_name', 100);
    t.jsonb('removed_values').notNullable();
    t.jsonb('choices').notNullable();
    t.jsonb('moved').notNullable();
    ref(t, 'merged_by', 'users', 'SET NULL');
    t.index(['removed_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('customer_merges');
  await knex.schema.dropTable('customer_duplicate_dismissals');
}
