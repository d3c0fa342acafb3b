import type { Knex } from 'knex';
import type { ResourceDef, Row } from '../../resources/types.js';
import { selectList } from '../../rest/columns.js';
import { serialize } from '../../rest/serialize.js';
import { customersDef, phoneColumns } from './customersDef.js';
import { phoneKey } from './keys.js';
import type { Person } from './score.js';

/** The columns a candidate pair shows and is scored by, loaded for the customers of the pairs only. */
const SHOWN = ['id', 'name', 'gender', 'birthday', 'phone', 'email', 'id_number', 'address', 'city', 'region', 'owner_id', 'customer_type', 'tier_id', 'created_at', 'updated_at'];
/** The columns scoring reads (its phone fields added): all the thousands of proposed pairs' records need. */
export const SCORED = ['id', 'name', 'gender', 'birthday', 'email', 'id_number', 'address', 'region'];

/** Ids per query: few round trips, well under either engine's limit of bound values. */
const CHUNK = 5000;

export async function loadPeople(db: Knex, ids: readonly number[], columns: readonly string[] = SHOWN): Promise<Map<number, Row>> {
  const def = customersDef();
  const phones = phoneColumns(db, def).map((p) => p.field);
  const names = [...new Set([...columns, ...phones])];
  // serialised as the API does, over the loaded fields only (not every field per record: thousands of records)
  const loaded: ResourceDef = { ...def, fields: Object.fromEntries(names.filter((n) => def.fields[n]).map((n) => [n, def.fields[n]])) };
  const out = new Map<number, Row>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows: Row[] = await db('customers').whereIn('customers.id', ids.slice(i, i + CHUNK)).select(selectList(db, def, names));
    for (const r of rows) out.set(Number(r.id), serialize(loaded, r));
  }
  return out;
}

/** A loaded customer as the scoring sees it: every phone field (`phoneFields`, else looked up) as a key. */
export function personOf(db: Knex, row: Row, phoneFields?: readonly string[]): Person {
  const phones = (phoneFields ?? phoneColumns(db, customersDef()).map((p) => p.field))
    .map((field) => phoneKey(row[field]))
    .filter((k): k is string => k !== null);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  return {
    id: Number(row.id),
    name: text(row.name),
    phones: [...new Set(phones)],
    email: text(row.email),
    id_number: text(row.id_number),
    address: text(row.address),
    region: text(row.region),
    birthday: text(row.birthday),
    gender: text(row.gender),
  };
}
