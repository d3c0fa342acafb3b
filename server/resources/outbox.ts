import type { ResourceDef } from './types.js';
import { readOnly } from './access.js';

/** Messages the built-in gateway "sent": written by the server, exported by the user to send them elsewhere. */
export const outbox: ResourceDef = {
  name: 'outbox',
  table: 'outbox',
  group: 'care',
  title: 'recipient',
  defaultSort: ['created_at', 'DESC'],
  access: readOnly,
  scope: { customer: 'customer_id' },
  fields: {
    care_touch_id: { type: 'reference', reference: 'care_touches', readOnly: true, filterable: true },
    customer_id: { type: 'reference', reference: 'customers', readOnly: true, filterable: true },
    channel: { type: 'enum', enum: 'touch_channel', readOnly: true, filterable: true },
    recipient: { type: 'string', max: 120, readOnly: true, sensitive: 'contact' },
    body: { type: 'text', max: 2000, readOnly: true },
    status: { type: 'enum', enum: 'outbox_status', readOnly: true, filterable: true, sortable: true },
    sent_at: { type: 'datetime', readOnly: true, sortable: true },
    error: { type: 'string', max: 300, readOnly: true },
    batch_id: { type: 'string', max: 64, readOnly: true, filterable: true },
  },
};
