import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import type { Actor } from '../../auth/roles.js';
import { maskRecord, scopeQuery } from '../../auth/policy.js';
import type { Row } from '../../resources/types.js';
import { customerFor } from './guard.js';
import { customersDef } from './customersDef.js';

/**
 * "Not the same person": a judged pair is kept (lower id first) and never proposed again, until the judgement
 * is undone. Judging a pair twice answers the first judgement.
 */
const now = () => new Date().toISOString();

export async function dismissedKeys(db: Knex, pairs: readonly { a: number; b: number }[]): Promise<Set<string>> {
  const out = new Set<string>();
  const lows = [...new Set(pairs.map((p) => p.a))];
  for (let i = 0; i < lows.length; i += 500) {
    const rows = await db('customer_duplicate_dismissals').whereIn('customer_a_id', lows.slice(i, i + 500)).select('customer_a_id', 'customer_b_id');
    for (const r of rows) out.add(`${Number(r.customer_a_id)}-${Number(r.customer_b_id)}`);
  }
  return out;
}

export async function dismissPair(db: Knex, actor: Actor, first: number, second: number, note: string | null): Promise<Row> {
  return db.transaction(async (trx) => {
    await customerFor(trx, actor, first, 'ids.0');
    await customerFor(trx, actor, second, 'ids.1');
    const [a, b] = first < second ? [first, second] : [second, first];
    const existing = await trx('customer_duplicate_dismissals').where({ customer_a_id: a, customer_b_id: b }).first();
    if (existing) return existing as Row;
    const stamp = now();
    await trx('customer_duplicate_dismissals')
      .insert({ customer_a_id: a, customer_b_id: b, dismissed_by: actor.id, note, created_at: stamp, updated_at: stamp, version: 1 })
      .onConflict(['customer_a_id', 'customer_b_id']).ignore();
    return (await trx('customer_duplicate_dismissals').where({ customer_a_id: a, customer_b_id: b }).first()) as Row;
  });
}

/** Undoes a judgement: the pair may be proposed again. Answers the judgement as it was. */
export async function undoDismissal(db: Knex, actor: Actor, id: number): Promise<Row> {
  return db.transaction(async (trx) => {
    const row = (await trx('customer_duplicate_dismissals').where({ id }).first()) as Row | undefined;
    if (!row) throw new AppError(404, 'not_found');
    await customerFor(trx, actor, Number(row.customer_a_id), 'customer_a_id');
    await customerFor(trx, actor, Number(row.customer_b_id), 'customer_b_id');
    await trx('customer_duplicate_dismissals').where({ id }).delete();
    return row;
  });
}

/** The judged pairs whose both customers the actor may see, newest first. */
export async function listDismissals(db: Knex, actor: Actor, offset: number, limit: number): Promise<{ total: number; rows: Row[] }> {
  const def = customersDef();
  const base = () => {
    const qb = db('customer_duplicate_dismissals as d')
      .join('customers as ca', 'ca.id', 'd.customer_a_id')
      .join('customers as cb', 'cb.id', 'd.customer_b_id');
    // both customers in scope: the scope's rule applied to each side
    qb.whereIn('d.customer_a_id', scopeQueryIds(db, actor)).whereIn('d.customer_b_id', scopeQueryIds(db, actor));
    return qb;
  };
  const counted = await base().count({ n: '*' }).first();
  const rows: Row[] = await base()
    .leftJoin('users as u', 'u.id', 'd.dismissed_by')
    .orderBy([{ column: 'd.created_at', order: 'desc' }, { column: 'd.id', order: 'desc' }])
    .offset(offset).limit(limit)
    .select('d.id', 'd.note', 'd.created_at', 'd.dismissed_by', 'u.name as dismissed_by_name',
      'ca.id as a_id', 'ca.name as a_name', 'ca.phone as a_phone', 'cb.id as b_id', 'cb.name as b_name', 'cb.phone as b_phone');
  const side = (r: Row, p: 'a' | 'b') => maskRecord(def, actor, { id: Number(r[`${p}_id`]), name: r[`${p}_name`], phone: r[`${p}_phone`] ?? null });
  return {
    total: Number(counted?.n ?? 0),
    rows: rows.map((r) => ({
      id: Number(r.id), note: r.note ?? null, created_at: r.created_at instanceof Date ? r.created_at.toISOString() : r.created_at,
      dismissed_by: r.dismissed_by == null ? null : Number(r.dismissed_by), dismissed_by_name: r.dismissed_by_name ?? null,
      a: side(r, 'a'), b: side(r, 'b'),
    })),
  };
}

/** The ids of the customers the actor may see, as a subquery. */
function scopeQueryIds(db: Knex, actor: Actor): Knex.QueryBuilder {
  const qb = db('customers').select('customers.id');
  scopeQuery(db, qb, customersDef(), actor);
  return qb;
}
