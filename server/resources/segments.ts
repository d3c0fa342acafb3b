import type { ResourceDef } from './types.js';
import { csOnly } from './access.js';

export const segments: ResourceDef = {
  name: 'segments',
  table: 'segments',
  group: 'customers',
  title: 'name',
  defaultSort: ['name', 'ASC'],
  access: csOnly,
  fields: {
    name: { type: 'string', required: true, max: 100, searchable: true, sortable: true },
    description: { type: 'text', max: 1000 },
    filter: { type: 'json', shape: 'object', required: true },
    shared: { type: 'boolean', default: true, filterable: true },
    owner_id: { type: 'reference', reference: 'users', filterable: true },
  },
};
