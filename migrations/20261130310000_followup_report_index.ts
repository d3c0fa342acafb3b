import type { Knex } from 'knex';

/**
 * The follow-up completion report (server/domain/followups/reportSums.ts) sums a year of follow-ups (100,000+ at
 * a large department) by due date, staff and reason; this index holds every column those sums read, so they
 * do not touch the rows. The NPS answers live in JSON and are read apart, only for follow-ups with a survey.
 */
const INDEXES: [string[], string][] = [
  [['due_date', 'status', 'staff_id', 'reason', 'overall_score', 'complaint_id', 'customer_id'], 'follow_ups_report_sums_index'],
  // the few follow-ups answered with a survey, found without scanning the others
  [['survey_template_id', 'due_date'], 'follow_ups_survey_due_index'],
];

export async function up(knex: Knex): Promise<void> {
  for (const [columns, name] of INDEXES) await knex.schema.alterTable('follow_ups', (t) => t.index(columns, name));
}

export async function down(knex: Knex): Promise<void> {
  for (const [columns, name] of [...INDEXES].reverse()) await knex.schema.alterTable('follow_ups', (t) => t.dropIndex(columns, name));
}
