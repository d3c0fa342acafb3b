import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { hasRight } from '../../auth/roles.js';
import { can, maskRecord } from '../../auth/policy.js';
import type { Row } from '../../resources/types.js';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { scoreOf } from './candidates.js';
import { customersDef } from './customersDef.js';
import { assertMayRead, customerFor } from './guard.js';
import { choosableFields, defaultChoice, isEmpty, joinable, tierRanks, type Choice } from './mergeValues.js';
import { referenceCounts } from './references.js';
import type { Level, Match } from './score.js';

/**
 * Two customers side by side for a merge: every field with both values (as the actor may see them), whether
 * they differ, the choices and the default one; the fields the merge works out; how many records of each kind
 * each one has; why they look alike; and whether the pair was judged different before.
 */
export interface ReviewField {
  field: string;
  keep: unknown;
  remove: unknown;
  differ: boolean;
  options: Choice[];
  default: Choice;
}

export interface Review {
  keep: Row;
  remove: Row;
  fields: ReviewField[];
  /** values the merge works out from the records, with what they will be */
  derived: { field: string; keep: unknown; remove: unknown; after: unknown }[];
  counts: { key: string; resource: string; field: string; keep: number; remove: number }[];
  score: number;
  level: Level;
  reasons: Match[];
  /** the record with more history (on a tie the older one): the one the screen suggests keeping */
  suggested_keep: number;
  dismissal: { id: number; created_at: string } | null;
  /** the actor may merge the two and judge them different */
  may_decide: boolean;
}

const DERIVED = ['points_balance', 'last_visit_date', 'first_purchase_date'];

function predicted(field: string, keep: Row, remove: Row): unknown {
  const k = keep[field];
  const r = remove[field];
  if (field === 'points_balance') return Number(k ?? 0) + Number(r ?? 0);
  const dates = [k, r].filter((v): v is string => typeof v === 'string').sort();
  if (!dates.length) return null;
  return field === 'first_purchase_date' ? dates[0] : dates[dates.length - 1];
}

export async function reviewPair(db: Knex, actor: Actor, keepId: number, removeId: number): Promise<Review> {
  assertMayRead(actor);
  if (keepId === removeId) throw badRequest({ remove: reason('same_customer') });
  const def = customersDef();
  const keep = await customerFor(db, actor, keepId, 'keep');
  const remove = await customerFor(db, actor, removeId, 'remove');
  const ranks = await tierRanks(db);
  const shownKeep = maskRecord(def, actor, keep);
  const shownRemove = maskRecord(def, actor, remove);
  const fields = choosableFields(def).filter(([, f]) => !f.custom?.hidden).map(([name, f]): ReviewField => {
    const differ = JSON.stringify(keep[name] ?? null) !== JSON.stringify(remove[name] ?? null) && !(isEmpty(keep[name]) && isEmpty(remove[name]));
    return {
      field: name, keep: shownKeep[name] ?? null, remove: shownRemove[name] ?? null, differ,
      options: joinable(f) ? ['keep', 'remove', 'both'] : ['keep', 'remove'],
      default: defaultChoice(name, f, keep, remove, ranks),
    };
  });
  const counts = (await referenceCounts(db, [keepId, removeId]))
    .map((c) => ({ key: c.key, resource: c.resource, field: c.field, keep: c.counts[keepId] ?? 0, remove: c.counts[removeId] ?? 0 }));
  const total = (id: number) => counts.reduce((s, c) => s + (id === keepId ? c.keep : c.remove), 0);
  const suggested = total(keepId) !== total(removeId) ? (total(keepId) > total(removeId) ? keepId : removeId) : Math.min(keepId, removeId);
  const [a, b] = keepId < removeId ? [keepId, removeId] : [removeId, keepId];
  const dismissal = await db('customer_duplicate_dismissals').where({ customer_a_id: a, customer_b_id: b }).first('id', 'created_at');
  return {
    keep: shownKeep,
    remove: shownRemove,
    fields,
    derived: DERIVED.map((field) => ({ field, keep: keep[field] ?? null, remove: remove[field] ?? null, after: predicted(field, keep, remove) })),
    counts,
    ...scoreOf(db, keep, remove),
    suggested_keep: suggested,
    dismissal: dismissal ? { id: Number(dismissal.id), created_at: new Date(dismissal.created_at as string).toISOString() } : null,
    may_decide: hasRight(actor, 'merge_customers') && can(actor, def, 'delete'),
  };
}
