import type { Knex } from 'knex';
import type { ResourceDef, Row } from '../../resources/types.js';
import { referencesTo } from '../../resources/index.js';
import { assertCan, forbidden } from '../../auth/policy.js';
import { hasRight } from '../../auth/roles.js';
import { reason } from '../reasons.js';
import type { Context, ResourceService } from '../service.js';
import { RowError, chunks, entryOf, readRows, runHooks, writeAuditRows } from './rows.js';
import { bodyOf, parseSelection, selectedIds } from './selection.js';
import { selectList, whereValueIn } from '../columns.js';
import { MAX_IDS_ANSWERED, type BulkAnswer } from './update.js';

/**
 * A record other records still point at is not deleted in bulk — not even where the database would cascade
 * or blank the reference — so a bulk delete removes only what it records, and its undo can restore all of it.
 * `customOnly`: just the custom reference fields, which no foreign key guards (a single delete leaves the
 * built-in ones to the database).
 */
export async function assertUnreferenced(trx: Knex.Transaction, def: ResourceDef, ids: number[], customOnly = false): Promise<void> {
  for (const { def: source, field: column } of referencesTo(def.name)) {
    if (customOnly && !source.fields[column].custom) continue;
    const qb = trx(source.table);
    whereValueIn(trx, qb, source, column, ids);
    const used = await qb.first(selectList(trx, source, [column]));
    if (used) {
      const id = Number((used as Row)[column]);
      throw new RowError(409, 'referenced', { [source.name]: reason('still_used', { id, resource: source.name }) }, id);
    }
  }
}

/** Deletes the rows of `ids` the actor may touch, with one audit row each; answers the deleted rows. */
export async function deleteRows(trx: Knex.Transaction, def: ResourceDef, ctx: Context, ids: readonly number[]): Promise<Row[]> {
  const deleted: Row[] = [];
  for (const part of chunks(ids)) {
    const rows = await readRows(trx, def, ctx, part);
    const found = rows.map((r) => Number(r.id));
    if (!found.length) continue;
    if (def.beforeDelete) for (const row of rows) await def.beforeDelete(trx, row);
    await assertUnreferenced(trx, def, found);
    await trx(def.table).whereIn('id', found).delete();
    await writeAuditRows(trx, ctx, def, rows.map((before) => entryOf(def, 'delete', before, null)));
    deleted.push(...rows);
  }
  await runHooks(trx, def, deleted, deleted.map((before) => ({ before, after: null })), ctx);
  return deleted;
}

/** DELETE /:resource — many records in one transaction: all of them, or (409 naming the row) none. */
export async function bulkDelete(db: Knex, service: ResourceService, def: ResourceDef, rawBody: unknown, ctx: Context): Promise<BulkAnswer> {
  assertCan(ctx.actor, def, 'delete');
  if (!hasRight(ctx.actor, 'bulk_delete')) throw forbidden();
  const selection = parseSelection(def, bodyOf(rawBody), ctx);
  return db.transaction(async (trx) => {
    const deleted = await deleteRows(trx, def, ctx, await selectedIds(trx, service, def, selection, ctx));
    const ids = deleted.map((r) => Number(r.id));
    return { batchId: String(ctx.batchId), count: ids.length, ids: ids.slice(0, MAX_IDS_ANSWERED) };
  });
}
