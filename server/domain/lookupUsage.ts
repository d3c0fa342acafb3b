import type { Knex } from 'knex';
import type { ResourceDef } from '../resources/types.js';
import { dialectOf } from '../db/connect.js';
import { itemsSql, valueSql } from './customFields/sql.js';

/**
 * How many records hold `code` of lookup list `type`, over every field of the given resources that chooses from
 * that list (custom single and multiple choices among them). A lookup value in use may be deactivated (new records
 * no longer offer it, old ones keep showing it) but not deleted or recoded: the records would hold a code nobody
 * can read.
 */
export async function lookupUseCount(db: Knex, defs: readonly ResourceDef[], type: string, code: string): Promise<number> {
  const d = dialectOf(db);
  let count = 0;
  for (const def of defs) {
    for (const [field, f] of Object.entries(def.fields)) {
      if (f.lookup !== type || (f.type !== 'lookup' && !(f.type === 'json' && f.custom))) continue;
      const qb = db(def.table);
      if (f.type === 'json') qb.whereRaw(`EXISTS (${itemsSql(d, def.table, field)} = ?)`, [code]);
      else if (f.custom) qb.whereRaw(`${valueSql(d, def.table, field, f)} = ?`, [code]);
      else qb.where(field, code);
      const row = await qb.count({ n: '*' }).first();
      count += Number(row?.n ?? 0);
    }
  }
  return count;
}
