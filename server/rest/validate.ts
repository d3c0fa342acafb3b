import type { Knex } from 'knex';
import type { ResourceDef, Row } from '../resources/types.js';
import { getResource } from '../resources/index.js';
import { badRequest } from '../errors.js';
import { parseFieldValue } from './fieldValue.js';
import { reason, type Reason } from './reasons.js';

/**
 * Checks a request body field by field. Unknown and server-maintained keys are dropped; on create,
 * missing fields take their defaults. Throws a 400 naming every bad field.
 */
export function validateBody(def: ResourceDef, body: unknown, mode: 'create' | 'update'): Row {
  const input = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Row;
  const values: Row = {};
  const errors: Record<string, Reason> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.readOnly) continue;
    if (!Object.hasOwn(input, name)) {
      if (mode === 'create') {
        if (field.default !== undefined) values[name] = field.default;
        else if (field.required) errors[name] = reason('required');
      }
      continue;
    }
    const parsed = parseFieldValue(field, input[name]);
    if (parsed.ok) values[name] = parsed.value;
    else errors[name] = parsed.reason;
  }
  if (Object.keys(errors).length) throw badRequest(errors);
  return values;
}

/**
 * Checks what only the database can tell: referenced records exist, lookup codes are in their list,
 * unique columns stay unique, and the resource's own record rules. `record` is the row as it will be.
 */
export async function validateRecord(trx: Knex.Transaction, def: ResourceDef, record: Row, changed: Row, id?: number): Promise<void> {
  const errors: Record<string, Reason> = {};
  for (const [name, value] of Object.entries(changed)) {
    if (value === null) continue;
    const field = def.fields[name];
    if (field.type === 'reference' && field.reference) {
      const target = getResource(field.reference);
      const found = target && (await trx(target.table).where({ id: value }).first('id'));
      if (!found) errors[name] = reason('no_such_record', { resource: field.reference });
    } else if (field.type === 'lookup' && field.lookup) {
      const found = await trx('lookups').where({ type: field.lookup, code: value }).first('id');
      if (!found) errors[name] = reason('unknown_lookup', { value: String(value), lookup: field.lookup });
    } else if (field.type === 'json' && field.lookup && Array.isArray(value) && value.length) {
      // a multiple choice: every code it holds is in its list
      const codes = value.map(String);
      const found = new Set((await trx('lookups').where({ type: field.lookup }).whereIn('code', codes).select('code')).map((r: Row) => String(r.code)));
      const stranger = codes.find((c) => !found.has(c));
      if (stranger !== undefined) errors[name] = reason('unknown_lookup', { value: stranger, lookup: field.lookup });
    }
  }
  for (const columns of def.unique ?? []) {
    if (!columns.some((c) => Object.hasOwn(changed, c)) || columns.some((c) => record[c] == null)) continue;
    const q = trx(def.table).where(Object.fromEntries(columns.map((c) => [c, record[c]])));
    if (id !== undefined) q.whereNot({ id });
    if (await q.first('id')) errors[columns[columns.length - 1]] = reason('not_unique');
  }
  Object.assign(errors, def.validate?.(record) ?? {});
  if (Object.keys(errors).length) throw badRequest(errors);
}
