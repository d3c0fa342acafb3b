import type { FieldMeta } from '../../meta/types';

/** A list filter's key read back: the field it narrows and how (`region`, `created_at_gte` → created_at, from). */
export interface FilterKey {
  field: string;
  op: 'eq' | 'gte' | 'lte' | 'gt' | 'lt' | 'neq' | 'null';
}

// the server's suffixes (server/rest/listQuery.ts), longest first so `_gte` is not read as `_gt` + "e"
const SUFFIXES: [string, FilterKey['op']][] = [['_gte', 'gte'], ['_lte', 'lte'], ['_neq', 'neq'], ['_null', 'null'], ['_gt', 'gt'], ['_lt', 'lt']];

export function parseFilterKey(key: string, fields: Record<string, FieldMeta>): FilterKey {
  if (Object.hasOwn(fields, key)) return { field: key, op: 'eq' };
  for (const [suffix, op] of SUFFIXES) {
    if (key.endsWith(suffix) && Object.hasOwn(fields, key.slice(0, -suffix.length))) return { field: key.slice(0, -suffix.length), op };
  }
  return { field: key, op: 'eq' };
}

/** A stored instant as the China day it falls on (`2026-03-01T00:00:00+08:00` → 2026-03-01); other text unchanged. */
export function dayOf(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The keys of a list's filter that no filter input shows (a report's drill filter, a virtual filter, a range
 * bound without its input), and those holding several values (`customer_type: ['owner', 'fleet']`), which a
 * single-choice input cannot show: the search box and empty values left out.
 */
export function hiddenFilterKeys(filter: Record<string, unknown>, inputs: readonly string[]): string[] {
  return Object.keys(filter).filter((key) => {
    const v = filter[key];
    if (key === 'q' || v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return false;
    return !inputs.includes(key) || Array.isArray(v);
  });
}
