import type { ResourceDef } from './types.js';
import { sharedRecord } from './access.js';
import { checkChurnChanges } from '../domain/churn/rules.js';

/** A customer at risk of leaving, why, who wins them back and how it ended. */
export const churn_risks: ResourceDef = {
  name: 'churn_risks',
  table: 'churn_risks',
  group: 'customers',
  title: 'reason',
  defaultSort: ['detected_on', 'DESC'],
  access: sharedRecord,
  scope: { customer: 'customer_id' },
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    vehicle_id: { type: 'reference', reference: 'vehicles', filterable: true },
    reason: { type: 'enum', enum: 'churn_reason', required: true, filterable: true, sortable: true },
    detail: { type: 'string', max: 200 },
    detected_on: { type: 'date', required: true, sortable: true, filterable: true },
    owner_id: { type: 'reference', reference: 'users', filterable: true, sortable: true },
    status: { type: 'enum', enum: 'churn_status', default: 'open', filterable: true, sortable: true },
    outcome: { type: 'enum', enum: 'churn_outcome', filterable: true },
    outcome_note: { type: 'text', max: 2000 },
    closed_at: { type: 'datetime', readOnly: true, sortable: true, filterable: true },
  },
  afterRows: checkChurnChanges,
};
