import type { ScreenSet } from './types';
import customers from './customers';
import vehicles from './vehicles';
import service_visits from './service_visits';
import appointments from './appointments';
import follow_ups from './follow_ups';
import complaints from './complaints';
import tiers from './tiers';
import point_entries from './point_entries';
import gifts from './gifts';
import redemptions from './redemptions';
import point_adjustments from './point_adjustments';
import tier_changes from './tier_changes';
import cs_plans from './cs_plans';
import events from './events';
import event_tasks from './event_tasks';
import event_participants from './event_participants';
import event_budget_lines from './event_budget_lines';
import care_touches from './care_touches';
import care_plans from './care_plans';
import segments from './segments';
import users from './users';
import lookups from './lookups';
import audit_log from './audit_log';
import churn_risks from './churn_risks';
import work_calendar_days from './work_calendar_days';
import follow_up_rules from './follow_up_rules';
import survey_templates from './survey_templates';
import message_templates from './message_templates';
import greeting_days from './greeting_days';
import outbox from './outbox';
import custom_fields from './custom_fields';

/** The screen set of every resource the client knows, by API resource name. */
export const screenSets: Record<string, ScreenSet | undefined> = {
  customers, vehicles, service_visits, appointments, follow_ups, complaints, tiers, point_entries, gifts, redemptions,
  point_adjustments, tier_changes,
  cs_plans, events, event_tasks, event_participants, event_budget_lines, care_touches, care_plans, segments, users, lookups, audit_log, churn_risks,
  work_calendar_days,
  follow_up_rules, survey_templates,
  message_templates, greeting_days, outbox, custom_fields,
};
