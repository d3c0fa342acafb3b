import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import { can, forbidden, inScope } from '../../auth/policy.js';
import { hasRight, type Actor } from '../../auth/roles.js';
import { reason } from '../../rest/reasons.js';
import type { Row } from '../../resources/types.js';
import { serialize } from '../../rest/serialize.js';
import { selectList } from '../../rest/columns.js';
import { storedFields } from '../../resources/types.js';
import { customersDef } from './customersDef.js';

/**
 * Who may act on duplicates: reading the proposals is for whoever reads customers (a sales consultant sees pairs
 * of their own customers only); judging a pair different and merging need the `merge_customers` right and the
 * right to delete customers, since a merge deletes one of the two.
 */
export function assertMayDecide(actor: Actor): void {
  if (!hasRight(actor, 'merge_customers') || !can(actor, customersDef(), 'delete')) throw forbidden();
}

export function assertMayRead(actor: Actor): void {
  if (!can(actor, customersDef(), 'read')) throw forbidden();
}

/**
 * A customer named in a request under `field`, as stored (unmasked): 404 when there is none (naming a merge
 * that removed it, if any), 403 when it is not one the actor may see.
 */
export async function customerFor(db: Knex, actor: Actor, id: number, field: string): Promise<Row> {
  const def = customersDef();
  const row = await db('customers').where('customers.id', id).first(selectList(db, def, Object.keys(storedFields(def))));
  if (!row) {
    const merged = await db('customer_merges').where({ removed_id: id }).first('kept_id');
    throw new AppError(404, 'not_found', {
      [field]: merged ? reason('customer_merged', { id, kept: Number(merged.kept_id) }) : reason('record_gone', { id }),
    });
  }
  const record = serialize(def, row as Row);
  if (!(await inScope(db, def, actor, record))) throw forbidden({ [field]: reason('not_your_customer') });
  return record;
}
