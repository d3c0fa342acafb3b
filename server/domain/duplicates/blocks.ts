import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { scopeQuery } from '../../auth/policy.js';
import { dialectOf } from '../../db/connect.js';
import { customersDef, phoneColumns } from './customersDef.js';
import { MIN_LENGTH, addressKeySql, emailKeySql, idNumberKeySql, nameKeySql, phoneKeySql } from './keys.js';

/**
 * Candidate pairs found by blocking in SQL: customers are grouped by one normalised key at a time (a phone,
 * an e-mail, an ID number, an address with the surname, the name within a street, the name with a birthday), and only
 * records sharing a key are ever compared, so the work grows with the number of shared keys, not with the
 * square of the customers. A key held by more than MAX_GROUP customers (a fleet's switchboard number, a
 * placeholder address) says nothing about any two of them and is left out.
 */
export type BlockKind = 'phone' | 'email' | 'id_number' | 'address' | 'name_street' | 'name_birthday';
export const MAX_GROUP = 10;
/** How many leading characters of a normalised address name its street (北京市海淀区中关村: city, district, street). */
const STREET = 9;

interface Block {
  kind: BlockKind;
  key: string;
  min: number;
}

function blocks(db: Knex): Block[] {
  const name = nameKeySql('customers.name');
  const phones = phoneColumns(db, customersDef()).map(({ sql }): Block => ({ kind: 'phone', key: phoneKeySql(sql), min: MIN_LENGTH.phone }));
  return [
    ...phones,
    { kind: 'email', key: emailKeySql('customers.email'), min: MIN_LENGTH.email },
    { kind: 'id_number', key: idNumberKeySql('customers.id_number'), min: MIN_LENGTH.id_number },
    // one address shared by a family or a block of flats: only records of one surname are compared
    { kind: 'address', key: `${addressKeySql('customers.address')} || '|' || substr(${name}, 1, 1)`, min: MIN_LENGTH.address + 2 },
    // the same name in the same street (the city, district and street: the address's first characters)
    { kind: 'name_street', key: `${name} || '|' || substr(${addressKeySql('customers.address')}, 1, ${STREET})`, min: MIN_LENGTH.name + 1 + STREET },
    { kind: 'name_birthday', key: `${name} || '|' || CAST(customers.birthday AS TEXT)`, min: MIN_LENGTH.name + 11 },
  ];
}

export interface KeyGroup {
  kind: BlockKind;
  ids: number[];
}

/**
 * The groups of customers sharing a key, within what the actor may see; `only` narrows to the groups of one
 * customer's keys (a customer's own candidates).
 */
export async function keyGroups(db: Knex, actor: Actor, only?: number): Promise<KeyGroup[]> {
  const def = customersDef();
  const all = blocks(db);
  const wanted = only === undefined ? null : await keysOf(db, all, only);
  const byKind = new Map<BlockKind, Knex.Sql[]>();
  for (const b of all) {
    const values = wanted?.get(b.kind);
    if (wanted && !values?.length) continue;
    const qb = db('customers').select('customers.id as id', db.raw(`${b.key} as k`)).whereRaw(`length(${b.key}) >= ${b.min}`);
    if (values) qb.whereRaw(`${b.key} IN (${values.map(() => '?').join(', ')})`, values);
    scopeQuery(db, qb, def, actor);
    byKind.set(b.kind, [...(byKind.get(b.kind) ?? []), qb.toSQL()]);
  }
  // one grouping per kind of key (a kind's several columns, an admin's phone fields, grouped together)
  const ids = dialectOf(db) === 'postgres' ? "string_agg(CAST(id AS TEXT), ',')" : "group_concat(id, ',')";
  const groups: KeyGroup[] = [];
  for (const [kind, parts] of byKind) {
    const union = parts.map((p) => p.sql).join(' UNION ALL ');
    const rows = (await db.raw(
      `SELECT ${ids} AS ids FROM (${union}) s GROUP BY k HAVING COUNT(*) BETWEEN 2 AND ${MAX_GROUP}`,
      parts.flatMap((p) => p.bindings as Knex.Value[]),
    )) as unknown;
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { ids: string }[];
    for (const r of list) groups.push({ kind, ids: String(r.ids).split(',').map(Number) });
  }
  return groups;
}

/** One customer's keys by kind (its several phone fields give several phone keys). */
async function keysOf(db: Knex, all: readonly Block[], id: number): Promise<Map<BlockKind, string[]>> {
  const row = (await db('customers').where('customers.id', id).first(all.map((b, i) => db.raw(`${b.key} as k${i}`)))) as Record<string, unknown> | undefined;
  const out = new Map<BlockKind, string[]>();
  all.forEach((b, i) => {
    const v = row?.[`k${i}`];
    if (typeof v === 'string' && [...v].length >= b.min) out.set(b.kind, [...(out.get(b.kind) ?? []), v]);
  });
  return out;
}

/** Every pair (lower id first) the groups propose, with the kinds of key they share. */
export function pairsOf(groups: readonly KeyGroup[]): Map<string, { a: number; b: number; kinds: Set<BlockKind> }> {
  const pairs = new Map<string, { a: number; b: number; kinds: Set<BlockKind> }>();
  for (const g of groups) {
    const ids = [...new Set(g.ids)].sort((x, y) => x - y);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}-${ids[j]}`;
        const pair = pairs.get(key) ?? { a: ids[i], b: ids[j], kinds: new Set<BlockKind>() };
        pair.kinds.add(g.kind);
        pairs.set(key, pair);
      }
    }
  }
  return pairs;
}
