import type { Knex } from 'knex';
import { referencesTo } from '../../resources/index.js';
import type { FieldDef, ResourceDef } from '../../resources/types.js';
import { customValueSql } from '../../rest/columns.js';

/**
 * Everything that names a customer, found from the resource registry rather than listed by hand: every field
 * of every resource declared `{ type: 'reference', reference: 'customers' }` (vehicles, visits, follow-ups,
 * complaints, event participants, the points ledger, a referrer, an admin's reference field). A new resource
 * that refers to customers is moved by a merge with no change here. The tables outside the registry that
 * hold customer ids are handled by `mergeOtherTables` (merge.ts).
 */
export interface CustomerReference {
  def: ResourceDef;
  field: string;
  /** an admin's field, its value in the JSON column `custom` */
  custom: FieldDef | null;
}

export function customerReferences(): CustomerReference[] {
  return referencesTo('customers').map(({ def, field }) => ({ def, field, custom: def.fields[field].custom ? def.fields[field] : null }));
}

/** The SQL naming a reference's value (its column, or its key in `custom`). */
export function referenceSql(db: Knex, ref: CustomerReference): string {
  return customValueSql(db, ref.def, ref.field) ?? `${ref.def.table}.${ref.field}`;
}

/** "vehicles.customer_id" */
export const referenceKey = (ref: CustomerReference): string => `${ref.def.name}.${ref.field}`;

/** How many records of each kind name each of the customers (the review's counts); kinds nobody uses are left out. */
export async function referenceCounts(db: Knex, ids: readonly number[]): Promise<{ key: string; resource: string; field: string; counts: Record<number, number> }[]> {
  const out: { key: string; resource: string; field: string; counts: Record<number, number> }[] = [];
  for (const ref of customerReferences()) {
    const sql = referenceSql(db, ref);
    const rows: { c: unknown; n: unknown }[] = await db(ref.def.table)
      .whereRaw(`${sql} IN (${ids.map(() => '?').join(', ')})`, [...ids])
      .groupByRaw(sql)
      .select(db.raw(`${sql} as c`), db.raw('count(*) as n'));
    if (!rows.length) continue;
    const counts: Record<number, number> = Object.fromEntries(ids.map((id) => [id, 0]));
    for (const r of rows) counts[Number(r.c)] = Number(r.n);
    out.push({ key: referenceKey(ref), resource: ref.def.name, field: ref.field, counts });
  }
  return out;
}
