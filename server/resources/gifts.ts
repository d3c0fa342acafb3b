import type { ResourceDef } from './types.js';
import { managerRules } from './access.js';
import { checkDateOrder } from '../domain/dates.js';

export const gifts: ResourceDef = {
  name: 'gifts',
  table: 'gifts',
  group: 'membership',
  title: 'name',
  defaultSort: ['points_price', 'ASC'],
  access: managerRules,
  customizable: true,
  internalColumns: ['custom'],
  importable: {},
  fields: {
    name: { type: 'string', required: true, max: 100, sortable: true, searchable: 'pinyin' },
    category: { type: 'enum', enum: 'gift_category', required: true, default: 'gift', filterable: true },
    points_price: { type: 'integer', required: true, min: 1, max: 10_000_000, sortable: true, filterable: true },
    stock: { type: 'integer', required: true, min: 0, max: 10_000_000, default: 0, sortable: true, filterable: true },
    valid_from: { type: 'date', sortable: true, filterable: true },
    valid_to: { type: 'date', sortable: true, filterable: true },
    active: { type: 'boolean', default: true, filterable: true },
    description: { type: 'text', max: 2000 },
  },
  validate: (r) => checkDateOrder(r, 'valid_from', 'valid_to'),
};
