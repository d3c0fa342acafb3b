import type { Knex } from 'knex';
import type { FieldDef, ResourceDef, Row, RowChange } from '../../resources/types.js';
import { isSearchable } from '../../resources/types.js';
import { toColumns } from '../serialize.js';
import { getResource } from '../../resources/index.js';
import { assertCan, assertInScope, assertReferencesInScope, dropMaskedEcho, forbidden, scopeField } from '../../auth/policy.js';
import { hasRight } from '../../auth/roles.js';
import { badRequest } from '../../errors.js';
import { parseFieldValue } from '../fieldValue.js';
import { reason, type Reason } from '../reasons.js';
import { searchTextOf, type Context, type ResourceService } from '../service.js';
import { validateBody, validateRecord } from '../validate.js';
import {
  RowError, chunks, columnsFor, entryOf, readRows, runHooks, updateRows, writeAuditRows, type AuditEntry, type RowUpdate,
} from './rows.js';
import { bodyOf, parseSelection, selectedIds } from './selection.js';

/** What a bulk request answers: its batch (for undo), how many records changed, and their ids (at most the first 10,000). */
export interface BulkAnswer {
  batchId: string;
  count: number;
  ids: number[];
}

export const MAX_IDS_ANSWERED = 10_000;

/** The change every selected row gets: the same field values, plus items added to / removed from list fields (tags). */
interface Plan {
  values: Row;
  add: Record<string, string[]>;
  remove: Record<string, string[]>;
}

const isList = (field: FieldDef | undefined) => field?.type === 'json' && field.shape === 'string[]' && !field.readOnly;

function parseLists(def: ResourceDef, raw: unknown, key: 'add' | 'remove', values: Row, errors: Record<string, Reason>): Record<string, string[]> {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors[key] = reason('not_object');
    return {};
  }
  const out: Record<string, string[]> = {};
  for (const [name, items] of Object.entries(raw)) {
    const field = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
    const parsed = isList(field) && field ? parseFieldValue(field, items) : null;
    if (!parsed) errors[`${key}.${name}`] = reason('unknown_field');
    else if (!parsed.ok) errors[`${key}.${name}`] = parsed.reason;
    else if (Object.hasOwn(values, name)) errors[`${key}.${name}`] = reason('set_and_listed');
    else out[name] = parsed.value as string[];
  }
  return out;
}

/** Checks `data`, `add` and `remove` once, as a single update checks its body: unknown and read-only fields are named. */
function parsePlan(def: ResourceDef, body: Row, ctx: Context): Plan {
  const data = body.data ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw badRequest({ data: reason('not_object') });
  const errors: Record<string, Reason> = {};
  for (const name of Object.keys(data)) {
    const field = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
    if (!field) errors[name] = reason('unknown_field');
    else if (field.readOnly || field.writeOnly) errors[name] = reason('read_only');
  }
  if (Object.keys(errors).length) throw badRequest(errors);
  const values = validateBody(def, dropMaskedEcho(def, ctx.actor, data, null), 'update');
  const plan = {
    values,
    add: parseLists(def, body.add, 'add', values, errors),
    remove: parseLists(def, body.remove, 'remove', values, errors),
  };
  if (Object.keys(errors).length) throw badRequest(errors);
  if (!Object.keys({ ...values, ...plan.add, ...plan.remove }).length) throw badRequest({ data: reason('nothing_to_change') });
  return plan;
}

const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function apply(plan: Plan, before: Row): Row {
  const after = { ...before, ...plan.values };
  for (const [name, items] of Object.entries(plan.add)) after[name] = [...new Set([...listOf(after[name]), ...items])];
  for (const [name, items] of Object.entries(plan.remove)) {
    const kept = listOf(after[name]).filter((t) => !items.includes(t));
    if (kept.length < listOf(after[name]).length) after[name] = kept; // nothing to remove: the row stays as it is
  }
  return after;
}

/** Every row's own checks: its list fields stay within bounds and the resource's record rules hold. */
function checkRow(def: ResourceDef, plan: Plan, after: Row): void {
  const errors: Record<string, Reason> = {};
  for (const name of Object.keys(plan.add)) {
    const parsed = parseFieldValue(def.fields[name], after[name]);
    if (!parsed.ok) errors[name] = parsed.reason;
  }
  Object.assign(errors, def.validate?.(after) ?? {});
  if (Object.keys(errors).length) throw new RowError(400, 'invalid', errors, Number(after.id));
}

/**
 * PATCH /:resource — one change to many records, in one transaction: each row gets the checks of a single
 * update (record rules, references, scope, uniqueness), `version` + 1, its search text, derived values and an
 * audit row under one batch id. Any refusal rolls everything back. Rows the change leaves as they were are
 * not written nor counted.
 */
export async function bulkUpdate(db: Knex, service: ResourceService, def: ResourceDef, rawBody: unknown, ctx: Context): Promise<BulkAnswer> {
  assertCan(ctx.actor, def, 'update');
  if (!hasRight(ctx.actor, 'bulk_update')) throw forbidden();
  const body = bodyOf(rawBody);
  const selection = parseSelection(def, body, ctx);
  const plan = parsePlan(def, body, ctx);
  const written = [...Object.keys(plan.values), ...Object.keys(plan.add), ...Object.keys(plan.remove)];
  const searchChanges = isSearchable(def) && written.some((name) => def.fields[name].searchable);
  const stamp = new Date().toISOString();

  return db.transaction(async (trx) => {
    const ids = await selectedIds(trx, service, def, selection, ctx);
    const unique = (def.unique ?? []).find((cols) => cols.some((c) => plan.values[c] != null));
    if (unique && ids.length > 1) throw badRequest({ [unique[unique.length - 1]]: reason('unique_in_bulk') });
    // the new values are the same for every row: their references and scope are checked once
    await assertReferencesInScope(trx, def, ctx.actor, plan.values, getResource);
    if (Object.hasOwn(plan.values, scopeField(def))) await assertInScope(trx, def, ctx.actor, plan.values, true);

    const changed: number[] = [];
    const hooked: Row[] = [];
    const rowChanges: RowChange[] = [];
    const columns = columnsFor(def, written);
    for (const part of chunks(ids)) {
      const updates: RowUpdate[] = [];
      const entries: AuditEntry[] = [];
      for (const before of await readRows(trx, def, ctx, part, columns)) {
        const after = apply(plan, before);
        const values = Object.fromEntries(written.map((name) => [name, after[name]]));
        const entry = entryOf(def, 'update', before, after, values, written);
        if (!Object.keys(entry.changes).length) continue;
        const id = Number(before.id);
        // references, lookups and uniqueness do not depend on the row: the database answers them for the first
        // (items added to a list from a lookup are checked against it the same way)
        if (!changed.length) await validateRecord(trx, def, after, { ...plan.values, ...plan.add }, id);
        checkRow(def, plan, after);
        const stored = def.prepare ? await def.prepare(trx, values, id) : values;
        const set = toColumns(def, stored);
        if (searchChanges) set.search_text = searchTextOf(def, after);
        // a resource that prepares values may look at the stored rows (the last active admin): write row by row
        if (def.prepare) await updateRows(trx, def, [{ id, set }], stamp);
        else updates.push({ id, set });
        entries.push(entry);
        changed.push(id);
        if (def.afterWrite) hooked.push(before, after);
        if (def.afterRows) rowChanges.push({ before, after });
      }
      await updateRows(trx, def, updates, stamp);
      await writeAuditRows(trx, ctx, def, entries);
    }
    // derived values follow both the old and the new parents
    await runHooks(trx, def, hooked, rowChanges, ctx);
    return { batchId: String(ctx.batchId), count: changed.length, ids: changed.slice(0, MAX_IDS_ANSWERED) };
  });
}
