import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { writeAudit, type AuditContext } from '../audit.js';
import { patchSql } from '../customFields/sql.js';
import { dialectOf } from '../../db/connect.js';
import { customerReferences, referenceKey, referenceSql, type CustomerReference } from './references.js';

/**
 * Moves every record that names the removed customer to the kept one: each moved record's version goes up (a
 * form open on it answers 409 instead of writing the old customer back) and gets an audit row saying which
 * field now names whom, so the record's own history shows the merge. Database triggers follow the moved
 * vehicles and visits (first purchase day, visit months); the balance and last visit are worked out after.
 */
const now = () => new Date().toISOString();
const CHUNK = 500;

async function moveOne(trx: Knex.Transaction, ctx: AuditContext, ref: CustomerReference, removedId: number, keptId: number): Promise<number> {
  const { def, field } = ref;
  const sql = referenceSql(trx, ref);
  const titled = def.title in def.fields && !def.fields[def.title].custom ? [`${def.table}.${def.title} as title`] : [];
  const query = trx(def.table).whereRaw(`${sql} = ?`, [removedId]).select(`${def.table}.id`, ...titled);
  // the two customers themselves (one naming the other as referrer) are settled by the merge's values
  if (def.name === 'customers') query.whereNotIn(`${def.table}.id`, [removedId, keptId]);
  const rows: Row[] = await query;
  if (!rows.length) return 0;
  const stamp = now();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const ids = rows.slice(i, i + CHUNK).map((r) => Number(r.id));
    const set: Row = { updated_at: stamp, version: trx.raw('version + 1') };
    if (ref.custom) set.custom = trx.raw(patchSql(dialectOf(trx)), [JSON.stringify({ [field]: keptId })]);
    else set[field] = keptId;
    await trx(def.table).whereIn('id', ids).update(set);
  }
  if (def.audited !== false) {
    for (const r of rows) {
      await writeAudit(trx, ctx, {
        action: 'update', resource: def.name, recordId: Number(r.id), title: r.title == null ? null : String(r.title).slice(0, 200),
        changes: { [field]: { from: removedId, to: keptId } },
      });
    }
  }
  return rows.length;
}

/** Moves the records of every kind; answers how many moved, by "resource.field" (kinds with none left out). */
export async function moveReferences(trx: Knex.Transaction, ctx: AuditContext, removedId: number, keptId: number): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const ref of customerReferences()) {
    const n = await moveOne(trx, ctx, ref, removedId, keptId);
    if (n) moved[referenceKey(ref)] = n;
  }
  return moved;
}
