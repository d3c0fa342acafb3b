import type { Knex } from 'knex';

/**
 * The follow-up completion report sums a range's follow-ups by staff and reason. Read in due-date order
 * (20261130310000) those groups needed a sort of 100,000+ entries, so SQLite chose an index that skipped the sort but
 * read every row: 250 ms for a department's year. Led by staff and reason, with the due date next, the groups come
 * out in order and each reads only its range; the survey column lets the NPS sums skip calls without a survey.
 */
const COLUMNS = ['staff_id', 'reason', 'due_date', 'status', 'overall_score', 'complaint_id', 'customer_id', 'survey_template_id'];
const NAME = 'follow_ups_staff_reason_sums_index';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('follow_ups', (t) => t.index(COLUMNS, NAME));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('follow_ups', (t) => t.dropIndex(COLUMNS, NAME));
}
