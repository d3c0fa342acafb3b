import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { scopeQuery } from '../../auth/policy.js';
import { customersDef } from './customersDef.js';
import { MAX_GROUP, type BlockKind } from './matchKeys.js';

/**
 * Candidate pairs found by blocking: customers are grouped by one normalised key at a time (a phone, an
 * e-mail, an ID number, an address with the surname, the name within a street, the name with a birthday; kept
 * in `customer_match_keys`, see matchKeys.ts), and only records sharing a key are ever compared, so the work
 * grows with the number of shared keys, not with the square of the customers. A key held by more than
 * MAX_GROUP customers (a fleet's switchboard number, a placeholder address) says nothing about any two of them
 * and is left out.
 */
export type { BlockKind } from './matchKeys.js';
export { MAX_GROUP } from './matchKeys.js';

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
  const own: { kind: string; match_key: string }[] | null = only === undefined
    ? null
    : await db('customer_match_keys').where('customer_id', only).distinct('kind', 'match_key');
  if (own && !own.length) return [];
  const ofOwn = (qb: Knex.QueryBuilder) => {
    const keys = own;
    if (keys) qb.where((w) => {
      for (const k of keys) w.orWhere((o) => o.where('g.kind', k.kind).andWhere('g.match_key', k.match_key));
    });
    return qb;
  };
  const scoped = scopedIds(db, actor);
  if (!scoped) {
    // every customer seen: the groups as counted, their ids kept with them
    const rows: { kind: BlockKind; ids: string }[] = await ofOwn(db('customer_match_groups as g').where('g.size', '<=', MAX_GROUP).select('g.kind', 'g.ids'));
    return rows.map((r) => ({ kind: r.kind, ids: String(r.ids).split(',').map(Number) }));
  }
  // within a scope: the shared keys' customers the actor may see, counted again of those
  const members = ofOwn(db('customer_match_groups as g')
    .join('customer_match_keys as k', (on) => on.on('k.kind', 'g.kind').andOn('k.match_key', 'g.match_key'))
    .whereIn('k.customer_id', scoped)
    .select('k.kind', 'k.match_key', 'k.customer_id'));
  const groups = new Map<string, KeyGroup>();
  for (const r of (await members) as { kind: BlockKind; match_key: string; customer_id: number | string }[]) {
    const key = `${r.kind}|${r.match_key}`;
    const group = groups.get(key) ?? { kind: r.kind, ids: [] };
    group.ids.push(Number(r.customer_id));
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => g.ids.length >= 2 && g.ids.length <= MAX_GROUP);
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
