import type { Knex } from 'knex';
import type { FieldDef, ResourceDef } from '../../resources/types.js';
import { enums } from '../../resources/enums.js';
import { parseFieldValue } from '../../rest/fieldValue.js';
import { fieldDefOf, type CustomFieldRow } from './kinds.js';
import { customLookupLists } from './customLists.js';

/**
 * The admin's custom fields, merged into the resource definitions the engine serves: every route, the field
 * metadata and the API description read `def.fields`, so a field added in the settings screen is listed,
 * filtered, validated, imported and exported at once, without a restart. Each request first makes sure the
 * merge is current (`refreshCustomFields`): a change made by this process is seen at once, one made by another
 * process on the same database within a second.
 */

const builtIn = new WeakMap<ResourceDef, Record<string, FieldDef>>();
const builtInLookupTypes: readonly string[] = [...enums.lookup_type];

/** The fields a definition declares in code, before any custom field was merged in. */
export function builtInFields(def: ResourceDef): Record<string, FieldDef> {
  return builtIn.get(def) ?? def.fields;
}


interface State {
  db: Knex | null;
  signature: string | null;
  checkedAt: number;
}
const state: State = { db: null, signature: null, checkedAt: 0 };

/** How long a process trusts its merge before asking the database whether another process changed it. */
const RECHECK_MS = 1000;

/** After a write to `custom_fields`: the next request reloads. */
export function markCustomFieldsStale(): void {
  state.signature = null;
}

const asList = (v: unknown): string[] | null => {
  const parsed: unknown = typeof v === 'string' ? JSON.parse(v) : v;
  return Array.isArray(parsed) ? parsed.map(String) : null;
};
const asBool = (v: unknown) => v === true || v === 1 || v === '1';

/** A stored `custom_fields` row in the API's form. */
export function customFieldRowOf(r: Record<string, unknown>): CustomFieldRow {
  return {
    id: Number(r.id),
    resource: String(r.resource),
    key: String(r.key),
    label_zh: String(r.label_zh),
    label_en: String(r.label_en),
    type: String(r.type) as CustomFieldRow['type'],
    lookup: r.lookup == null ? null : String(r.lookup),
    reference: r.reference == null ? null : String(r.reference),
    required: asBool(r.required),
    default_value: r.default_value == null ? null : String(r.default_value),
    help_zh: r.help_zh == null ? null : String(r.help_zh),
    help_en: r.help_en == null ? null : String(r.help_en),
    read_roles: asList(r.read_roles) as CustomFieldRow['read_roles'],
    edit_roles: asList(r.edit_roles) as CustomFieldRow['edit_roles'],
    sort_order: Number(r.sort_order ?? 0),
    hidden: asBool(r.hidden),
    retired: asBool(r.retired),
  };
}

/** A field's default (kept as text in its definition) as a value of its kind; undefined when it has none or it no longer fits. */
export function parsedDefault(row: CustomFieldRow, base: FieldDef): FieldDef['default'] | undefined {
  if (row.default_value == null || row.default_value === '') return undefined;
  let raw: unknown = row.default_value;
  if (row.type === 'multi_choice') {
    try {
      raw = JSON.parse(row.default_value);
    } catch {
      return undefined;
    }
  }
  const p = parseFieldValue({ ...base, required: false, default: undefined }, raw, true);
  return p.ok && p.value !== null ? (p.value as FieldDef['default']) : undefined;
}

let generation = 0;

/** Moves on each time the merge changes: what is built from the definitions (field metadata, API description) is built again. */
export const customFieldsGeneration = (): number => generation;

/** Merges the live (not retired) custom fields into the customizable definitions, in their order. */
export function applyCustomFields(resources: Record<string, ResourceDef>, rows: readonly CustomFieldRow[]): void {
  const sorted = [...rows].sort((a, b) => a.sort_order - b.sort_order || a.id - b.id);
  customLookupLists.clear();
  for (const def of Object.values(resources)) {
    if (!def.customizable) continue;
    if (!builtIn.has(def)) builtIn.set(def, def.fields);
    const own = builtIn.get(def) as Record<string, FieldDef>;
    const searchable = Object.values(own).some((f) => f.searchable);
    const fields: Record<string, FieldDef> = { ...own };
    for (const row of sorted) {
      if (row.resource !== def.name || row.retired || Object.hasOwn(own, row.key)) continue;
      const base = fieldDefOf(row, undefined, searchable);
      fields[row.key] = fieldDefOf(row, parsedDefault(row, base), searchable);
    }
    def.fields = fields;
  }
  for (const row of sorted) {
    if (row.lookup && !builtInLookupTypes.includes(row.lookup) && !customLookupLists.has(row.lookup)) {
      customLookupLists.set(row.lookup, { zh: row.label_zh, en: row.label_en });
    }
  }
  (enums as Record<string, readonly string[]>).lookup_type = [...builtInLookupTypes, ...customLookupLists.keys()];
  generation++;
}

async function signatureOf(db: Knex): Promise<string> {
  const row = await db('custom_fields').first(db.raw('count(*) as n'), db.raw('max(id) as last'), db.raw('sum(version) as versions'));
  return `${String(row?.n)}:${String(row?.last)}:${String(row?.versions)}`;
}

/** Makes the merge current for `db`: reloads when this process changed a field or the database says another did. */
export async function refreshCustomFields(db: Knex, resources: Record<string, ResourceDef>, force = false): Promise<void> {
  const now = Date.now();
  if (!force && state.db === db && state.signature !== null && now - state.checkedAt < RECHECK_MS) return;
  const signature = await signatureOf(db);
  state.checkedAt = now;
  if (!force && state.db === db && signature === state.signature) return;
  const rows = (await db('custom_fields').select('*')).map(customFieldRowOf);
  applyCustomFields(resources, rows);
  state.db = db;
  state.signature = signature;
}
