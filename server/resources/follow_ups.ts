import type { ResourceDef } from './types.js';
import { sharedRecord } from './access.js';

export const follow_ups: ResourceDef = {
  name: 'follow_ups',
  table: 'follow_ups',
  group: 'care',
  title: 'due_date',
  defaultSort: ['due_date', 'DESC'],
  access: sharedRecord,
  scope: { customer: 'customer_id' },
  importable: {},
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    vehicle_id: { type: 'reference', reference: 'vehicles', filterable: true },
    event_id: { type: 'reference', reference: 'events', filterable: true },
    reason: { type: 'enum', enum: 'follow_up_reason', required: true, filterable: true },
    channel: { type: 'enum', enum: 'follow_up_channel', required: true, default: 'phone', filterable: true },
    status: { type: 'enum', enum: 'follow_up_status', default: 'pending', filterable: true, sortable: true },
    due_date: { type: 'date', required: true, sortable: true, filterable: true },
    done_date: { type: 'date', sortable: true, filterable: true },
    staff_id: { type: 'reference', reference: 'users', filterable: true },
    outcome: { type: 'enum', enum: 'follow_up_outcome', filterable: true },
    scores: { type: 'json', shape: 'object' },
    overall_score: { type: 'integer', min: 1, max: 5, sortable: true, filterable: true },
    script: { type: 'text', max: 2000 },
    notes: { type: 'text', max: 4000 },
  },
};
