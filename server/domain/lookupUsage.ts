import type { Knex } from 'knex';
import type { ResourceDef } from '../resources/types.js';

/** Where a lookup value is held: a resource's field and how many of its records hold it. */
export interface LookupUse { resource: string; field: string; count: number }

/**
 * The records that hold `code` of lookup list `type`, in every field of the given resources that chooses from that
 * list. A lookup value in use may be deactivated (new records no longer offer it, old ones keep showing it) but not
 * deleted or recoded: the records would hold a code nobody can read.
 */
export async function lookupUses(db: Knex, defs: readonly ResourceDef[], type: string, code: string): Promise<LookupUse[]> {
  const uses: LookupUse[] = [];
  for (const def of defs) {
    for (const [field, f] of Object.entries(def.fields)) {
      if (f.type !== 'lookup' || f.lookup !== type) continue;
      const row = await db(def.table).where(field, code).count({ n: '*' }).first();
      const count = Number(row?.n ?? 0);
      if (count) uses.push({ resource: def.name, field, count });
    }
  }
  return uses;
}
