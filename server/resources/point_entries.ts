import type { ResourceDef } from './types.js';
import { roleGroups } from './access.js';

const { ALL, CS, MANAGERS } = roleGroups;
import { refreshPointsBalance } from '../domain/points.js';

export const point_entries: ResourceDef = {
  name: 'point_entries',
  table: 'point_entries',
  group: 'membership',
  title: 'reason',
  defaultSort: ['created_at', 'DESC'],
  access: { read: ALL, create: CS, update: MANAGERS, delete: MANAGERS },
  scope: { customer: 'customer_id' },
  importable: {},
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    points: { type: 'integer', required: true, min: -10_000_000, max: 10_000_000, sortable: true },
    reason: { type: 'enum', enum: 'point_reason', required: true, filterable: true },
    source_type: { type: 'string', max: 40, filterable: true },
    source_id: { type: 'integer', min: 1, filterable: true },
    note: { type: 'string', max: 500 },
    author_id: { type: 'reference', reference: 'users', filterable: true },
  },
  afterWrite: refreshPointsBalance,
};
