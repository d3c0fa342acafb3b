import { formatDateTime } from '../../../i18n/formats';
import { clockTime } from './roster';

const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** When an event runs, as short as it reads clearly: `2026-05-01 14:00–17:00`, or both moments when it spans days. */
export function eventWhen(start: unknown, end: unknown, locale: string): string {
  const from = formatDateTime(start, locale);
  if (typeof start !== 'string' || typeof end !== 'string' || !end) return from;
  const a = new Date(start);
  const b = new Date(end);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return from;
  return sameDay(a, b) ? `${from}–${clockTime(end)}` : `${from} – ${formatDateTime(end, locale)}`;
}
