import type { CustomKind, FieldDef } from '../../resources/types.js';
import type { Role } from '../../auth/roles.js';
import { enums } from '../../resources/enums.js';

/** The kinds of field an admin may add, in the order the settings screen offers them. */
export const CUSTOM_KINDS: readonly CustomKind[] = enums.custom_kind;

/** The resources an admin may add fields to: the main records (their tables carry the JSON column `custom`). */
export const CUSTOMIZABLE_RESOURCES: readonly string[] = enums.custom_resource;

/** A row of `custom_fields` as the API answers it. */
export interface CustomFieldRow {
  id: number;
  resource: string;
  key: string;
  label_zh: string;
  label_en: string;
  type: CustomKind;
  lookup: string | null;
  reference: string | null;
  required: boolean;
  default_value: string | null;
  help_zh: string | null;
  help_en: string | null;
  read_roles: Role[] | null;
  edit_roles: Role[] | null;
  sort_order: number;
  hidden: boolean;
  retired: boolean;
}

/** Kinds whose text is found by the list's search box (where the resource has one). */
export const TEXT_KINDS: readonly CustomKind[] = ['text', 'long_text', 'phone', 'email'];

/** Kinds a list can be sorted by and that get an index on their value when added. */
export const SORTABLE_KINDS: readonly CustomKind[] = ['text', 'number', 'money', 'date', 'boolean', 'choice', 'reference', 'phone', 'email'];

const BASE: Record<CustomKind, FieldDef> = {
  text: { type: 'string', max: 255 },
  long_text: { type: 'text', max: 5000 },
  number: { type: 'number', min: -1e12, max: 1e12 },
  money: { type: 'money', min: -1e12, max: 1e12 },
  date: { type: 'date' },
  boolean: { type: 'boolean' },
  choice: { type: 'lookup' },
  multi_choice: { type: 'json', shape: 'string[]' },
  reference: { type: 'reference' },
  phone: { type: 'string', max: 30, format: 'phone' },
  email: { type: 'string', max: 255, format: 'email' },
};

/** The field a kind is checked and stored as, before its definition's own settings (required, default, list). */
export function baseFieldOf(kind: CustomKind): FieldDef {
  return { ...BASE[kind] };
}

/**
 * The field definition the engine serves for one custom field: type and bounds by kind, its lookup list or
 * target, required, default (`parsedDefault`, already checked), and the marks that keep it in `custom`.
 * `searchable`: whether the resource has a search box its text may join.
 */
export function fieldDefOf(row: CustomFieldRow, parsedDefault: FieldDef['default'] | undefined, searchable: boolean): FieldDef {
  const field: FieldDef = {
    ...baseFieldOf(row.type),
    filterable: true,
    sortable: SORTABLE_KINDS.includes(row.type),
    custom: {
      id: row.id,
      kind: row.type,
      label: { zh: row.label_zh, en: row.label_en },
      help: { zh: row.help_zh, en: row.help_en },
      readRoles: row.read_roles,
      editRoles: row.edit_roles,
      hidden: row.hidden,
    },
  };
  if (row.required) field.required = true;
  if (parsedDefault !== undefined && parsedDefault !== null) field.default = parsedDefault;
  if (row.lookup && (row.type === 'choice' || row.type === 'multi_choice')) field.lookup = row.lookup;
  if (row.reference && row.type === 'reference') field.reference = row.reference;
  if (searchable && TEXT_KINDS.includes(row.type)) field.searchable = true;
  return field;
}
