import { describe, expect, it } from 'vitest';
import { buildMeta } from '../../server/rest/meta';
import type { Meta } from '../meta/types';
import { menuGroups, orderedResources } from './menuGroups';

const meta = buildMeta() as unknown as Meta;

describe('menuGroups', () => {
  it('when the menu is built, then the groups follow the working day', () => {
    expect(menuGroups(meta).map((g) => g.group)).toEqual(['customers', 'care', 'events', 'membership', 'settings']);
  });

  it('when a group is listed, then its resources come most used first', () => {
    const groups = Object.fromEntries(menuGroups(meta).map((g) => [g.group, g.resources]));
    expect(groups.customers).toEqual(['customers', 'vehicles', 'service_visits', 'churn_risks', 'segments']);
    expect(groups.care).toEqual(['follow_ups', 'complaints', 'appointments', 'care_touches', 'care_plans', 'complaint_steps', 'outbox']);
    expect(groups.events).toEqual(['cs_plans', 'events', 'event_tasks', 'event_participants', 'event_budget_lines']);
    expect(groups.membership).toEqual(['tiers', 'point_entries', 'gifts', 'redemptions', 'point_adjustments', 'tier_changes']);
    expect(groups.settings).toEqual(['users', 'lookups', 'custom_fields', 'list_views', 'follow_up_rules', 'survey_templates', 'message_templates', 'greeting_days', 'work_calendar_days', 'audit_log']);
  });

  it('when the server declares a resource the client does not know, then it still appears, last in its group', () => {
    const extended: Meta = {
      ...meta,
      resources: { ...meta.resources, surveys: { ...meta.resources.follow_ups, name: 'surveys' } },
    };
    const care = menuGroups(extended).find((g) => g.group === 'care');
    expect(care?.resources.at(-1)).toBe('surveys');
  });

  it('when every resource is listed, then customers come first and every declared resource is there once', () => {
    const names = orderedResources(meta);
    expect(names[0]).toBe('customers');
    expect([...names].sort()).toEqual(Object.keys(meta.resources).sort());
  });
});
