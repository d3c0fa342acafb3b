import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { scopeQuery } from '../../auth/policy.js';
import { dialectOf } from '../../db/connect.js';
import { customersDef } from './customersDef.js';
import type { BlockKind } from './matchKeys.js';

/**
 * Candidate pairs found by blocking: customers are grouped by one normalised key at a time (a phone, an
 * e-mail, an ID number, an address with the surname, the name within a street, the name with a birthday; kept
 * in `customer_match_keys`, see matchKeys.ts), and only records sharing a key are ever compared, so the work
 * grows with the number of shared keys, not with the square of the customers. A key held by more than
 * MAX_GROUP customers (a fleet's switchboard number, a placeholder address) says nothing about any two of them
 * and is left out.
 */
export type { BlockKind } from './matchKeys.js';
export const MAX_GROUP = 10;

export interface KeyGroup {
  kind: BlockKind;
  ids: number[];
}

/** The ids of the customers the actor may see, as a subquery; null when that is every customer (no join needed). */
function scopedIds(db: Knex, actor: Actor): Knex.QueryBuilder | null {
  const all = db('customers').select('customers.id');
  const scoped = db('customers').select('customers.id');
  scopeQuery(db, scoped, customersDef(), actor);
  return scoped.toString() === all.toString() ? null : scoped;
}

/**
 * The groups of customers sharing a key, within what the actor may see; `only` narrows to the groups of one
 * customer's keys (a customer's own candidates).
 */
export async function keyGroups(db: Knex, actor: Actor, only?: number): Promise<KeyGroup[]> {
  const ids = dialectOf(db) === 'postgres' ? "string_agg(CAST(k.customer_id AS TEXT), ',')" : "group_concat(k.customer_id, ',')";
  const qb = db('customer_match_keys as k')
    .select('k.kind', db.raw(`${ids} AS ids`))
    .groupBy('k.kind', 'k.match_key')
    .havingRaw(`COUNT(*) BETWEEN 2 AND ${MAX_GROUP}`);
  if (only !== undefined) {
    const own: { kind: string; match_key: string }[] = await db('customer_match_keys').where('customer_id', only).distinct('kind', 'match_key');
    if (!own.length) return [];
    qb.where((w) => {
      for (const k of own) w.orWhere((o) => o.where('k.kind', k.kind).andWhere('k.match_key', k.match_key));
    });
  }
  const scoped = scopedIds(db, actor);
  if (scoped) qb.whereIn('k.customer_id', scoped);
  const rows: { kind: BlockKind; ids: string }[] = await qb;
  return rows.map((r) => ({ kind: r.kind, ids: String(r.ids).split(',').map(Number) }));
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
