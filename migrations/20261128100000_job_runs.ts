import type { Knex } from 'knex';

/**
 * The periodic jobs' bookkeeping (generating follow-ups, reminders, churn risks, greetings; escalating breached
 * complaints): when each last ran and what it did, and a lease so that of several server processes one runs it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('job_runs', (t) => {
    t.string('name', 60).primary();
    t.timestamp('lease_until', { useTz: true });
    t.timestamp('last_started_at', { useTz: true });
    t.timestamp('last_finished_at', { useTz: true });
    t.json('last_result');
    t.string('last_error', 1000);
    t.integer('runs').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('job_runs');
}
