import type { ResourceDef } from './types.js';
import { adminSettings } from './access.js';
import { checkCustomField, deleteCustomField, prepareCustomField } from '../domain/customFields/changes.js';

/** The registry lists this definition: read at call time, or the bundled server would meet the import cycle half-built. */
const registry = async () => (await import('./index.js')).resources;

/**
 * Custom fields (自定义字段): the fields an admin adds to the main records. Each write checks the records the
 * change would touch and makes them follow (server/domain/customFields/changes.ts); the engine serves the field
 * from the next request on.
 */
export const custom_fields: ResourceDef = {
  name: 'custom_fields',
  table: 'custom_fields',
  group: 'settings',
  title: 'label_zh',
  defaultSort: ['sort_order', 'ASC'],
  access: adminSettings,
  validate: checkCustomField,
  prepare: async (trx, values, id) => prepareCustomField(trx, await registry(), values, id),
  beforeDelete: async (trx, stored) => deleteCustomField(trx, await registry(), stored),
  fields: {
    resource: { type: 'enum', enum: 'custom_resource', required: true, filterable: true, sortable: true },
    label_zh: { type: 'string', required: true, max: 100, sortable: true },
    label_en: { type: 'string', required: true, max: 100, sortable: true },
    key: { type: 'string', required: true, max: 40, sortable: true, filterable: true },
    type: { type: 'enum', enum: 'custom_kind', required: true, filterable: true, sortable: true },
    lookup: { type: 'string', max: 40 },
    reference: { type: 'enum', enum: 'custom_reference_target' },
    required: { type: 'boolean', default: false, filterable: true },
    default_value: { type: 'string', max: 255 },
    help_zh: { type: 'string', max: 255 },
    help_en: { type: 'string', max: 255 },
    read_roles: { type: 'json', shape: 'string[]' },
    edit_roles: { type: 'json', shape: 'string[]' },
    sort_order: { type: 'integer', min: 0, max: 100_000, default: 0, sortable: true },
    hidden: { type: 'boolean', default: false, filterable: true },
    retired: { type: 'boolean', default: false, filterable: true },
  },
};
