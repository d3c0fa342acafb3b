import type { ResourceDef } from './types.js';
import { csRecord } from './access.js';
import { requireConsent } from '../domain/greetings/consent.js';

/**
 * Greetings, gifts and other care actions per customer. A touch on a channel the customer has not agreed to
 * (SMS/WeChat without consent_sms, e-mail without consent_email) is refused when created or when its
 * customer, channel or status changes — unless it is recorded as skipped.
 */
export const care_touches: ResourceDef = {
  name: 'care_touches',
  table: 'care_touches',
  group: 'care',
  title: 'touch_type',
  defaultSort: ['scheduled_date', 'DESC'],
  access: csRecord,
  customizable: true,
  internalColumns: ['custom'],
  scope: { customer: 'customer_id' },
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    touch_type: { type: 'enum', enum: 'touch_type', required: true, filterable: true },
    holiday: { type: 'lookup', lookup: 'holiday', filterable: true },
    channel: { type: 'enum', enum: 'touch_channel', required: true, default: 'sms', filterable: true },
    scheduled_date: { type: 'date', required: true, sortable: true, filterable: true },
    sent_date: { type: 'date', sortable: true, filterable: true },
    status: { type: 'enum', enum: 'touch_status', default: 'scheduled', filterable: true, sortable: true },
    message: { type: 'text', max: 1000 },
    gift: { type: 'string', max: 200 },
    staff_id: { type: 'reference', reference: 'users', filterable: true },
    template_id: { type: 'reference', reference: 'message_templates', readOnly: true, filterable: true },
    source_key: { type: 'string', max: 80, readOnly: true },
  },
  afterRows: async (trx, changes) => {
    const touched = changes.flatMap(({ before, after }) => {
      if (!after || after.status === 'skipped') return [];
      const moved = !before || before.customer_id !== after.customer_id || before.channel !== after.channel || before.status !== after.status;
      return moved ? [after] : [];
    });
    await requireConsent(trx, touched.map((t) => ({ customer_id: t.customer_id, channel: t.channel })));
  },
  afterRowsFields: ['customer_id', 'channel', 'status'],
};
