import type { ResourceDef } from './types.js';
import { csRecord } from './access.js';
import { guardComplaintWrites } from '../domain/complaints/writeGuard.js';
import { slaFilter } from '../domain/complaints/sla.js';

/** A complaint, its flow (received → … → closed) and its SLA deadlines in working hours. */
export const complaints: ResourceDef = {
  name: 'complaints',
  table: 'complaints',
  group: 'care',
  title: 'title',
  defaultSort: ['received_at', 'DESC'],
  access: csRecord,
  customizable: true,
  internalColumns: ['custom'],
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
    responded_at: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
    resolved_at: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
    closed_at: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
    resolution: { type: 'text', max: 4000 },
    customer_feedback: { type: 'text', max: 2000 },
    rectification_notice: { type: 'text', max: 4000 },
    first_response_due_at: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
    resolve_due_at: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
    paused_at: { type: 'datetime', readOnly: true, filterable: true },
    paused_ms: { type: 'integer', readOnly: true },
    escalated_at: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
    escalated_to_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true },
    confirmed_at: { type: 'datetime', readOnly: true, sortable: true },
    confirmed_by_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true },
    assigned_at: { type: 'datetime', readOnly: true, sortable: true },
    feedback_at: { type: 'datetime', readOnly: true, sortable: true },
    reopened_count: { type: 'integer', readOnly: true, sortable: true },
    follow_up_id: { type: 'reference', reference: 'follow_ups', readOnly: true, filterable: true },
  },
  // the flow and its clocks: POST /complaints/:id/step, /pause, /resume (server/rest/complaints)
  afterRows: guardComplaintWrites,
  virtualFilters: { sla: slaFilter },
};
