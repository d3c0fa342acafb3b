/** Calendar arithmetic in the browser's time zone (staff work in China time; so does the demo data). */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment, `YYYY-MM-DD`. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Midnight (local) of a `YYYY-MM-DD` day. */
export function dayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function addDays(d: Date, days: number): Date {
  const next = new Date(d);
  next.setDate(next.getDate() + days);
  return next;
}

/** A move as FullCalendar measures it: calendar months and days (so a day stays a day), then exact milliseconds. */
export interface Shift {
  years: number;
  months: number;
  days: number;
  milliseconds: number;
}

/** A moment moved by a drag's delta, keeping its wall-clock time when whole days are moved. */
export function shiftMoment(iso: string, shift: Shift): Date {
  const d = new Date(iso);
  d.setFullYear(d.getFullYear() + shift.years, d.getMonth() + shift.months, d.getDate() + shift.days);
  return new Date(d.getTime() + shift.milliseconds);
}

/** A due date (`YYYY-MM-DD`) moved by a drag's delta. */
export function shiftDay(day: string, shift: Shift): string {
  return localDay(shiftMoment(dayStart(day).toISOString(), { ...shift, milliseconds: 0 }));
}

/** Whether a timed item runs over more than one calendar day (it then shows as a bar over those days). */
export function spansDays(startIso: string, endIso: string): boolean {
  const end = new Date(new Date(endIso).getTime() - 1);
  return localDay(new Date(startIso)) !== localDay(end) && end.getTime() > new Date(startIso).getTime();
}

const HOUR = 3_600_000;

/**
 * The times a new event gets from what was clicked or swept: a day (or days) in the month → 10:00–12:00 local
 * (ending on the last day swept); a single time slot in the week → two hours from there; a longer sweep as it is.
 */
export function newEventTimes(start: Date, end: Date, allDay: boolean): { start_at: string; end_at: string } {
  if (allDay) {
    const from = new Date(start.getFullYear(), start.getMonth(), start.getDate(), 10);
    const last = addDays(new Date(end.getFullYear(), end.getMonth(), end.getDate()), -1);
    const to = new Date(last.getFullYear(), last.getMonth(), last.getDate(), 12);
    return { start_at: from.toISOString(), end_at: (to > from ? to : new Date(from.getTime() + 2 * HOUR)).toISOString() };
  }
  const to = end.getTime() - start.getTime() <= HOUR / 2 ? new Date(start.getTime() + 2 * HOUR) : end;
  return { start_at: start.toISOString(), end_at: to.toISOString() };
}

/** react-admin's create form takes its initial values from `?source=<JSON>`. */
export function createEventPath(times: { start_at: string; end_at: string }): string {
  return `/events/create?source=${encodeURIComponent(JSON.stringify({ ...times, status: 'draft' }))}`;
}
