import type { ResourceDef } from './types.js';
import { csRecord } from './access.js';
import { afterVisitWrite } from '../domain/visits.js';
import { earnFromService } from '../domain/loyalty/earnings.js';

export const service_visits: ResourceDef = {
  name: 'service_visits',
  table: 'service_visits',
  group: 'customers',
  title: 'visit_date',
  defaultSort: ['visit_date', 'DESC'],
  access: csRecord,
  customizable: true,
  internalColumns: ['custom'],
  scope: { customer: 'customer_id' },
  importable: {},
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    vehicle_id: { type: 'reference', reference: 'vehicles', filterable: true },
    visit_date: { type: 'date', required: true, sortable: true, filterable: true },
    visit_type: { type: 'enum', enum: 'visit_type', required: true, filterable: true, sortable: true },
    amount: { type: 'money', min: 0, sortable: true, filterable: true },
    mileage: { type: 'integer', min: 0, max: 5_000_000 },
    advisor_id: { type: 'reference', reference: 'users', filterable: true, sortable: true },
    notes: { type: 'text', max: 2000 },
  },
  afterWrite: afterVisitWrite,
  afterRows: earnFromService,
};
