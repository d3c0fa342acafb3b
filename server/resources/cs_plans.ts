import type { ResourceDef } from './types.js';
import { roleGroups } from './access.js';

const { CS, MANAGERS } = roleGroups;

export const cs_plans: ResourceDef = {
  name: 'cs_plans',
  table: 'cs_plans',
  group: 'events',
  title: 'title',
  defaultSort: ['year', 'DESC'],
  unique: [['year']],
  access: { read: CS, create: CS, update: CS, delete: MANAGERS },
  fields: {
    year: { type: 'integer', required: true, min: 2000, max: 2100, sortable: true, filterable: true },
    title: { type: 'string', required: true, max: 120, searchable: true, sortable: true },
    goals: { type: 'text', max: 4000 },
    budget: { type: 'money', min: 0 },
    status: { type: 'enum', enum: 'plan_status', default: 'draft', filterable: true },
    owner_id: { type: 'reference', reference: 'users', filterable: true },
    q1_theme: { type: 'string', max: 200 },
    q2_theme: { type: 'string', max: 200 },
    q3_theme: { type: 'string', max: 200 },
    q4_theme: { type: 'string', max: 200 },
    q1_goals: { type: 'text', max: 2000 },
    q2_goals: { type: 'text', max: 2000 },
    q3_goals: { type: 'text', max: 2000 },
    q4_goals: { type: 'text', max: 2000 },
    q1_budget: { type: 'money', min: 0 },
    q2_budget: { type: 'money', min: 0 },
    q3_budget: { type: 'money', min: 0 },
    q4_budget: { type: 'money', min: 0 },
  },
};
