import type { ResourceDef } from './types.js';
import { csRecord } from './access.js';

export const complaints: ResourceDef = {
  name: 'complaints',
  table: 'complaints',
  group: 'care',
  title: 'title',
  defaultSort: ['received_at', 'DESC'],
  access: csRecord,
  scope: { customer: 'customer_id' },
  fields: {
    title: { type: 'string', required: true, max: 120, searchable: true, sortable: true },
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    received_at: { type: 'datetime', required: true, sortable: true, filterable: true },
    channel: { type: 'enum', enum: 'complaint_channel', required: true, filterable: true },
    category: { type: 'lookup', lookup: 'complaint_category', required: true, filterable: true, sortable: true },
    severity: { type: 'enum', enum: 'severity', required: true, default: 'medium', filterable: true, sortable: true },
    description: { type: 'text', required: true, max: 4000, searchable: true },
    status: { type: 'enum', enum: 'complaint_status', default: 'received', filterable: true, sortable: true },
    department: { type: 'lookup', lookup: 'department', filterable: true },
    handler_id: { type: 'reference', reference: 'users', filterable: true },
    responded_at: { type: 'datetime', sortable: true, filterable: true },
    resolved_at: { type: 'datetime', sortable: true, filterable: true },
    closed_at: { type: 'datetime', sortable: true, filterable: true },
    resolution: { type: 'text', max: 4000 },
    customer_feedback: { type: 'text', max: 2000 },
    rectification_notice: { type: 'text', max: 4000 },
  },
};
