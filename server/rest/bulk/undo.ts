import type { Knex } from 'knex';
import type { ResourceDef, Row, RowChange } from '../../resources/types.js';
import { isSearchable } from '../../resources/types.js';
import { serialize, toColumns } from '../serialize.js';
import { forInsert } from '../columns.js';
import { audit_log } from '../../resources/audit_log.js';
import { assertCan, forbidden } from '../../auth/policy.js';
import { hasRight, type Action } from '../../auth/roles.js';
import type { FieldChange } from '../../domain/audit.js';
import { AppError, badRequest } from '../../errors.js';
import { reason } from '../reasons.js';
import { searchTextOf, type Context } from '../service.js';
import { validateRecord } from '../validate.js';
import { deleteRows } from './remove.js';
import {
  INSERT_CHUNK, RowError, chunks, columnsFor, entryOf, readRows, runHooks, updateRows, writeAuditRows, type AuditEntry,
} from './rows.js';
import { bodyOf } from './selection.js';

interface Step {
  action: 'create' | 'update' | 'delete';
  id: number;
  changes: Record<string, FieldChange>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Undoing a step needs the right to take the opposite action. */
const undoneBy: Record<Step['action'], Action> = { update: 'update', delete: 'create', create: 'delete' };

/** The values a step's changes held before it (write-only values are never recorded, so never restored). */
function previous(changes: Record<string, FieldChange>): Row {
  return Object.fromEntries(Object.entries(changes).filter(([, c]) => !c.redacted).map(([f, c]) => [f, c.from]));
}

async function stepsOf(trx: Knex.Transaction, def: ResourceDef, batchId: string, ctx: Context): Promise<Step[]> {
  const rows: Row[] = await trx('audit_log').where({ batch_id: batchId, resource: def.name }).orderBy('id');
  if (!rows.length) throw new AppError(404, 'not_found', { batchId: reason('unknown_batch') });
  if (!hasRight(ctx.actor, 'audit') && rows.some((r) => Number(r.user_id) !== ctx.actor.id)) {
    throw forbidden({ batchId: reason('not_batch_author') });
  }
  const steps = rows.map((r) => serialize(audit_log, r)).map((r) => ({
    action: r.action as Step['action'],
    id: Number(r.record_id),
    changes: (r.changes ?? {}) as Record<string, FieldChange>,
  }));
  for (const action of new Set(steps.map((s) => s.action))) assertCan(ctx.actor, def, undoneBy[action]);
  return steps;
}

/** Puts the `from` values back, if each record still holds the batch's `to` values (else 409 naming it). */
async function restoreUpdates(trx: Knex.Transaction, def: ResourceDef, ctx: Context, steps: Step[], stamp: string): Promise<void> {
  const hooked: Row[] = [];
  const rowChanges: RowChange[] = [];
  for (const part of chunks(steps)) {
    const fields = [...new Set(part.flatMap((s) => Object.keys(s.changes)))].filter((f) => Object.hasOwn(def.fields, f));
    const rows = await readRows(trx, def, ctx, part.map((s) => s.id), columnsFor(def, fields));
    const current = new Map(rows.map((r) => [Number(r.id), r]));
    const entries: AuditEntry[] = [];
    const updates = part.map((step) => {
      const before = current.get(step.id);
      if (!before) throw new RowError(409, 'conflict', { id: reason('record_gone', { id: step.id }) }, step.id);
      const moved = Object.entries(step.changes).find(([f, c]) => !c.redacted && !same(before[f], c.to));
      if (moved) throw new RowError(409, 'conflict', { [moved[0]]: reason('changed_since', { id: step.id }) }, step.id);
      const values = previous(step.changes);
      const after = { ...before, ...values };
      const set = toColumns(def, values);
      if (isSearchable(def) && Object.keys(values).some((f) => def.fields[f]?.searchable)) set.search_text = searchTextOf(def, after);
      entries.push(entryOf(def, 'update', before, after, values, Object.keys(values)));
      if (def.afterWrite) hooked.push(before, after);
      if (def.afterRows) rowChanges.push({ before, after });
      return { id: step.id, set };
    });
    await updateRows(trx, def, updates, stamp);
    await writeAuditRows(trx, ctx, def, entries);
  }
  await runHooks(trx, def, hooked, rowChanges, ctx);
}

/** Inserts deleted records again under their old ids, with the values they had and their first creation time. */
async function restoreDeletes(trx: Knex.Transaction, def: ResourceDef, ctx: Context, steps: Step[], stamp: string): Promise<void> {
  const restored: Row[] = [];
  for (const part of chunks(steps, INSERT_CHUNK)) {
    const ids = part.map((s) => s.id);
    const taken = await trx(def.table).whereIn('id', ids).first('id');
    if (taken) throw new RowError(409, 'conflict', { id: reason('record_exists', { id: Number(taken.id) }) }, Number(taken.id));
    const created: Row[] = await trx('audit_log').where({ resource: def.name, action: 'create' }).whereIn('record_id', ids)
      .groupBy('record_id').select('record_id', trx.raw('min(created_at) as created_at'));
    const createdAt = new Map(created.map((r) => [Number(r.record_id), r.created_at]));
    const rows = part.map((step) => ({ id: step.id, ...previous(step.changes) }));
    // uniqueness is not guaranteed by the old values: someone may have taken a unique value since
    if (def.unique) for (const row of rows) await validateRecord(trx, def, row, row, Number(row.id));
    await trx(def.table).insert(rows.map((row) => forInsert({
      ...toColumns(def, row),
      created_at: createdAt.get(Number(row.id)) ?? stamp,
      updated_at: stamp,
      version: 1,
      ...(isSearchable(def) ? { search_text: searchTextOf(def, row) } : {}),
    })));
    await writeAuditRows(trx, ctx, def, rows.map((after) => entryOf(def, 'create', null, after)));
    restored.push(...rows);
  }
  await runHooks(trx, def, restored, restored.map((after) => ({ before: null, after })), ctx);
}

const BATCH_ID = /^[\w.:-]{1,64}$/;

/**
 * POST /:resource/bulk/undo — reverses one bulk change (or an undo) from its audit rows, in one transaction,
 * recorded as a new batch: updates get their old values back, deleted records come back, created ones go.
 */
export async function undoBatch(db: Knex, def: ResourceDef, rawBody: unknown, ctx: Context): Promise<{ batchId: string; count: number }> {
  const { batchId } = bodyOf(rawBody);
  if (typeof batchId !== 'string' || !batchId) throw badRequest({ batchId: reason('required') });
  // batch ids are made by the server (a uuid, `tiers-<uuid>` …): anything else names no batch, and never reaches SQL
  // (PostgreSQL refuses a NUL in text with an error of its own)
  if (!BATCH_ID.test(batchId)) throw badRequest({ batchId: reason('unknown_batch') });
  const stamp = new Date().toISOString();
  return db.transaction(async (trx) => {
    const steps = await stepsOf(trx, def, batchId, ctx);
    const of = (action: Step['action']) => steps.filter((s) => s.action === action);
    await deleteRows(trx, def, ctx, of('create').map((s) => s.id));
    await restoreDeletes(trx, def, ctx, of('delete'), stamp);
    await restoreUpdates(trx, def, ctx, of('update'), stamp);
    return { batchId: String(ctx.batchId), count: steps.length };
  });
}
