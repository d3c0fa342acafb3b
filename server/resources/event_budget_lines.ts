import type { ResourceDef } from './types.js';
import { csOnly } from './access.js';
import { afterBudgetLineRows } from '../domain/event/budget.js';

export const event_budget_lines: ResourceDef = {
  name: 'event_budget_lines',
  table: 'event_budget_lines',
  group: 'events',
  title: 'item',
  defaultSort: ['id', 'ASC'],
  access: csOnly,
  // a supplier's quote or the finance sheet comes as a spreadsheet; the event is named by its title or id
  importable: {},
  fields: {
    event_id: { type: 'reference', reference: 'events', required: true, filterable: true, sortable: true },
    item: { type: 'string', required: true, max: 120, sortable: true },
    category: { type: 'enum', enum: 'budget_category', required: true, default: 'other', filterable: true, sortable: true },
    planned: { type: 'money', required: true, min: 0, sortable: true },
    actual: { type: 'money', min: 0, sortable: true },
    vendor: { type: 'string', max: 120 },
    notes: { type: 'string', max: 500 },
  },
  // the event's budget and actual cost are the sums of its lines (server/domain/event/budget.ts)
  afterRows: afterBudgetLineRows,
  afterRowsFields: ['event_id'],
};
