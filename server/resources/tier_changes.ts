import type { ResourceDef } from './types.js';
import { readOnly } from './access.js';

/** Each customer's tier history: every move up or down, why, under which rules version, by whom. Written by the server. */
export const tier_changes: ResourceDef = {
  name: 'tier_changes',
  table: 'tier_changes',
  group: 'membership',
  title: 'direction',
  defaultSort: ['created_at', 'DESC'],
  access: readOnly,
  scope: { customer: 'customer_id' },
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, readOnly: true, filterable: true, sortable: true },
    from_tier_id: { type: 'reference', reference: 'tiers', readOnly: true, filterable: true },
    to_tier_id: { type: 'reference', reference: 'tiers', readOnly: true, filterable: true },
    direction: { type: 'enum', enum: 'tier_direction', readOnly: true, filterable: true, sortable: true },
    reason: { type: 'enum', enum: 'tier_change_reason', readOnly: true, filterable: true, sortable: true },
    points: { type: 'integer', readOnly: true, sortable: true },
    rule_version: { type: 'integer', readOnly: true, filterable: true },
    batch_id: { type: 'string', max: 64, readOnly: true, filterable: true },
    author_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true },
  },
};
