import type { Knex } from 'knex';
import { dialectOf } from '../../db/connect.js';
import type { FieldDef, ResourceDef, Row } from '../../resources/types.js';
import { chunks } from '../../rest/bulk/rows.js';
import { itemCountSql, patchSql, removeKeySql, selectSql, valueSql } from './sql.js';

/**
 * Set-wise work on the stored values of one custom field across a table, for the changes of its definition:
 * counting the records without a value, filling them with a default, rewriting values into a new kind, erasing
 * them. None of these is a person's edit of a record: versions and change times stay as they are.
 */

const isList = (field: FieldDef) => field.type === 'json';

/** Records of `def` that hold no value for `key` (an empty list counts as none). */
export async function countWithoutValue(trx: Knex, def: ResourceDef, key: string, field: FieldDef): Promise<number> {
  const d = dialectOf(trx);
  const qb = trx(def.table);
  if (isList(field)) qb.whereRaw(`${itemCountSql(d, def.table, key)} = 0`);
  else qb.whereRaw(`${valueSql(d, def.table, key, { type: 'string' })} IS NULL`);
  const row = await qb.count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** Gives every record without a value the `value`. */
export async function fillMissing(trx: Knex, def: ResourceDef, key: string, field: FieldDef, value: unknown): Promise<void> {
  const d = dialectOf(trx);
  const qb = trx(def.table);
  if (isList(field)) qb.whereRaw(`${itemCountSql(d, def.table, key)} = 0`);
  else qb.whereRaw(`${valueSql(d, def.table, key, { type: 'string' })} IS NULL`);
  await qb.update({ custom: trx.raw(patchSql(d), [JSON.stringify({ [key]: value })]) });
}

/** Every stored value of `key` (id and value as the API answers it), in id order. */
export async function storedValues(trx: Knex, def: ResourceDef, key: string): Promise<{ id: number; value: unknown }[]> {
  const d = dialectOf(trx);
  const rows: Row[] = await trx(def.table)
    .select('id', trx.raw(selectSql(d, def.table, key)))
    .whereRaw(`${valueSql(d, def.table, key, { type: 'string' })} IS NOT NULL`)
    .orderBy('id');
  return rows.map((r) => {
    let value = r[key];
    // SQLite answers a list as its JSON text; PostgreSQL answers JSON parsed
    if (d === 'sqlite' && typeof value === 'string' && value.startsWith('[')) value = JSON.parse(value);
    return { id: Number(r.id), value };
  });
}

/** Writes new values of `key` for the given records (a conversion), a chunk of records per statement. */
export async function rewriteValues(trx: Knex, def: ResourceDef, key: string, values: readonly { id: number; value: unknown }[]): Promise<void> {
  const d = dialectOf(trx);
  for (const part of chunks(values)) {
    const tuple = d === 'postgres' ? '(?::integer, ?::text)' : '(?, ?)';
    await trx.raw(
      `UPDATE ?? SET "custom" = ${patchSql(d, 'v.column2')} FROM (VALUES ${part.map(() => tuple).join(', ')}) AS v WHERE ??.id = v.column1`,
      [def.table, ...part.flatMap((r) => [r.id, JSON.stringify({ [key]: r.value })]), def.table],
    );
  }
}

/** Erases every value of `key` (a deleted field). */
export async function eraseValues(trx: Knex, def: ResourceDef, key: string): Promise<number> {
  const d = dialectOf(trx);
  return trx(def.table)
    .whereRaw(`${valueSql(d, def.table, key, { type: 'string' })} IS NOT NULL`)
    .update({ custom: trx.raw(removeKeySql(d, key)) });
}
