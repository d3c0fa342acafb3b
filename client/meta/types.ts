import type { FieldDef, ResourceDef } from '../../server/resources/types';

/** One field as GET /api/meta describes it (the server's own definition). */
export type FieldMeta = FieldDef;

export type MenuGroup = ResourceDef['group'];

/** One resource as GET /api/meta describes it. */
export interface ResourceMeta {
  name: string;
  group: MenuGroup;
  title: string;
  defaultSort: [string, 'ASC' | 'DESC'];
  searchable: boolean;
  fields: Record<string, FieldMeta>;
  /** present when rows may be imported from CSV/XLSX (the server's `importable`) */
  importable?: ResourceDef['importable'];
  /** an admin may add fields to it (settings → custom fields) */
  customizable?: boolean;
}

export interface Meta {
  resources: Record<string, ResourceMeta>;
  enums: Record<string, readonly string[]>;
  /** lookup lists that custom choice fields brought in, labelled by their field */
  lookupLists?: Record<string, { zh: string; en: string }>;
}

/** A field an admin added (settings → custom fields). */
export function isCustomField(field: FieldMeta | undefined): boolean {
  return field?.custom !== undefined;
}

/** Columns every table has, kept by the server. */
export const SYSTEM_FIELDS = ['id', 'created_at', 'updated_at', 'version'] as const;

export function isSystemField(name: string): boolean {
  return (SYSTEM_FIELDS as readonly string[]).includes(name);
}
