import type { Knex } from 'knex';

/**
 * Custom fields (自定义字段): an admin adds fields to the main records from the settings screen. Their definitions
 * live in `custom_fields`; their values in one JSON column `custom` on each table that may carry them (jsonb on
 * PostgreSQL, JSON text on SQLite), so adding a field changes no table. A filterable field gets an index on its
 * JSON expression when it is added (server/domain/customFields/indexes.ts), not here.
 */
const TABLES = [
  'customers', 'vehicles', 'service_visits', 'appointments', 'follow_ups', 'complaints', 'events', 'event_participants',
  'gifts', 'care_touches',
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('custom_fields', (t) => {
    t.increments('id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.string('resource', 40).notNullable();
    t.string('key', 40).notNullable();
    t.string('label_zh', 100).notNullable();
    t.string('label_en', 100).notNullable();
    t.string('type', 20).notNullable();
    t.string('lookup', 40);
    t.string('reference', 40);
    t.boolean('required').notNullable().defaultTo(false);
    t.string('default_value', 255);
    t.string('help_zh', 255);
    t.string('help_en', 255);
    t.jsonb('read_roles');
    t.jsonb('edit_roles');
    t.integer('sort_order').notNullable().defaultTo(0);
    t.boolean('hidden').notNullable().defaultTo(false);
    t.boolean('retired').notNullable().defaultTo(false);
    t.unique(['resource', 'key']);
  });
  for (const table of TABLES) await knex.schema.alterTable(table, (t) => t.jsonb('custom'));
}

export async function down(knex: Knex): Promise<void> {
  for (const table of TABLES) await knex.schema.alterTable(table, (t) => t.dropColumn('custom'));
  await knex.schema.dropTable('custom_fields');
}
