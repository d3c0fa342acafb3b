/** One field's change as an audit row stores it (`changes[field]`); a write-only value is only known to have changed. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
  redacted: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The changes of an audit row as a list, in the order of the resource's fields (the order of its forms), fields the
 * resource no longer declares (and pseudo-fields such as `token`) last. Tolerates a JSON string and drops entries
 * that are not `{ from, to }`, so one odd row cannot break a whole page.
 */
export function parseChanges(value: unknown, fieldOrder: readonly string[] = []): FieldChange[] {
  let raw: unknown = value;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  if (!isObject(raw)) return [];
  const rank = (name: string) => {
    const i = fieldOrder.indexOf(name);
    return i === -1 ? fieldOrder.length : i;
  };
  return Object.entries(raw)
    .filter((entry): entry is [string, Record<string, unknown>] => isObject(entry[1]))
    .map(([field, c]) => ({ field, from: c.from ?? null, to: c.to ?? null, redacted: c.redacted === true }))
    .sort((a, b) => rank(a.field) - rank(b.field));
}

/** Which values a change table shows: both for an edit; only the new ones for a creation, the old ones for a deletion. */
export function changeSides(action: unknown, changes: readonly FieldChange[]): { from: boolean; to: boolean } {
  if (action === 'create') return { from: false, to: true };
  if (action === 'delete') return { from: true, to: false };
  if (action === 'update') return { from: true, to: true };
  // sign-ins, tokens: whatever the row holds
  const from = changes.some((c) => c.from !== null);
  const to = changes.some((c) => c.to !== null);
  return from || to ? { from, to } : { from: true, to: true };
}

export type ChangeSummary =
  /** nothing recorded (a sign-in, a password change) */
  | { kind: 'none' }
  /** an edit: the first changed fields, and how many more */
  | { kind: 'fields'; fields: string[]; more: number }
  /** a creation or deletion: how many fields the record had */
  | { kind: 'count'; count: number }
  /** one value worth reading as is (the name of an API token) */
  | { kind: 'value'; field: string; value: string };

/** What a list row says about a change, in a few words. */
export function summarize(action: unknown, changes: readonly FieldChange[], max = 3): ChangeSummary {
  if (changes.length === 0) return { kind: 'none' };
  if (action === 'create' || action === 'delete') return { kind: 'count', count: changes.length };
  if (action !== 'update' && changes.length === 1) {
    const [only] = changes;
    const value = only.to ?? only.from;
    if (typeof value === 'string' && !only.redacted) return { kind: 'value', field: only.field, value };
  }
  const fields = changes.map((c) => c.field);
  const shown = fields.length > max + 1 ? fields.slice(0, max) : fields;
  return { kind: 'fields', fields: shown, more: fields.length - shown.length };
}
