import type { Knex } from 'knex';
import type { FieldDef, ResourceDef, Row } from '../../resources/types.js';
import { systemFields } from '../../resources/types.js';
import { ROLES } from '../../auth/roles.js';
import { badRequest } from '../../errors.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { parseFieldValue } from '../../rest/fieldValue.js';
import { fieldDefOf, type CustomFieldRow } from './kinds.js';
import { keyProblem } from './keys.js';
import { builtInFields, customFieldRowOf, markCustomFieldsStale, parsedDefault } from './registry.js';
import { convertValue } from './conversion.js';
import { countWithoutValue, eraseValues, fillMissing, rewriteValues, storedValues } from './values.js';
import { syncValueIndex } from './indexes.js';
import { dropFieldFromViews } from './listViews.js';

/**
 * The rules of adding, changing and deleting a custom field, and what each does to the stored records, all in the
 * caller's transaction: a refusal (400 on the field at fault) leaves both the definition and the records as they were.
 */

const LIST_KEY = /^[a-z][a-z0-9_]{1,39}$/;
const CHOICE_KINDS = ['choice', 'multi_choice'];

/** Checks of a definition that need no database: a choice names its list, a reference its target, roles are roles. */
export function checkCustomField(record: Row): Record<string, Reason> | null {
  const errors: Record<string, Reason> = {};
  const kind = String(record.type);
  if (CHOICE_KINDS.includes(kind)) {
    if (record.lookup == null) errors.lookup = reason('needs_lookup');
    else if (!LIST_KEY.test(String(record.lookup))) errors.lookup = reason('bad_field_key');
  }
  if (kind === 'reference' && record.reference == null) errors.reference = reason('needs_reference');
  for (const name of ['read_roles', 'edit_roles']) {
    const roles = record[name];
    if (Array.isArray(roles) && roles.some((r) => !(ROLES as readonly string[]).includes(String(r)))) {
      errors[name] = reason('not_in_list', { options: ROLES.join(', ') });
    }
  }
  return Object.keys(errors).length ? errors : null;
}

/** The names a new field of `def` may not take: its own fields, the engine's columns, its list filters. */
function takenNames(def: ResourceDef): Set<string> {
  return new Set([
    ...Object.keys(systemFields), ...Object.keys(builtInFields(def)), ...(def.internalColumns ?? []),
    ...Object.keys(def.virtualFilters ?? {}), 'custom', 'search_text',
  ]);
}

function searchableResource(def: ResourceDef): boolean {
  return Object.values(builtInFields(def)).some((f) => f.searchable);
}

/** A multiple choice's default may be given as JSON (["a","b"]) or as codes separated by commas. */
function normalizeDefault(kind: string, raw: unknown): string | null {
  if (raw == null || String(raw).trim() === '') return null;
  const text = String(raw).trim();
  if (kind !== 'multi_choice' || text.startsWith('[')) return text;
  return JSON.stringify(text.split(/[,，、]/).map((s) => s.trim()).filter(Boolean));
}

/** The default's problem, in the admin's terms, or null when it fits the field (or there is none). */
function defaultProblem(row: CustomFieldRow, field: FieldDef): Reason | null {
  if (row.default_value == null) return null;
  let raw: unknown = row.default_value;
  if (row.type === 'multi_choice') {
    try {
      raw = JSON.parse(row.default_value);
    } catch {
      return reason('not_string_list');
    }
  }
  const p = parseFieldValue({ ...field, required: false, default: undefined }, raw, true);
  return p.ok ? null : p.reason;
}

/** Codes of `list` among `codes` that the lookups do not hold. */
async function unknownCodes(trx: Knex, list: string, codes: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(codes)];
  const found = new Set<string>();
  for (let i = 0; i < wanted.length; i += 500) {
    const rows: Row[] = await trx('lookups').where({ type: list }).whereIn('code', wanted.slice(i, i + 500)).select('code');
    for (const r of rows) found.add(String(r.code));
  }
  return new Set(wanted.filter((c) => !found.has(c)));
}

/** Ids among `ids` that no record of `target` has. */
async function missingIds(trx: Knex, target: ResourceDef, ids: readonly number[]): Promise<Set<number>> {
  const wanted = [...new Set(ids)];
  const found = new Set<number>();
  for (let i = 0; i < wanted.length; i += 500) {
    const rows: Row[] = await trx(target.table).whereIn('id', wanted.slice(i, i + 500)).select('id');
    for (const r of rows) found.add(Number(r.id));
  }
  return new Set(wanted.filter((id) => !found.has(id)));
}

/** Lookup codes and record ids a field's values must find, checked together. */
async function foreignProblems(trx: Knex, resources: Record<string, ResourceDef>, row: CustomFieldRow, values: readonly unknown[]): Promise<unknown[]> {
  if (CHOICE_KINDS.includes(row.type) && row.lookup) {
    const codes = values.flatMap((v) => (Array.isArray(v) ? v.map(String) : [String(v)]));
    const unknown = await unknownCodes(trx, row.lookup, codes);
    return values.filter((v) => (Array.isArray(v) ? v.map(String) : [String(v)]).some((c) => unknown.has(c)));
  }
  const target = row.type === 'reference' && row.reference ? resources[row.reference] : undefined;
  if (target) {
    const missing = await missingIds(trx, target, values.map(Number));
    return values.filter((v) => missing.has(Number(v)));
  }
  return [];
}

/** A default choice must be in its list, a default reference must exist. */
async function checkDefaultFinds(trx: Knex, resources: Record<string, ResourceDef>, row: CustomFieldRow, field: FieldDef, errors: Record<string, Reason>): Promise<void> {
  if (field.default === undefined || !(await foreignProblems(trx, resources, row, [field.default])).length) return;
  errors.default_value = row.type === 'reference'
    ? reason('no_such_record', { resource: String(row.reference) })
    : reason('unknown_lookup', { value: [field.default].flat().join(', '), lookup: String(row.lookup) });
}

function fieldOf(row: CustomFieldRow, def: ResourceDef): FieldDef {
  const searchable = searchableResource(def);
  return fieldDefOf(row, parsedDefault(row, fieldDefOf(row, undefined, searchable)), searchable);
}

function rowOf(values: Row, stored?: CustomFieldRow): CustomFieldRow {
  return customFieldRowOf({ ...(stored ?? { id: 0, sort_order: 0, hidden: false, retired: false, required: false }), ...values });
}

/** When a required field would leave records without a value: fill them with the default, or refuse. */
async function requireValues(trx: Knex, def: ResourceDef, row: CustomFieldRow, field: FieldDef, errors: Record<string, Reason>): Promise<() => Promise<void>> {
  if (!row.required || row.retired) return async () => {};
  const missing = await countWithoutValue(trx, def, row.key, field);
  if (!missing) return async () => {};
  if (field.default === undefined) {
    errors.required = reason('required_needs_default', { count: missing });
    return async () => {};
  }
  return () => fillMissing(trx, def, row.key, field, field.default);
}

async function prepareCreate(trx: Knex, resources: Record<string, ResourceDef>, values: Row): Promise<Row> {
  const def = resources[String(values.resource)];
  const errors: Record<string, Reason> = {};
  const keys: Row[] = await trx('custom_fields').where({ resource: def.name }).select('key', 'sort_order');
  const problem = keyProblem(String(values.key), new Set([...takenNames(def), ...keys.map((k) => String(k.key))]));
  if (problem) errors.key = problem;
  const out: Row = { ...values, default_value: normalizeDefault(String(values.type), values.default_value) };
  // no order given: after the resource's other fields
  if (!out.sort_order) out.sort_order = Math.min(100_000, Math.max(0, ...keys.map((k) => Number(k.sort_order ?? 0))) + 10);
  if (!CHOICE_KINDS.includes(String(out.type))) out.lookup = null;
  if (out.type !== 'reference') out.reference = null;
  const row = rowOf(out);
  const field = fieldOf(row, def);
  const bad = defaultProblem(row, field);
  if (bad) errors.default_value = bad;
  else await checkDefaultFinds(trx, resources, row, field, errors);
  if (Object.keys(errors).length) throw badRequest(errors);
  const fill = await requireValues(trx, def, row, field, errors);
  if (Object.keys(errors).length) throw badRequest(errors);
  await fill();
  await syncValueIndex(trx, def, row.key, row.retired ? null : field);
  markCustomFieldsStale();
  return out;
}

async function prepareUpdate(trx: Knex, resources: Record<string, ResourceDef>, values: Row, id: number): Promise<Row> {
  const stored = customFieldRowOf(await trx('custom_fields').where({ id }).first());
  const errors: Record<string, Reason> = {};
  for (const name of ['resource', 'key'] as const) {
    if (values[name] !== undefined && values[name] !== stored[name]) errors[name] = reason('field_key_fixed');
  }
  if (Object.keys(errors).length) throw badRequest(errors);
  const out: Row = { ...values };
  if (values.default_value !== undefined) out.default_value = normalizeDefault(String(values.type ?? stored.type), values.default_value);
  const kind = String(out.type ?? stored.type);
  if (!CHOICE_KINDS.includes(kind)) out.lookup = null;
  if (kind !== 'reference') out.reference = null;
  const def = resources[stored.resource];
  const row = rowOf(out, stored);
  const field = fieldOf(row, def);
  const bad = defaultProblem(row, field);
  if (bad) errors.default_value = bad;

  // a new kind, list or target: every stored value must become a value of it
  const moved = row.type !== stored.type || row.lookup !== stored.lookup || row.reference !== stored.reference;
  const converted: { id: number; value: unknown }[] = [];
  if (moved && !bad) {
    const failed: unknown[] = [];
    const fits: { id: number; value: unknown; before: unknown }[] = [];
    for (const v of await storedValues(trx, def, row.key)) {
      const c = convertValue(v.value, row.type, field);
      if (c.ok) fits.push({ id: v.id, value: c.value, before: v.value });
      else failed.push(v.value);
    }
    const strangers = new Set(await foreignProblems(trx, resources, row, fits.map((f) => f.value)));
    for (const f of fits) {
      if (strangers.has(f.value)) failed.push(f.before);
      else if (JSON.stringify(f.value) !== JSON.stringify(f.before)) converted.push({ id: f.id, value: f.value });
    }
    if (failed.length) {
      const at = row.type !== stored.type ? 'type' : row.lookup !== stored.lookup ? 'lookup' : 'reference';
      const example = Array.isArray(failed[0]) ? failed[0].join(', ') : String(failed[0]);
      errors[at] = reason('values_not_convertible', { count: failed.length, example: example.slice(0, 40) });
    }
  }
  if (!bad) await checkDefaultFinds(trx, resources, row, field, errors);
  if (Object.keys(errors).length) throw badRequest(errors);
  await rewriteValues(trx, def, row.key, converted);
  const fill = await requireValues(trx, def, row, field, errors);
  if (Object.keys(errors).length) throw badRequest(errors);
  await fill();
  await syncValueIndex(trx, def, row.key, row.retired ? null : field);
  if (row.retired && !stored.retired) await dropFieldFromViews(trx, def.name, row.key);
  markCustomFieldsStale();
  return out;
}

/**
 * `prepare` of the custom_fields resource: checks what needs the records (a free key, a required field's missing
 * values, stored values that a new kind cannot take) and makes the records follow (defaults filled, values
 * converted, the value's index made or dropped).
 */
export function prepareCustomField(trx: Knex, resources: Record<string, ResourceDef>, values: Row, id?: number): Promise<Row> {
  return id === undefined ? prepareCreate(trx, resources, values) : prepareUpdate(trx, resources, values, id);
}

/** Deleting a field erases its values and its index (the confirmation is asked for by the route). */
export async function deleteCustomField(trx: Knex, resources: Record<string, ResourceDef>, stored: Row): Promise<void> {
  const row = customFieldRowOf(stored);
  const def = resources[row.resource];
  if (!def) return;
  await eraseValues(trx, def, row.key);
  await syncValueIndex(trx, def, row.key, null);
  await dropFieldFromViews(trx, def.name, row.key);
  markCustomFieldsStale();
}

/** How many records hold a value of the field (what deleting it would erase). */
export async function heldValues(trx: Knex, resources: Record<string, ResourceDef>, stored: Row): Promise<number> {
  const row = customFieldRowOf(stored);
  const def = resources[row.resource];
  if (!def) return 0;
  const total = await trx(def.table).count({ n: '*' }).first();
  return Number(total?.n ?? 0) - (await countWithoutValue(trx, def, row.key, fieldOf(row, def)));
}
