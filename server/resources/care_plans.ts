import type { ResourceDef } from './types.js';
import { csOnly } from './access.js';
import { checkCarePlan, checkCarePlanChanges } from '../domain/care/carePlans.js';

export const care_plans: ResourceDef = {
  name: 'care_plans',
  table: 'care_plans',
  group: 'care',
  title: 'title',
  defaultSort: ['updated_at', 'DESC'],
  access: csOnly,
  fields: {
    title: { type: 'string', required: true, max: 120, searchable: true, sortable: true },
    customer_id: { type: 'reference', reference: 'customers', filterable: true },
    segment_id: { type: 'reference', reference: 'segments', filterable: true },
    methods: { type: 'text', max: 4000 },
    measures: { type: 'text', max: 4000 },
    responsible_id: { type: 'reference', reference: 'users', filterable: true },
    budget: { type: 'money', min: 0 },
    status: { type: 'enum', enum: 'care_plan_status', default: 'draft', filterable: true, sortable: true },
    start_date: { type: 'date', sortable: true, filterable: true },
    end_date: { type: 'date', sortable: true, filterable: true },
    evaluation: { type: 'text', max: 4000 },
    reviewed_by_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true },
    reviewed_at: { type: 'datetime', readOnly: true, sortable: true },
    approved_by_id: { type: 'reference', reference: 'users', readOnly: true, filterable: true },
    approved_at: { type: 'datetime', readOnly: true, sortable: true },
  },
  validate: checkCarePlan,
  afterRows: checkCarePlanChanges,
};
