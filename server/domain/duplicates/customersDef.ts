import type { Knex } from 'knex';
import { getResource } from '../../resources/index.js';
import type { ResourceDef } from '../../resources/types.js';
import { customValueSql } from '../../rest/columns.js';

/** The customers' definition as served now (an admin's custom fields merged in), read at call time. */
export function customersDef(): ResourceDef {
  const def = getResource('customers');
  if (!def) throw new Error('the customers resource is not registered');
  return def;
}

/** Every phone field of a customer (the built-in phone and an admin's phone fields), as SQL giving its value. */
export function phoneColumns(db: Knex, def: ResourceDef): { field: string; sql: string }[] {
  return Object.entries(def.fields)
    .filter(([, f]) => f.type === 'string' && f.format === 'phone')
    .map(([field]) => ({ field, sql: customValueSql(db, def, field) ?? `customers.${field}` }));
}
