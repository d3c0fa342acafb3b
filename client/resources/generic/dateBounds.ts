/**
 * A date picked in a filter (`YYYY-MM-DD`, the user's calendar day) as the bounds of that day in UTC,
 * so "received from 3 May to 5 May" on a date-time field includes all of 5 May in the user's time zone.
 */
function localDay(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function dayStart(value: unknown): unknown {
  const d = localDay(value);
  return d ? d.toISOString() : value;
}

export function dayEnd(value: unknown): unknown {
  const d = localDay(value);
  if (!d) return value;
  d.setHours(23, 59, 59, 999);
  return d.toISOString();
}
