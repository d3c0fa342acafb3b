import type { Knex } from 'knex';
import { AppError, badRequest } from '../../errors.js';
import { maskRecord } from '../../auth/policy.js';
import type { Row } from '../../resources/types.js';
import { isSearchable } from '../../resources/types.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { forUpdate } from '../../rest/columns.js';
import { toColumns } from '../../rest/serialize.js';
import { validateBody, validateRecord } from '../../rest/validate.js';
import { searchTextOf } from '../../rest/service.js';
import { diff, writeAudit, type AuditContext, type FieldChange } from '../audit.js';
import { resolveEventClashes, reverseDoublePoints, scheduledTouches, skipDoubleGreetings } from './clashes.js';
import { customersDef } from './customersDef.js';
import { assertMayDecide, customerFor } from './guard.js';
import { resolveChoices, tierRanks, type Choice } from './mergeValues.js';
import { moveReferences } from './moves.js';
import { mergeOtherTables, recomputeDerived } from './otherTables.js';
import { parseMergeRequest } from './mergeRequest.js';

export interface MergeResult {
  merge_id: number;
  kept: Row;
  removed_id: number;
  choices: Record<string, Choice>;
  /** records moved, by "resource.field" */
  moved: Record<string, number>;
  /** event invitations both records had: one kept per event */
  event_duplicates: number;
  /** greetings both had scheduled the same day: the moved one skipped */
  greetings_skipped: number;
  /** double event points reversed */
  points_reversed: number;
}

const now = () => new Date().toISOString();
const label = (r: Row) => `${String(r.name ?? '')} (#${String(r.id)})`;

function stale(field: string, id: number): AppError {
  return new AppError(409, 'conflict', { [field]: reason('changed_since', { id }) });
}

/**
 * Merges the customer `remove_id` into `keep_id`, all or nothing, in one transaction:
 * 1. both customers are checked (the right to merge, each one seen by the actor, their versions as reviewed);
 * 2. the chosen values are worked out and checked like an edit of the kept customer;
 * 3. clashes are settled (one participant per event), every record naming the removed customer is moved to the
 *    kept one, and the tables outside the registry follow;
 * 4. the kept customer gets its chosen values (version + 1) and its worked-out values (points, last visit);
 * 5. the removed customer is deleted; the audit trail gets a `merge` entry on both records, and `customer_merges`
 *    links the kept record to the removed one's values and history.
 */
export async function mergeCustomers(db: Knex, body: unknown, ctx: AuditContext): Promise<MergeResult> {
  assertMayDecide(ctx.actor);
  const request = parseMergeRequest(body);
  const def = customersDef();
  return db.transaction(async (trx) => {
    const kept = await customerFor(trx, ctx.actor, request.keep_id, 'keep_id');
    const removed = await customerFor(trx, ctx.actor, request.remove_id, 'remove_id');
    if (request.keep_version !== undefined && request.keep_version !== kept.version) throw stale('keep_version', request.keep_id);
    if (request.remove_version !== undefined && request.remove_version !== removed.version) throw stale('remove_version', request.remove_id);

    const { resolved, errors } = resolveChoices(def, kept, removed, request.fields, await tierRanks(trx));
    if (Object.keys(errors).length) throw badRequest(errors);
    const values = checkValues(def, resolved.values);
    await validateRecord(trx, def, { ...kept, ...values }, values, request.keep_id);

    const touches = await scheduledTouches(trx, request.remove_id);
    const events = await resolveEventClashes(trx, ctx, request.remove_id, request.keep_id);
    const moved = await moveReferences(trx, ctx, request.remove_id, request.keep_id);
    await mergeOtherTables(trx, request.remove_id, request.keep_id);
    const greetingsSkipped = await skipDoubleGreetings(trx, ctx, touches, request.keep_id);

    await writeKept(trx, def, kept, values);
    await recomputeDerived(trx, request.keep_id);
    const pointsReversed = await reverseDoublePoints(trx, ctx, events.reverse);
    if (pointsReversed) await recomputeDerived(trx, request.keep_id);
    const deleted = await trx('customers').where({ id: request.remove_id, version: removed.version }).delete();
    if (deleted !== 1) throw stale('remove_version', request.remove_id);

    const after = await customerFor(trx, ctx.actor, request.keep_id, 'keep_id');
    await def.afterRows?.(trx, [{ before: kept, after }], ctx);
    const keptChanges: Record<string, FieldChange> = { ...diff(def, kept, after), merged_from: { from: null, to: label(removed) } };
    await writeAudit(trx, ctx, { action: 'merge', resource: def.name, recordId: request.keep_id, title: String(after.name ?? ''), changes: keptChanges });
    const removedChanges: Record<string, FieldChange> = { ...diff(def, removed, null), merged_into: { from: null, to: label(after) } };
    await writeAudit(trx, ctx, { action: 'merge', resource: def.name, recordId: request.remove_id, title: String(removed.name ?? ''), changes: removedChanges });

    const stamp = now();
    const [row] = await trx('customer_merges').insert({
      kept_id: request.keep_id, removed_id: request.remove_id, removed_name: String(removed.name ?? '').slice(0, 100),
      removed_values: JSON.stringify(removed), choices: JSON.stringify(resolved.choices), moved: JSON.stringify(moved),
      merged_by: ctx.actor.id, created_at: stamp, updated_at: stamp, version: 1,
    }, ['id']);
    return {
      merge_id: Number((row as Row).id),
      kept: maskRecord(def, ctx.actor, after),
      removed_id: request.remove_id,
      choices: resolved.choices,
      moved,
      event_duplicates: events.dropped,
      greetings_skipped: greetingsSkipped,
      points_reversed: pointsReversed,
    };
  });
}

/** The chosen values checked as an edit would check them (a value the other record holds may no longer be valid). */
function checkValues(def: ReturnType<typeof customersDef>, values: Row): Row {
  try {
    return validateBody(def, values, 'update');
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const errors: Record<string, Reason> = {};
    for (const [field, r] of Object.entries(err.errors)) errors[`fields.${field}`] = r;
    throw badRequest(errors);
  }
}

async function writeKept(trx: Knex.Transaction, def: ReturnType<typeof customersDef>, kept: Row, values: Row): Promise<void> {
  const record = { ...kept, ...values };
  const row: Row = forUpdate(trx, { ...toColumns(def, values), updated_at: now(), version: Number(kept.version) + 1 });
  if (isSearchable(def)) row.search_text = searchTextOf(def, record);
  const n = await trx('customers').where({ id: kept.id, version: kept.version }).update(row);
  if (n !== 1) throw stale('keep_version', Number(kept.id));
}
