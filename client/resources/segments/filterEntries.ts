export interface FilterEntry {
  /** the key as saved (`last_visit_date_gte`) */
  key: string;
  /** the customers field it filters on, when known (`last_visit_date`) */
  field: string | null;
  /** a range filter's side */
  bound: 'from' | 'to' | null;
  value: unknown;
}

const BOUNDS = { _gte: 'from', _lte: 'to' } as const;

/**
 * A saved filter as readable parts: each key matched to the field it filters (range keys `_gte` / `_lte`
 * to their field and side); keys the resource does not know (`q`) stay as they are.
 */
export function filterEntries(filter: Record<string, unknown>, fields: readonly string[]): FilterEntry[] {
  return Object.entries(filter).map(([key, value]) => {
    if (fields.includes(key)) return { key, field: key, bound: null, value };
    for (const [suffix, bound] of Object.entries(BOUNDS)) {
      const base = key.slice(0, -suffix.length);
      if (key.endsWith(suffix) && fields.includes(base)) return { key, field: base, bound, value };
    }
    return { key, field: null, bound: null, value };
  });
}
