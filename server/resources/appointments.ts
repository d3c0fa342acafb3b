import type { ResourceDef } from './types.js';
import { sharedRecord } from './access.js';
import { checkAppointmentChanges } from '../domain/appointments/rules.js';

export const appointments: ResourceDef = {
  name: 'appointments',
  table: 'appointments',
  group: 'care',
  title: 'scheduled_at',
  defaultSort: ['scheduled_at', 'DESC'],
  access: sharedRecord,
  customizable: true,
  internalColumns: ['custom'],
  scope: { customer: 'customer_id' },
  fields: {
    customer_id: { type: 'reference', reference: 'customers', required: true, filterable: true, sortable: true },
    vehicle_id: { type: 'reference', reference: 'vehicles', filterable: true },
    scheduled_at: { type: 'datetime', required: true, sortable: true, filterable: true },
    appointment_type: { type: 'enum', enum: 'appointment_type', required: true, filterable: true },
    status: { type: 'enum', enum: 'appointment_status', default: 'scheduled', filterable: true, sortable: true },
    advisor_id: { type: 'reference', reference: 'users', filterable: true },
    notes: { type: 'text', max: 2000 },
    duration_minutes: { type: 'integer', min: 5, max: 600, default: 60 },
    reminded_at: { type: 'datetime', readOnly: true, sortable: true },
    arrived_at: { type: 'datetime', readOnly: true, sortable: true },
    origin: { type: 'enum', enum: 'appointment_origin', default: 'manual', readOnly: true, filterable: true },
  },
  afterRows: checkAppointmentChanges,
};
