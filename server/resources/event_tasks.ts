import type { ResourceDef } from './types.js';
import { csOnly } from './access.js';
import { checkTaskChanges, checkTaskPeople, taskFilters } from '../domain/event/tasks.js';

export const event_tasks: ResourceDef = {
  name: 'event_tasks',
  table: 'event_tasks',
  group: 'events',
  title: 'content',
  defaultSort: ['due_date', 'ASC'],
  access: csOnly,
  // a schedule (项目进度表) kept in Excel comes in as it is, under the same rules as typed-in tasks
  importable: {},
  fields: {
    event_id: { type: 'reference', reference: 'events', required: true, filterable: true, sortable: true },
    content: { type: 'string', required: true, max: 300, searchable: true },
    due_date: { type: 'date', sortable: true, filterable: true },
    responsible_id: { type: 'reference', reference: 'users', filterable: true },
    checker_id: { type: 'reference', reference: 'users', filterable: true },
    status: { type: 'enum', enum: 'task_status', default: 'todo', filterable: true, sortable: true },
    notes: { type: 'text', max: 2000 },
  },
  validate: checkTaskPeople,
  afterRows: checkTaskChanges,
  virtualFilters: taskFilters,
};
