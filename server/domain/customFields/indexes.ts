import type { Knex } from 'knex';
import { dialectOf } from '../../db/connect.js';
import type { FieldDef, ResourceDef } from '../../resources/types.js';
import { indexName, valueSql } from './sql.js';

/**
 * A custom field a list can be sorted or filtered by gets an index on its value's expression (the same text the
 * list queries write), so sorting 100,000 customers by it reads the index instead of every row's JSON. `field`
 * null (deleted, retired, or a kind without one): the index goes.
 */
export async function syncValueIndex(trx: Knex, def: ResourceDef, key: string, field: FieldDef | null): Promise<void> {
  const name = indexName(def.table, key);
  await trx.raw(`DROP INDEX IF EXISTS "${name}"`);
  if (!field?.sortable) return;
  const expression = valueSql(dialectOf(trx), null, key, field);
  await trx.raw(`CREATE INDEX "${name}" ON "${def.table}" (${expression})`);
}
