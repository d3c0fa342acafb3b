import type { ResourceDef } from './types.js';
import { managerRules } from './access.js';

/** A follow-up cadence: what in the data starts it, how many days after, which script and survey. */
export const follow_up_rules: ResourceDef = {
  name: 'follow_up_rules',
  table: 'follow_up_rules',
  group: 'settings',
  title: 'name',
  defaultSort: ['sort_order', 'ASC'],
  access: managerRules,
  fields: {
    name: { type: 'string', required: true, max: 100, sortable: true },
    trigger: { type: 'enum', enum: 'follow_up_trigger', required: true, filterable: true, sortable: true },
    offset_days: { type: 'integer', required: true, min: 0, max: 3660, sortable: true },
    window_days: { type: 'integer', min: 0, max: 366, default: 0 },
    reason: { type: 'enum', enum: 'follow_up_reason', required: true, filterable: true },
    channel: { type: 'enum', enum: 'follow_up_channel', required: true, default: 'phone' },
    script: { type: 'text', max: 4000 },
    survey_template_id: { type: 'reference', reference: 'survey_templates', filterable: true },
    active: { type: 'boolean', default: true, filterable: true },
    sort_order: { type: 'integer', min: 0, max: 10_000, default: 0, sortable: true },
  },
};
