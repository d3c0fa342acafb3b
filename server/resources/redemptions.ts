import type { ResourceDef } from './types.js';
import { roleGroups } from './access.js';
import { afterRedemptionRows, prepareRedemption } from '../domain/loyalty/redemptions.js';

const { ALL, CS, NOBODY } = roleGroups;

/** Gifts redeemed for points; the server prices them, takes the points and the stock, and gives both back on cancelling. */
export const redemptions: ResourceDef = {
  name: 'redemptions',
  table: 'redemptions',
  group: 'membership',
  title: 'redeemed_at',
  defaultSort: ['redeemed_at', 'DESC'],
  access: { read: ALL, create: CS, update: CS, delete: NOBODY },
  scope: { customer: 'customer_id' },
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    gift_id: { type: 'reference', reference: 'gifts', required: true, filterable: true, sortable: true },
    quantity: { type: 'integer', required: true, min: 1, max: 1000, default: 1 },
    points: { type: 'integer', readOnly: true, sortable: true },
    status: { type: 'enum', enum: 'redemption_status', default: 'requested', filterable: true, sortable: true },
    redeemed_at: { type: 'datetime', sortable: true, filterable: true },
    handled_by_id: { type: 'reference', reference: 'users', filterable: true },
    note: { type: 'string', max: 500 },
  },
  prepare: prepareRedemption,
  afterRows: afterRedemptionRows,
};
