import type { ResourceDef } from './types.js';
import { roleGroups } from './access.js';
import { afterAdjustmentRows } from '../domain/loyalty/adjustments.js';

const { CS, NOBODY } = roleGroups;

/**
 * Manual point adjustments with their reason; above the manager's threshold they wait for approval
 * (POST /api/loyalty/adjustments/:id/approve | reject) before their entry is written.
 */
export const point_adjustments: ResourceDef = {
  name: 'point_adjustments',
  table: 'point_adjustments',
  group: 'membership',
  title: 'note',
  defaultSort: ['created_at', 'DESC'],
  access: { read: CS, create: CS, update: NOBODY, delete: NOBODY },
  scope: { customer: 'customer_id' },
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    points: { type: 'integer', required: true, min: -10_000_000, max: 10_000_000, sortable: true },
    note: { type: 'string', required: true, minLength: 2, max: 500 },
    status: { type: 'enum', enum: 'adjustment_status', readOnly: true, filterable: true, sortable: true },
    requested_by_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true },
    decided_by_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true },
    decided_at: { type: 'datetime', readOnly: true, sortable: true },
    decision_note: { type: 'string', max: 500, readOnly: true },
    entry_id: { type: 'reference', reference: 'point_entries', readOnly: true },
  },
  validate: (r) => (Number(r.points) === 0 ? { points: { code: 'not_zero' } } : null),
  afterRows: afterAdjustmentRows,
};
