import type { ResourceDef } from './types.js';
import { readOnly } from './access.js';

/**
 * The points ledger: signed, immutable entries written by the server alone (earnings from purchases,
 * services, referrals and events; redemptions; expiry; approved adjustments; reversals). Nobody edits or
 * deletes an entry: a mistake is reversed by a new one (POST /api/loyalty/entries/:id/reverse).
 */
export const point_entries: ResourceDef = {
  name: 'point_entries',
  table: 'point_entries',
  group: 'membership',
  title: 'reason',
  defaultSort: ['created_at', 'DESC'],
  access: readOnly,
  scope: { customer: 'customer_id' },
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, readOnly: true, filterable: true, sortable: true },
    points: { type: 'integer', required: true, readOnly: true, sortable: true, filterable: true },
    qualifying_points: { type: 'integer', readOnly: true },
    reason: { type: 'enum', enum: 'point_reason', required: true, readOnly: true, filterable: true, sortable: true },
    source_type: { type: 'string', max: 40, readOnly: true, filterable: true },
    source_id: { type: 'integer', readOnly: true, filterable: true },
    note: { type: 'string', max: 500, readOnly: true },
    author_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true },
    batch_id: { type: 'string', max: 64, readOnly: true, filterable: true },
    reverses_id: { type: 'reference', reference: 'point_entries', readOnly: true, filterable: true },
  },
};
