import type { ResourceDef, Row } from '../resources/types.js';
import { allFields } from '../resources/types.js';

/** A database row as the API shows it: booleans as booleans, JSON parsed, times as ISO strings. */
export function serialize(def: ResourceDef, row: Row): Row {
  const out: Row = {};
  for (const [name, field] of Object.entries(allFields(def))) {
    let v = row[name];
    if (v === undefined) continue;
    if (v !== null) {
      if (field.type === 'boolean') v = v === true || v === 1 || v === '1';
      else if (field.type === 'json' && typeof v === 'string') v = JSON.parse(v);
      else if (field.type === 'money' || field.type === 'number') v = Number(v);
      else if (v instanceof Date) v = field.type === 'date' ? v.toISOString().slice(0, 10) : v.toISOString();
    }
    out[name] = v;
  }
  return out;
}

/** An API value as the database stores it. */
export function toColumn(def: ResourceDef, name: string, value: unknown): unknown {
  const field = allFields(def)[name];
  if (value === null || value === undefined) return null;
  if (field?.type === 'json') return JSON.stringify(value);
  return value;
}

/**
 * API values as the database stores them. Custom fields' values go together under `custom`, as the JSON text of a
 * patch (cleared ones as null): `forInsert` / `forUpdate` (columns.ts) turn it into what the statement writes, so an
 * update changes only the keys it names and keeps the others (a retired field's values among them).
 */
export function toColumns(def: ResourceDef, values: Row): Row {
  const fields = allFields(def);
  const out: Row = {};
  let custom: Row | null = null;
  for (const [k, v] of Object.entries(values)) {
    if (fields[k]?.custom) (custom ??= {})[k] = v === undefined ? null : v;
    else out[k] = toColumn(def, k, v);
  }
  if (custom) out.custom = JSON.stringify(custom);
  return out;
}
