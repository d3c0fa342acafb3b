import type { Knex } from 'knex';

/**
 * The dashboard's KPIs read months of follow-ups, visits, appointments and owners at once; these indexes hold
 * every column such a query reads (and the customer it joins through), so it never touches the rows themselves.
 */
const INDEXES: [string, string[]][] = [
  ['follow_ups', ['status', 'done_date', 'overall_score', 'customer_id']],
  ['follow_ups', ['due_date', 'status', 'customer_id']],
  ['service_visits', ['visit_date', 'customer_id']],
  ['appointments', ['scheduled_at', 'status', 'customer_id']],
  ['customers', ['customer_type', 'last_visit_date']],
  ['customers', ['owner_id', 'customer_type', 'last_visit_date']],
];

export async function up(knex: Knex): Promise<void> {
  for (const [table, columns] of INDEXES) await knex.schema.alterTable(table, (t) => t.index(columns));
}

export async function down(knex: Knex): Promise<void> {
  for (const [table, columns] of [...INDEXES].reverse()) await knex.schema.alterTable(table, (t) => t.dropIndex(columns));
}
