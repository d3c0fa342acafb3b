import type { Knex } from 'knex';
import { customFieldRowOf } from '../../domain/customFields/registry.js';
import { fieldDefOf } from '../../domain/customFields/kinds.js';
import { syncValueIndex } from '../../domain/customFields/indexes.js';
import { getResource } from '../../resources/index.js';

/**
 * A custom field's value index is made by the app when the field is added (not by a migration), in the engine's
 * own expression: the copied fields get theirs on the target as the settings screen would have made them.
 * (Only the kind decides the index, so the field is built without its default.)
 */
export async function createFieldIndexes(trx: Knex.Transaction): Promise<number> {
  let made = 0;
  for (const stored of await trx('custom_fields').select('*') as Record<string, unknown>[]) {
    const row = customFieldRowOf(stored);
    const def = getResource(row.resource);
    if (!def || row.retired) continue;
    const field = fieldDefOf(row, undefined, false);
    await syncValueIndex(trx, def, row.key, field);
    if (field.sortable) made += 1;
  }
  return made;
}
