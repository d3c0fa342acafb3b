import { isSystemField, type ResourceMeta } from '../../meta/types';
import type { ColumnMapping, ImportColumn } from './importApi';

/** The fields a file may fill: everything but what the server maintains, in the definition's order (as the server matches). */
export function importableFields(resource: ResourceMeta): string[] {
  return Object.entries(resource.fields)
    .filter(([name, field]) => !isSystemField(name) && !field.readOnly)
    .map(([name]) => name);
}

/** The mapping the server used, as the one to send back (and change). */
export function mappingOf(columns: readonly ImportColumn[]): ColumnMapping {
  return Object.fromEntries(columns.map((column) => [column.header, column.field ?? null]));
}

/** The mapping with one column pointed at a field; a field is filled by one column, so another column on it lets go. */
export function remap(mapping: ColumnMapping, header: string, field: string | null): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [h, f] of Object.entries(mapping)) next[h] = h === header ? field : field !== null && f === field ? null : f;
  return next;
}
