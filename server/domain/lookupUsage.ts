import type { Knex } from 'knex';
import type { ResourceDef } from '../resources/types.js';

/**
 * How many records hold `code` of lookup list `type`, over every field of the given resources that chooses from
 * that list. A lookup value in use may be deactivated (new records no longer offer it, old ones keep showing it)
 * but not deleted or recoded: the records would hold a code nobody can read.
 */
export async function lookupUseCount(db: Knex, defs: readonly ResourceDef[], type: string, code: string): Promise<number> {
  let count = 0;
  for (const def of defs) {
    for (const [field, f] of Object.entries(def.fields)) {
      if (f.type !== 'lookup' || f.lookup !== type) continue;
      const row = await db(def.table).where(field, code).count({ n: '*' }).first();
      count += Number(row?.n ?? 0);
    }
  }
  return count;
}
