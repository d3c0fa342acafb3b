/**
 * Calendar arithmetic on the dealership's clock: China keeps UTC+8 all year (no daylight saving), so a
 * China-time day or month is a UTC one shifted by eight hours.
 */
const CHINA_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

const msOf = (t: Date | string | number): number => (t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t));

/** The China-time calendar day (YYYY-MM-DD) of a moment. */
export function chinaDay(t: Date | string | number): string {
  return new Date(msOf(t) + CHINA_MS).toISOString().slice(0, 10);
}

/** The UTC instant a China-time day starts. */
export function chinaDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_MS);
}

/** The China-time month (YYYY-MM) of a moment. */
export function chinaMonth(t: Date | string | number): string {
  return chinaDay(t).slice(0, 7);
}

/** The moment a China-time day shows `hour:minute`. */
export function atChinaTime(day: string, hour: number, minute = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_MS + (hour * 60 + minute) * 60_000);
}

/** "HH:mm" China time, as the advisor's diary shows it. */
export function chinaClock(t: Date | string | number): string {
  return new Date(msOf(t) + CHINA_MS).toISOString().slice(11, 16);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar months later; the 31st of a shorter month falls on its last day (Aug 31 + 6 months = Feb 28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A stored date (a `Date` from PostgreSQL, text from SQLite) as YYYY-MM-DD. */
export function dayText(v: unknown): string | null {
  if (v == null) return null;
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
}
