import type { ResourceDef, RowsHook } from './types.js';
import { roleGroups } from './access.js';
import { checkEventChanges, checkEventDates } from '../domain/events.js';
import { guardEventTotals } from '../domain/event/budget.js';

const { ALL, CS } = roleGroups;

/** The status flow first, then the totals an event with budget lines takes from them. */
const afterEventRows: RowsHook = async (trx, changes, ctx) => {
  await checkEventChanges(trx, changes, ctx);
  await guardEventTotals(trx, changes, ctx);
};

export const events: ResourceDef = {
  name: 'events',
  table: 'events',
  group: 'events',
  title: 'title',
  defaultSort: ['start_at', 'DESC'],
  access: { read: ALL, create: CS, update: CS, delete: CS },
  customizable: true,
  internalColumns: ['custom'],
  fields: {
    plan_id: { type: 'reference', reference: 'cs_plans', filterable: true },
    title: { type: 'string', required: true, max: 120, searchable: 'pinyin', sortable: true },
    event_type: { type: 'lookup', lookup: 'event_type', required: true, filterable: true },
    theme: { type: 'string', max: 200, searchable: true },
    start_at: { type: 'datetime', required: true, sortable: true, filterable: true },
    end_at: { type: 'datetime', required: true, sortable: true, filterable: true },
    place: { type: 'string', max: 200 },
    capacity: { type: 'integer', min: 0, max: 100_000 },
    budget: { type: 'money', min: 0, sortable: true },
    actual_cost: { type: 'money', min: 0 },
    status: { type: 'enum', enum: 'event_status', default: 'draft', filterable: true, sortable: true },
    owner_id: { type: 'reference', reference: 'users', filterable: true },
    checker_id: { type: 'reference', reference: 'users', filterable: true },
    description: { type: 'text', max: 4000 },
    survey_template_id: { type: 'reference', reference: 'survey_templates', filterable: true },
  },
  validate: checkEventDates,
  afterRows: afterEventRows,
};
