import type { Knex } from 'knex';
import * as foundation from './20261123000000_foundation.js';
import * as auth from './20261124000000_auth.js';
import * as ownerIndexes from './20261124000100_owner_indexes.js';
import * as loyalty from './20261125000000_loyalty.js';
import * as eventInvitations from './20261126000000_event_invitations.js';
import * as eventWorkspace from './20261127000000_event_workspace.js';
import * as careWork from './20261128000000_care_work.js';
import * as jobRuns from './20261128100000_job_runs.js';
import * as analyticsIndexes from './20261129000000_analytics_indexes.js';
import * as prospectProfile from './20261130000000_prospect_profile.js';
import * as customerValue from './20261130100000_customer_value.js';
import * as ownerReportIndexes from './20261130200000_owner_report_indexes.js';
import * as followUpReportIndex from './20261130310000_followup_report_index.js';
import * as followUpStaffIndex from './20261130320000_followup_staff_index.js';
import * as customerFirstPurchase from './20261201000000_customer_first_purchase.js';
import * as customerVisitMonths from './20261201100000_customer_visit_months.js';
import * as workQueueIndexes from './20261201200000_work_queue_indexes.js';
import * as customerPrefixIndexes from './20261201300000_customer_prefix_indexes.js';
import * as listViews from './20261202100000_list_views.js';
import * as customFields from './20261202050000_custom_fields.js';
import * as customerDuplicates from './20261202200000_customer_duplicates.js';
import * as customerMatchKeys from './20261203000000_customer_match_keys.js';

/**
 * The migrations in order. Listed here (not discovered on disk) so they run the same under tsx, Vitest
 * and a bundled build. Add a new file and append it.
 */
const migrations: Record<string, Knex.Migration> = {
  '20261123000000_foundation': foundation,
  '20261124000000_auth': auth,
  '20261124000100_owner_indexes': ownerIndexes,
  '20261125000000_loyalty': loyalty,
  '20261126000000_event_invitations': eventInvitations,
  '20261127000000_event_workspace': eventWorkspace,
  '20261128000000_care_work': careWork,
  '20261128100000_job_runs': jobRuns,
  '20261129000000_analytics_indexes': analyticsIndexes,
  '20261130000000_prospect_profile': prospectProfile,
  '20261130100000_customer_value': customerValue,
  '20261130200000_owner_report_indexes': ownerReportIndexes,
  '20261130310000_followup_report_index': followUpReportIndex,
  '20261130320000_followup_staff_index': followUpStaffIndex,
  '20261201000000_customer_first_purchase': customerFirstPurchase,
  '20261201100000_customer_visit_months': customerVisitMonths,
  '20261201200000_work_queue_indexes': workQueueIndexes,
  '20261201300000_customer_prefix_indexes': customerPrefixIndexes,
  '20261202050000_custom_fields': customFields,
  '20261202100000_list_views': listViews,
  '20261202200000_customer_duplicates': customerDuplicates,
  '20261203000000_customer_match_keys': customerMatchKeys,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name],
};
