import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { AppError } from '../../errors.js';
import type { Row } from '../../resources/types.js';
import { maskAuditRow } from '../audit.js';
import { getResource } from '../../resources/index.js';
import { serialize } from '../../rest/serialize.js';
import { assertMayRead, customerFor } from './guard.js';

/**
 * The removed customers' history, reached from the customer they were merged into. The audit rows stay as they
 * were written, under the removed customer's id (a trail is not rewritten); `customer_merges` is the link. Whoever
 * may see the kept customer may read the history of the records merged into it.
 */
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v == null ? null : new Date(String(v)).toISOString());

export async function mergesInto(db: Knex, actor: Actor, customerId: number): Promise<Row[]> {
  assertMayRead(actor);
  await customerFor(db, actor, customerId, 'customer_id');
  const rows: Row[] = await db('customer_merges as m').leftJoin('users as u', 'u.id', 'm.merged_by')
    .where('m.kept_id', customerId).orderBy([{ column: 'm.created_at', order: 'desc' }, { column: 'm.id', order: 'desc' }])
    .select('m.id', 'm.removed_id', 'm.removed_name', 'm.moved', 'm.created_at', 'm.merged_by', 'u.name as merged_by_name');
  return rows.map((r) => ({
    id: Number(r.id), removed_id: Number(r.removed_id), removed_name: r.removed_name ?? null,
    moved: typeof r.moved === 'string' ? JSON.parse(r.moved) : r.moved, created_at: iso(r.created_at),
    merged_by: r.merged_by == null ? null : Number(r.merged_by), merged_by_name: r.merged_by_name ?? null,
  }));
}

/** The audit trail of the customer a merge removed, newest first, masked as the reader's own reads are. */
export async function removedHistory(db: Knex, actor: Actor, mergeId: number): Promise<Row[]> {
  assertMayRead(actor);
  const merge = await db('customer_merges').where({ id: mergeId }).first('kept_id', 'removed_id');
  if (!merge) throw new AppError(404, 'not_found');
  await customerFor(db, actor, Number(merge.kept_id), 'kept_id');
  const def = getResource('audit_log');
  if (!def) return [];
  const rows: Row[] = await db('audit_log').where({ resource: 'customers', record_id: Number(merge.removed_id) })
    .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(500);
  return rows.map((r) => maskAuditRow(actor, serialize(def, r)));
}
