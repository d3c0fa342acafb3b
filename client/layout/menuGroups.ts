import type { Meta } from '../meta/types';

/** Menu groups in the order of a working day, and the resources within each, most used first. */
const GROUP_ORDER = ['customers', 'care', 'events', 'membership', 'settings'];
const RESOURCE_ORDER = [
  'customers', 'vehicles', 'service_visits', 'churn_risks', 'segments',
  'follow_ups', 'complaints', 'appointments', 'care_touches', 'care_plans', 'complaint_steps', 'outbox',
  'cs_plans', 'events', 'event_tasks', 'event_participants', 'event_budget_lines',
  'tiers', 'point_entries', 'gifts', 'redemptions', 'point_adjustments', 'tier_changes',
  'users', 'lookups', 'custom_fields', 'list_views', 'follow_up_rules', 'survey_templates', 'message_templates', 'greeting_days', 'work_calendar_days', 'audit_log',
];

export interface MenuGroupItems {
  group: string;
  resources: string[];
}

const rank = (order: string[], name: string) => {
  const i = order.indexOf(name);
  return i === -1 ? order.length : i;
};

/** The menu: the server's groups (from /api/meta) in our order; a resource the client does not know yet goes last in its group. */
export function menuGroups(meta: Meta): MenuGroupItems[] {
  const byGroup = new Map<string, string[]>();
  for (const r of Object.values(meta.resources)) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r.name]);
  return [...byGroup.entries()]
    .sort(([a], [b]) => rank(GROUP_ORDER, a) - rank(GROUP_ORDER, b) || a.localeCompare(b))
    .map(([group, names]) => ({
      group,
      resources: names.sort((a, b) => rank(RESOURCE_ORDER, a) - rank(RESOURCE_ORDER, b) || a.localeCompare(b)),
    }));
}

/** Every resource in menu order (the first one is where the app opens). */
export function orderedResources(meta: Meta): string[] {
  return menuGroups(meta).flatMap((g) => g.resources);
}
