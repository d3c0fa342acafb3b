import type { ResourceDef } from './types.js';
import { adminSettings } from './access.js';

export const lookups: ResourceDef = {
  name: 'lookups',
  table: 'lookups',
  group: 'settings',
  title: 'label_zh',
  defaultSort: ['sort_order', 'ASC'],
  unique: [['type', 'code']],
  access: adminSettings,
  importable: {},
  fields: {
    type: { type: 'enum', enum: 'lookup_type', required: true, filterable: true, sortable: true },
    code: { type: 'string', required: true, max: 60, sortable: true, filterable: true },
    label_zh: { type: 'string', required: true, max: 100, searchable: 'pinyin', sortable: true },
    label_en: { type: 'string', required: true, max: 100, searchable: true },
    sort_order: { type: 'integer', min: 0, max: 100_000, default: 0, sortable: true },
    color: { type: 'string', max: 20 },
    active: { type: 'boolean', default: true, filterable: true },
  },
};
