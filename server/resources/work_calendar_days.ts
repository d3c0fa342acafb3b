import type { ResourceDef } from './types.js';
import { managerRules } from './access.js';

/** The working-time calendar's exceptions: public holidays off, make-up working days (调休) on, per date. */
export const work_calendar_days: ResourceDef = {
  name: 'work_calendar_days',
  table: 'work_calendar_days',
  group: 'settings',
  title: 'day',
  defaultSort: ['day', 'ASC'],
  unique: [['day']],
  access: managerRules,
  importable: { duplicateKey: 'day' },
  fields: {
    day: { type: 'date', required: true, sortable: true, filterable: true },
    kind: { type: 'enum', enum: 'work_day_kind', required: true, filterable: true, sortable: true },
    name: { type: 'string', max: 60 },
  },
};
