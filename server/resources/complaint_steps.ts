import type { ResourceDef } from './types.js';
import { readOnly, roleGroups } from './access.js';

/** Each step of a complaint's flow (and each pause, resumption and escalation of its SLA clock): who and when. */
export const complaint_steps: ResourceDef = {
  name: 'complaint_steps',
  table: 'complaint_steps',
  group: 'care',
  title: 'action',
  defaultSort: ['at', 'DESC'],
  // no customer column to narrow by, so not for sales consultants (they read their customers' complaints)
  access: { ...readOnly, read: roleGroups.CS },
  fields: {
    complaint_id: { type: 'reference', reference: 'complaints', required: true, readOnly: true, filterable: true, sortable: true },
    action: { type: 'enum', enum: 'complaint_action', readOnly: true, filterable: true },
    from_status: { type: 'enum', enum: 'complaint_status', readOnly: true },
    to_status: { type: 'enum', enum: 'complaint_status', readOnly: true, filterable: true },
    actor_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true },
    at: { type: 'datetime', readOnly: true, sortable: true },
    note: { type: 'string', max: 1000, readOnly: true },
  },
};
