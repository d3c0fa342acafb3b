import type { Knex } from 'knex';
import { baseColumns, ref } from '../server/db/columns.js';

/**
 * Saved list views (issue 9, part 3): a user's named choice of columns, density, filter and sort for one list,
 * private or shared with a role, at most one of them the role's default for that list. The config is JSON
 * (jsonb on PostgreSQL, text on SQLite), checked by server/domain/listViews/config.ts.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('list_views', (t) => {
    baseColumns(t);
    t.string('resource', 60).notNullable();
    t.string('name', 60).notNullable();
    // a user's views go with them: deleting the user deletes their views (a role's shared default included)
    ref(t, 'owner_id', 'users', 'CASCADE', true);
    t.string('shared_role', 30);
    t.boolean('default_for_role').notNullable().defaultTo(false);
    t.jsonb('config').notNullable();
    t.unique(['owner_id', 'resource', 'name']);
    // the picker's one query: a list's views shared with a role
    t.index(['resource', 'shared_role']);
  });
  // one default per list and role, whatever two managers do at the same moment
  await knex.raw('CREATE UNIQUE INDEX list_views_one_default ON list_views (resource, shared_role) WHERE default_for_role');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('list_views');
}
