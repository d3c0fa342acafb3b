import type { Knex } from 'knex';
import type { ResourceDef, Row } from './types.js';
import { adminSettings } from './access.js';
import { lookupUseCount } from '../domain/lookupUsage.js';
import { badRequest } from '../errors.js';
import { reason } from '../rest/reasons.js';

/** 400 naming `field` when the stored value (type, code) is held by any record (server/domain/lookupUsage.ts). */
async function refuseIfUsed(trx: Knex.Transaction, stored: Row, field: string): Promise<void> {
  // the registry lists this definition: read at call time, or the bundled server would meet the import cycle half-built
  const { resources } = await import('./index.js');
  const count = await lookupUseCount(trx, Object.values(resources), String(stored.type), String(stored.code));
  if (count) throw badRequest({ [field]: reason('lookup_in_use', { count }) });
}

export const lookups: ResourceDef = {
  name: 'lookups',
  table: 'lookups',
  group: 'settings',
  title: 'label_zh',
  defaultSort: ['sort_order', 'ASC'],
  unique: [['type', 'code']],
  access: adminSettings,
  importable: {},
  // a value in use can be deactivated, relabelled and reordered, but not deleted, recoded or moved to another list
  beforeDelete: (trx, stored) => refuseIfUsed(trx, stored, 'id'),
  prepare: async (trx, values, id) => {
    if (id === undefined || (values.code === undefined && values.type === undefined)) return values;
    const stored = await trx('lookups').where({ id }).first('type', 'code');
    const moved = (values.code !== undefined && values.code !== stored?.code) || (values.type !== undefined && values.type !== stored?.type);
    if (stored && moved) await refuseIfUsed(trx, stored, values.code !== undefined && values.code !== stored.code ? 'code' : 'type');
    return values;
  },
  fields: {
    type: { type: 'enum', enum: 'lookup_type', required: true, filterable: true, sortable: true },
    code: { type: 'string', required: true, max: 60, sortable: true, filterable: true },
    label_zh: { type: 'string', required: true, max: 100, searchable: 'pinyin', sortable: true },
    label_en: { type: 'string', required: true, max: 100, searchable: true },
    sort_order: { type: 'integer', min: 0, max: 100_000, default: 0, sortable: true },
    color: { type: 'string', max: 7, format: 'color' },
    active: { type: 'boolean', default: true, filterable: true },
  },
};
