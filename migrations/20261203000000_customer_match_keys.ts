import type { Knex } from 'knex';
import { ref } from '../server/db/columns.js';
import { createMatchKeyTriggers, dropMatchKeyTriggers, fillMatchKeys } from '../server/domain/duplicates/matchKeys.js';

/**
 * The duplicate finder's blocking keys, kept per customer (server/domain/duplicates/matchKeys.ts): normalised on
 * every request, grouping 100,000 customers by them took 0.8–1.6 s per page and per customer page's hint; kept, a
 * customer's fellows are an index lookup on (kind, match_key), and the list reads only the shared keys
 * (customer_match_groups, counted by triggers on the keys). Database triggers keep them right whichever way a
 * customer is written; a deleted customer's keys go with it (the foreign key). (SQLite drops a table's triggers
 * when knex rebuilds the table to alter a column: a later migration that does so on customers or custom_fields
 * must create them again with `createMatchKeyTriggers`.)
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('customer_match_keys', (t) => {
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    t.string('kind', 20).notNullable();
    t.text('match_key').notNullable();
    // the groups in key order (the list), a customer's fellows by their key (its page's hint); customer_id makes it covering
    t.index(['kind', 'match_key', 'customer_id'], 'customer_match_keys_key_index');
  });
  // the keys held by two or more customers, with how many (a few thousand of 450,000 keys at 100,000 customers)
  await knex.schema.createTable('customer_match_groups', (t) => {
    t.string('kind', 20).notNullable();
    t.text('match_key').notNullable();
    t.integer('size').notNullable();
    // its customers' ids, comma-separated, when there are few enough to compare (MAX_GROUP)
    t.text('ids');
    t.primary(['kind', 'match_key']);
  });
  await fillMatchKeys(knex);
  await createMatchKeyTriggers(knex);
}

export async function down(knex: Knex): Promise<void> {
  await dropMatchKeyTriggers(knex);
  await knex.schema.dropTable('customer_match_groups');
  await knex.schema.dropTable('customer_match_keys');
}
