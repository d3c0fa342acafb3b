import type { ResourceDef } from './types.js';
import { csRecord } from './access.js';
import { earnFromPurchase } from '../domain/loyalty/earnings.js';

export const vehicles: ResourceDef = {
  name: 'vehicles',
  table: 'vehicles',
  group: 'customers',
  title: 'plate',
  defaultSort: ['purchase_date', 'DESC'],
  unique: [['vin']],
  access: csRecord,
  customizable: true,
  internalColumns: ['custom'],
  scope: { customer: 'customer_id' },
  importable: { duplicateKey: 'vin' },
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    model: { type: 'lookup', lookup: 'vehicle_model', required: true, filterable: true, sortable: true },
    plate: { type: 'string', max: 20, searchable: true, sortable: true },
    vin: { type: 'string', max: 17, searchable: true },
    color: { type: 'lookup', lookup: 'vehicle_color', filterable: true },
    purchase_date: { type: 'date', sortable: true, filterable: true },
    purchase_type: { type: 'enum', enum: 'purchase_type', default: 'new', filterable: true },
    price: { type: 'money', min: 0, sortable: true },
    warranty_end: { type: 'date', sortable: true, filterable: true },
    insurance_years: { type: 'integer', min: 0, max: 50, default: 0, filterable: true },
    mileage: { type: 'integer', min: 0, max: 5_000_000 },
    last_service_date: { type: 'date', readOnly: true, sortable: true, filterable: true },
    sales_consultant_id: { type: 'reference', reference: 'users', filterable: true },
  },
  afterRows: earnFromPurchase,
};
