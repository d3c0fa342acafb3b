const pad = (n: number) => String(n).padStart(2, '0');

function localDate(value: unknown): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The calendar day (`YYYY-MM-DD`) a moment falls on in the browser's time zone, or '' when it is no date. */
export function dayKey(value: unknown): string {
  const d = localDate(value);
  return d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : '';
}

/** The time of day (`14:05`) of a moment in the browser's time zone. */
export function timeOfDay(value: unknown): string {
  const d = localDate(value);
  return d ? `${pad(d.getHours())}:${pad(d.getMinutes())}` : '';
}

/** Whether a day is today, yesterday or further back, seen from `now`. */
export function dayKind(day: string, now: Date): 'today' | 'yesterday' | 'earlier' {
  if (day === dayKey(now.toISOString())) return 'today';
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12);
  return day === dayKey(yesterday.toISOString()) ? 'yesterday' : 'earlier';
}

export interface DayGroup<T> {
  day: string;
  items: T[];
}

/** Entries (newest first) cut into one group per calendar day, keeping their order. */
export function groupByDay<T>(items: readonly T[], when: (item: T) => unknown): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const day = dayKey(when(item));
    const last = groups.at(-1);
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}
