import type { ResourceDef } from './types.js';

export const users: ResourceDef = {
  name: 'users',
  table: 'users',
  group: 'settings',
  title: 'name',
  defaultSort: ['name', 'ASC'],
  unique: [['username']],
  fields: {
    username: { type: 'string', required: true, max: 40, sortable: true, searchable: true },
    name: { type: 'string', required: true, max: 60, sortable: true, searchable: 'pinyin' },
    role: { type: 'enum', enum: 'role', required: true, default: 'cs_specialist', filterable: true, sortable: true },
    department: { type: 'lookup', lookup: 'department', filterable: true },
    phone: { type: 'string', format: 'phone', max: 20 },
    email: { type: 'string', format: 'email', max: 120 },
    active: { type: 'boolean', default: true, filterable: true },
  },
};
