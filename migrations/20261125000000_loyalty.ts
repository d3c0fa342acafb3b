import type { Knex } from 'knex';
import { baseColumns, ref } from '../server/db/columns.js';

/**
 * The loyalty programme: versioned tier rules, the ledger's tier-qualifying points and reversal links,
 * manual adjustments awaiting approval (maker–checker), each customer's tier history, and what-if results
 * kept for a while so the customers list can show who would move.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tiers', (t) => {
    t.decimal('earn_multiplier', 5, 2).notNullable().defaultTo(1);
  });
  await knex.schema.alterTable('customers', (t) => {
    t.date('tier_below_since');
  });
  await knex.schema.alterTable('point_entries', (t) => {
    // the part of the entry that counts toward a tier: earnings count, spending and expiry do not
    t.integer('qualifying_points').notNullable().defaultTo(0);
    t.string('batch_id', 64);
    // the entry a reversal takes back (written by the server alone; a plain column: on SQLite, adding a
    // foreign key to an existing table makes knex copy the table through temporary storage)
    t.integer('reverses_id').unsigned().nullable();
    t.unique(['reverses_id']);
    t.index(['customer_id', 'created_at', 'qualifying_points'], 'point_entries_qualifying_index');
    t.index(['source_type', 'source_id']);
    t.index(['batch_id']);
  });
  for (const [from, to] of [['vehicle', 'vehicles'], ['service_visit', 'service_visits'], ['customer', 'customers'], ['redemption', 'redemptions']]) {
    await knex('point_entries').where('source_type', from).update({ source_type: to });
  }
  await knex('point_entries')
    .whereIn('reason', ['purchase', 'service', 'referral', 'event', 'adjustment'])
    .update({ qualifying_points: knex.ref('points') });

  await knex.schema.createTable('loyalty_rules', (t) => {
    baseColumns(t);
    t.integer('rule_version').notNullable().unique();
    t.jsonb('rules').notNullable();
    t.jsonb('tiers').notNullable();
    t.string('note', 500);
    ref(t, 'author_id', 'users', 'SET NULL');
  });

  await knex.schema.createTable('point_adjustments', (t) => {
    baseColumns(t);
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    t.integer('points').notNullable();
    t.string('note', 500).notNullable();
    t.string('status', 20).notNullable().defaultTo('pending');
    ref(t, 'requested_by_id', 'users', 'SET NULL');
    ref(t, 'decided_by_id', 'users', 'SET NULL');
    t.timestamp('decided_at', { useTz: true });
    t.string('decision_note', 500);
    ref(t, 'entry_id', 'point_entries', 'SET NULL');
    t.index(['status', 'created_at']);
  });

  await knex.schema.createTable('tier_changes', (t) => {
    baseColumns(t);
    // indexed by (customer_id, created_at) below: a recalculation writes thousands of rows, one index fewer each
    t.integer('customer_id').unsigned().notNullable().references('id').inTable('customers').onDelete('CASCADE');
    ref(t, 'from_tier_id', 'tiers', 'SET NULL');
    ref(t, 'to_tier_id', 'tiers', 'SET NULL');
    t.string('direction', 10).notNullable();
    t.string('reason', 30).notNullable();
    t.integer('points').notNullable().defaultTo(0);
    t.integer('rule_version');
    t.string('batch_id', 64);
    ref(t, 'author_id', 'users', 'SET NULL');
    t.index(['customer_id', 'created_at']);
    t.index(['batch_id']);
    t.index(['created_at']);
  });

  await knex.schema.createTable('tier_previews', (t) => {
    t.string('id', 64).primary();
    t.integer('user_id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['created_at']);
  });
  await knex.schema.createTable('tier_preview_moves', (t) => {
    t.string('preview_id', 64).notNullable().references('id').inTable('tier_previews').onDelete('CASCADE');
    t.integer('customer_id').notNullable();
    t.string('direction', 10).notNullable();
    t.primary(['preview_id', 'direction', 'customer_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['tier_preview_moves', 'tier_previews', 'tier_changes', 'point_adjustments', 'loyalty_rules']) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.schema.alterTable('point_entries', (t) => {
    t.dropIndex(['batch_id']);
    t.dropIndex(['source_type', 'source_id']);
    t.dropIndex(['customer_id', 'created_at', 'qualifying_points'], 'point_entries_qualifying_index');
    t.dropUnique(['reverses_id']);
    t.dropColumn('reverses_id');
    t.dropColumn('batch_id');
    t.dropColumn('qualifying_points');
  });
  await knex.schema.alterTable('customers', (t) => t.dropColumn('tier_below_since'));
  await knex.schema.alterTable('tiers', (t) => t.dropColumn('earn_multiplier'));
}
