import type { Dialect } from '../../db/connect.js';
import type { FieldDef } from '../../resources/types.js';

/**
 * The SQL that reads and writes custom field values in a table's JSON column `custom`. Keys are checked
 * identifiers (keys.ts: lower-case letters, digits, _), so they are written into the SQL as literals: an index on
 * a value's expression is used only by a query whose expression is the same text, which a bound parameter is not.
 */

const column = (table: string | null) => (table ? `"${table}"."custom"` : '"custom"');

/** The JSON type whose text PostgreSQL casts for a field's kind to compare and sort it (null: compared as text). */
function pgKind(field: FieldDef): { json: string; cast: string } | null {
  switch (field.type) {
    case 'integer':
    case 'reference':
    case 'number':
    case 'money': return { json: 'number', cast: 'numeric' };
    case 'boolean': return { json: 'boolean', cast: 'boolean' };
    default: return null;
  }
}

/**
 * A field's value as filters and sorts compare it; `table` null inside an index definition. On PostgreSQL a number
 * or yes/no is cast only when the JSON holds one: the expression never fails, not even on the stale row versions an
 * index build reads after a field changed kind.
 */
export function valueSql(dialect: Dialect, table: string | null, key: string, field: FieldDef): string {
  if (dialect === 'sqlite') return `json_extract(${column(table)}, '$.${key}')`;
  const kind = pgKind(field);
  if (!kind) return `(${column(table)} ->> '${key}')`;
  return `(CASE WHEN jsonb_typeof(${column(table)} -> '${key}') = '${kind.json}' THEN (${column(table)} ->> '${key}')::${kind.cast} END)`;
}

/** A field's value as the API answers it (lists as JSON), named as the field. */
export function selectSql(dialect: Dialect, table: string, key: string): string {
  return dialect === 'sqlite' ? `json_extract(${column(table)}, '$.${key}') as "${key}"` : `${column(table)} -> '${key}' as "${key}"`;
}

/** The items of a multiple-choice value, as a one-column set `value` to test with EXISTS. */
export function itemsSql(dialect: Dialect, table: string, key: string): string {
  return dialect === 'sqlite'
    ? `SELECT 1 FROM json_each(${column(table)}, '$.${key}') AS item WHERE item.value`
    : `SELECT 1 FROM jsonb_array_elements_text(${column(table)} -> '${key}') AS item(value) WHERE item.value`;
}

/** How many items a multiple-choice value holds (0 when it has none). */
export function itemCountSql(dialect: Dialect, table: string, key: string): string {
  return dialect === 'sqlite'
    ? `coalesce(json_array_length(${column(table)}, '$.${key}'), 0)`
    : `coalesce(jsonb_array_length(${column(table)} -> '${key}'), 0)`;
}

/**
 * The new `custom` of a row given a patch (JSON text, one `?`): its keys set, those given as null removed, the
 * others (a retired field's values among them) kept.
 */
export function patchSql(dialect: Dialect, patch = '?'): string {
  return dialect === 'sqlite'
    ? `json_patch(coalesce("custom", '{}'), ${patch})`
    : `jsonb_strip_nulls(coalesce("custom", '{}'::jsonb) || (${patch})::jsonb)`;
}

/** `custom` without one key (a deleted field's values). */
export function removeKeySql(dialect: Dialect, key: string): string {
  return dialect === 'sqlite' ? `json_remove("custom", '$.${key}')` : `("custom" - '${key}')`;
}

/** The name of the index on one field's value. */
export const indexName = (table: string, key: string): string => `${table}_cf_${key}_index`;
