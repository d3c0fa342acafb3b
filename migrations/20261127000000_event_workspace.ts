import type { Knex } from 'knex';
import { baseColumns, ref } from '../server/db/columns.js';

/**
 * The event workspace: budget lines with planned and actual cost (the event's budget and actual cost are
 * their sums once it has lines), each quarter's goals and budget on the year plan, and the event an
 * after-event follow-up belongs to (so it is scheduled once and its answers score that event).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('event_budget_lines', (t) => {
    baseColumns(t);
    ref(t, 'event_id', 'events', 'CASCADE', true);
    t.string('item', 120).notNullable();
    t.string('category', 30).notNullable();
    t.decimal('planned', 14, 2).notNullable().defaultTo(0);
    t.decimal('actual', 14, 2);
    t.string('vendor', 120);
    t.string('notes', 500);
  });
  await knex.schema.alterTable('cs_plans', (t) => {
    for (const q of [1, 2, 3, 4]) {
      t.text(`q${q}_goals`);
      t.decimal(`q${q}_budget`, 14, 2);
    }
  });
  await knex.schema.alterTable('follow_ups', (t) => {
    t.integer('event_id').unsigned().nullable().references('id').inTable('events').onDelete('SET NULL');
    t.index(['event_id', 'customer_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('follow_ups', (t) => {
    t.dropIndex(['event_id', 'customer_id']);
    t.dropForeign(['event_id']);
    t.dropColumn('event_id');
  });
  await knex.schema.alterTable('cs_plans', (t) => {
    for (const q of [1, 2, 3, 4]) {
      t.dropColumn(`q${q}_goals`);
      t.dropColumn(`q${q}_budget`);
    }
  });
  await knex.schema.dropTableIfExists('event_budget_lines');
}
