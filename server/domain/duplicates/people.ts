import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { selectList } from '../../rest/columns.js';
import { serialize } from '../../rest/serialize.js';
import { customersDef, phoneColumns } from './customersDef.js';
import { phoneKey } from './keys.js';
import type { Person } from './score.js';

/** The columns a candidate pair shows and is scored by, loaded for the customers of the pairs only. */
const SHOWN = ['id', 'name', 'gender', 'birthday', 'phone', 'email', 'id_number', 'address', 'city', 'region', 'owner_id', 'customer_type', 'tier_id', 'created_at', 'updated_at'];

export async function loadPeople(db: Knex, ids: readonly number[]): Promise<Map<number, Row>> {
  const def = customersDef();
  const phones = phoneColumns(db, def).map((p) => p.field);
  const names = [...new Set([...SHOWN, ...phones])];
  const out = new Map<number, Row>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows: Row[] = await db('customers').whereIn('customers.id', ids.slice(i, i + 500)).select(selectList(db, def, names));
    for (const r of rows) out.set(Number(r.id), serialize(def, r));
  }
  return out;
}

/** A loaded customer as the scoring sees it: every phone field as a key. */
export function personOf(db: Knex, row: Row): Person {
  const phones = phoneColumns(db, customersDef())
    .map((p) => phoneKey(row[p.field]))
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
