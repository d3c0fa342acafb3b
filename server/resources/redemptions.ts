import type { ResourceDef } from './types.js';
import { csRecord } from './access.js';

export const redemptions: ResourceDef = {
  name: 'redemptions',
  table: 'redemptions',
  group: 'membership',
  title: 'redeemed_at',
  defaultSort: ['redeemed_at', 'DESC'],
  access: csRecord,
  scope: { customer: 'customer_id' },
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    gift_id: { type: 'reference', reference: 'gifts', required: true, filterable: true, sortable: true },
    quantity: { type: 'integer', required: true, min: 1, max: 1000, default: 1 },
    points: { type: 'integer', required: true, min: 0, max: 100_000_000, sortable: true },
    status: { type: 'enum', enum: 'redemption_status', default: 'requested', filterable: true, sortable: true },
    redeemed_at: { type: 'datetime', required: true, sortable: true, filterable: true },
    handled_by_id: { type: 'reference', reference: 'users', filterable: true },
    note: { type: 'string', max: 500 },
  },
};
