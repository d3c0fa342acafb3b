import type { Knex } from 'knex';
import { dialectOf } from '../db/connect.js';
import type { FieldDef, ResourceDef, Row } from '../resources/types.js';
import { allFields } from '../resources/types.js';
import { itemCountSql, itemsSql, patchSql, selectSql, valueSql } from '../domain/customFields/sql.js';

/**
 * Where a field's value is in SQL: its own column, or for an admin's custom field its key in the JSON column
 * `custom`. Every query the generic engine builds names fields through these, so a custom field is listed,
 * filtered, sorted, exported and written like a built-in one.
 */

const fieldOf = (def: ResourceDef, name: string): FieldDef | undefined => allFields(def)[name];

/** A custom field's value to compare or sort by, as SQL; null for a field with its own column. */
export function customValueSql(db: Knex, def: ResourceDef, name: string): string | null {
  const field = fieldOf(def, name);
  return field?.custom ? valueSql(dialectOf(db), def.table, name, field) : null;
}

/** A field's value to sort by. */
export function columnRef(db: Knex, def: ResourceDef, name: string): string | Knex.Raw {
  const sql = customValueSql(db, def, name);
  return sql ? db.raw(sql) : `${def.table}.${name}`;
}

/** Columns to select for the given fields, each answered under its field's name. */
export function selectList(db: Knex, def: ResourceDef, names: readonly string[]): (string | Knex.Raw)[] {
  const d = dialectOf(db);
  return names.map((name) => (fieldOf(def, name)?.custom ? db.raw(selectSql(d, def.table, name)) : `${def.table}.${name}`));
}

/** Records whose field holds one of `values` (a custom field's value compared in the JSON column). */
export function whereValueIn(db: Knex, qb: Knex.QueryBuilder, def: ResourceDef, name: string, values: readonly (string | number)[]): void {
  const sql = customValueSql(db, def, name);
  if (sql) qb.whereRaw(`${sql} IN (${values.map(() => '?').join(', ')})`, [...values]);
  else qb.whereIn(`${def.table}.${name}`, [...values]);
}

/** A multiple-choice custom field (its value a list of lookup codes). */
export const isItemList = (field: FieldDef | undefined): boolean => field?.custom !== undefined && field.type === 'json';

/** Records whose list holds any of `items` (or, `negate`, none of them). */
export function whereHoldsAny(db: Knex, qb: Knex.QueryBuilder, def: ResourceDef, name: string, items: readonly unknown[], negate = false): void {
  const sql = `${negate ? 'NOT ' : ''}EXISTS (${itemsSql(dialectOf(db), def.table, name)} IN (${items.map(() => '?').join(', ')}))`;
  qb.whereRaw(sql, items.map(String));
}

/** Records whose list is empty (`empty`) or not. */
export function whereListEmpty(db: Knex, qb: Knex.QueryBuilder, def: ResourceDef, name: string, empty: boolean): void {
  qb.whereRaw(`${itemCountSql(dialectOf(db), def.table, name)} ${empty ? '=' : '>'} 0`);
}

/**
 * A row in stored form ready to insert: the custom values (a JSON patch under `custom`, see `toColumns`) as
 * the JSON object to store, with the cleared ones left out.
 */
export function forInsert(row: Row): Row {
  if (typeof row.custom !== 'string') return row;
  const values = Object.fromEntries(Object.entries(JSON.parse(row.custom) as Row).filter(([, v]) => v !== null));
  return { ...row, custom: Object.keys(values).length ? JSON.stringify(values) : null };
}

/** A row in stored form ready to update with: the custom values merged into what the record holds. */
export function forUpdate(db: Knex, row: Row): Row {
  if (typeof row.custom !== 'string') return row;
  return { ...row, custom: db.raw(patchSql(dialectOf(db)), [row.custom]) };
}
