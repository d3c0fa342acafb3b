/** A row of the `lookups` resource (a configurable dictionary entry). */
export interface LookupRecord {
  id: number;
  type: string;
  code: string;
  label_zh: string;
  label_en: string;
  sort_order?: number | null;
  color?: string | null;
  active?: boolean;
}

export interface LookupChoice {
  id: string;
  name: string;
  color?: string | null;
}

export function labelOf(entry: LookupRecord, locale: string): string {
  return (locale === 'en' ? entry.label_en : entry.label_zh) || entry.label_zh || entry.code;
}

export function findLookup(lookups: readonly LookupRecord[], type: string, code: unknown): LookupRecord | undefined {
  return lookups.find((l) => l.type === type && l.code === code);
}

/** The label of a code in the current language; the code itself when the list does not know it. */
export function lookupLabel(lookups: readonly LookupRecord[], type: string, code: unknown, locale: string): string {
  if (code === null || code === undefined || code === '') return '';
  const entry = findLookup(lookups, type, code);
  return entry ? labelOf(entry, locale) : String(code);
}

/**
 * The choices of one list, in its sort order: active entries, plus the current value even when it was
 * retired, so an old record still shows and saves what it has.
 */
export function lookupChoices(lookups: readonly LookupRecord[], type: string, locale: string, current?: unknown): LookupChoice[] {
  return lookups
    .filter((l) => l.type === type && (l.active !== false || l.code === current || (Array.isArray(current) && current.includes(l.code))))
    .sort((a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0) || a.code.localeCompare(b.code))
    .map((l) => ({ id: l.code, name: labelOf(l, locale), color: l.color }));
}
