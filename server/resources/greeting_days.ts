import type { ResourceDef } from './types.js';
import { managerRules } from './access.js';

/** On which date each greeting holiday falls in a given year (the lunar ones move). */
export const greeting_days: ResourceDef = {
  name: 'greeting_days',
  table: 'greeting_days',
  group: 'settings',
  title: 'holiday',
  defaultSort: ['day', 'ASC'],
  unique: [['holiday', 'day']],
  access: managerRules,
  fields: {
    holiday: { type: 'lookup', lookup: 'holiday', required: true, filterable: true, sortable: true },
    day: { type: 'date', required: true, sortable: true, filterable: true },
    note: { type: 'string', max: 100 },
  },
};
