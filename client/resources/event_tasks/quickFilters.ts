/**
 * The task list's one-click filters (mine, overdue, waiting for a check, open), as list filter values the
 * server understands: `person` (responsible or checker), `status_neq` (not these), `due_date_lt`.
 * They use keys the filter form does not show, so they sit beside the form's own filters.
 */
export type QuickKey = 'mine' | 'overdue' | 'to_check' | 'open';

export const QUICK_KEYS: readonly QuickKey[] = ['mine', 'overdue', 'to_check', 'open'];

type Filter = Record<string, unknown>;

export function quickFilter(key: QuickKey, me: number, today: string): Filter {
  switch (key) {
    case 'mine': return { person: String(me) };
    case 'overdue': return { status_neq: ['done', 'checked'], due_date_lt: today };
    case 'to_check': return { status_neq: ['todo', 'doing', 'checked'] };
    case 'open': return { status_neq: ['done', 'checked'] };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The quick filter is on when every one of its values is in the list's filter as is. */
export function isOn(values: Filter, key: QuickKey, me: number, today: string): boolean {
  // open and overdue share their status condition: "open" is lit only without the due-date bound
  if (key === 'open' && values.due_date_lt !== undefined) return false;
  return Object.entries(quickFilter(key, me, today)).every(([k, v]) => same(values[k], v));
}

/** Turns a quick filter on or off, leaving the user's other filters alone (two that set the same key replace each other). */
export function toggle(values: Filter, key: QuickKey, me: number, today: string): Filter {
  const q = quickFilter(key, me, today);
  if (isOn(values, key, me, today)) {
    return Object.fromEntries(Object.entries(values).filter(([k]) => !(k in q)));
  }
  const cleared = key === 'open' || key === 'to_check' ? Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'due_date_lt')) : values;
  return { ...cleared, ...q };
}
