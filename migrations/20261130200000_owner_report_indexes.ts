import type { Knex } from 'knex';

/**
 * The owner report (保有客户, server/domain/analytics/ownerReport.ts) groups every owner by type, region and
 * industry, narrowed by tier or sales consultant, and reads each owner's service visits of a range with their
 * amount and vehicle; these indexes hold every column those queries read, so neither touches the rows.
 */
const INDEXES: [string, string[], string][] = [
  ['customers', ['customer_type', 'region', 'industry', 'tier_id', 'owner_id', 'last_visit_date'], 'customers_owner_groups_index'],
  ['service_visits', ['customer_id', 'visit_date', 'amount', 'vehicle_id'], 'service_visits_customer_amount_index'],
];

export async function up(knex: Knex): Promise<void> {
  for (const [table, columns, name] of INDEXES) await knex.schema.alterTable(table, (t) => t.index(columns, name));
}

export async function down(knex: Knex): Promise<void> {
  for (const [table, columns, name] of [...INDEXES].reverse()) await knex.schema.alterTable(table, (t) => t.dropIndex(columns, name));
}
