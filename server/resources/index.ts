import type { ResourceDef } from './types.js';
import { customers } from './customers.js';
import { vehicles } from './vehicles.js';
import { service_visits } from './service_visits.js';
import { appointments } from './appointments.js';
import { follow_ups } from './follow_ups.js';
import { complaints } from './complaints.js';
import { tiers } from './tiers.js';
import { point_entries } from './point_entries.js';
import { gifts } from './gifts.js';
import { redemptions } from './redemptions.js';
import { point_adjustments } from './point_adjustments.js';
import { tier_changes } from './tier_changes.js';
import { cs_plans } from './cs_plans.js';
import { events } from './events.js';
import { event_tasks } from './event_tasks.js';
import { event_participants } from './event_participants.js';
import { event_budget_lines } from './event_budget_lines.js';
import { care_touches } from './care_touches.js';
import { care_plans } from './care_plans.js';
import { segments } from './segments.js';
import { list_views } from './list_views.js';
import { users } from './users.js';
import { lookups } from './lookups.js';
import { audit_log } from './audit_log.js';
import { work_calendar_days } from './work_calendar_days.js';
import { survey_templates } from './survey_templates.js';
import { complaint_steps } from './complaint_steps.js';
import { follow_up_rules } from './follow_up_rules.js';
import { churn_risks } from './churn_risks.js';
import { message_templates } from './message_templates.js';
import { greeting_days } from './greeting_days.js';
import { outbox } from './outbox.js';
import { custom_fields } from './custom_fields.js';

/** Every resource the API serves, by name. A name not in here is rejected before any SQL runs. */
export const resources: Record<string, ResourceDef> = Object.fromEntries(
  [
    customers, vehicles, service_visits, appointments, follow_ups, complaints, tiers, point_entries, gifts,
    redemptions, point_adjustments, tier_changes, cs_plans, events, event_tasks, event_participants, event_budget_lines, care_touches, care_plans, segments, users,
    lookups, audit_log, complaint_steps, churn_risks, outbox, follow_up_rules, survey_templates, message_templates, greeting_days,
    work_calendar_days, custom_fields,
    list_views,
  ].map((r) => [r.name, r]),
);

export function getResource(name: string): ResourceDef | undefined {
  return Object.hasOwn(resources, name) ? resources[name] : undefined;
}

/** Every field of every resource that names a record of `target` (an admin's custom reference fields included). */
export function referencesTo(target: string): { def: ResourceDef; field: string }[] {
  return Object.values(resources).flatMap((def) => Object.entries(def.fields)
    .filter(([, f]) => f.type === 'reference' && f.reference === target)
    .map(([field]) => ({ def, field })));
}
