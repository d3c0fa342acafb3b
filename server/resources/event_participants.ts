import type { ResourceDef } from './types.js';
import { csRecord } from './access.js';
import { earnFromEvent } from '../domain/loyalty/earnings.js';

export const event_participants: ResourceDef = {
  name: 'event_participants',
  table: 'event_participants',
  group: 'events',
  title: 'customer_id',
  defaultSort: ['invited_at', 'DESC'],
  unique: [['event_id', 'customer_id']],
  access: csRecord,
  customizable: true,
  internalColumns: ['custom'],
  scope: { customer: 'customer_id' },
  fields: {
    event_id: { type: 'reference', reference: 'events', required: true, filterable: true, sortable: true },
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    invited_at: { type: 'datetime', sortable: true, filterable: true },
    rsvp: { type: 'enum', enum: 'rsvp', default: 'pending', filterable: true, sortable: true },
    attended: { type: 'boolean', default: false, filterable: true },
    checked_in_at: { type: 'datetime', sortable: true },
    walk_in: { type: 'boolean', default: false, filterable: true },
    notes: { type: 'string', max: 500 },
    waitlisted: { type: 'boolean', default: false, filterable: true },
    invite_channel: { type: 'enum', enum: 'touch_channel', filterable: true },
    qr_token: { type: 'string', max: 40, readOnly: true },
    run_id: { type: 'integer', readOnly: true, filterable: true },
  },
  afterRows: earnFromEvent,
};
