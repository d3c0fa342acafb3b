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
}

export interface Meta {
  resources: Record<string, ResourceMeta>;
  enums: Record<string, readonly string[]>;
}

/** Columns every table has, kept by the server. */
export const SYSTEM_FIELDS = ['id', 'created_at', 'updated_at', 'version'] as const;

export function isSystemField(name: string): boolean {
  return (SYSTEM_FIELDS as readonly string[]).includes(name);
}
