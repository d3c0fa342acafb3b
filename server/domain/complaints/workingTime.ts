/**
 * Working time in China (UTC+8, no daylight saving): the SLA clocks count only the hours a department works —
 * weekdays between the work start and end minus lunch, except public holidays, plus the make-up working days
 * (调休) the State Council moves onto weekends. Pure: the calendar is passed in.
 */
export interface WorkHours {
  work_start: string;
  work_end: string;
  lunch_start: string;
  lunch_end: string;
}

export interface WorkCalendar {
  hours: WorkHours;
  /** YYYY-MM-DD days off that would otherwise be worked */
  holidays: ReadonlySet<string>;
  /** YYYY-MM-DD weekend days that are worked */
  workdays: ReadonlySet<string>;
}

export const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * HOUR_MS;
/** a clock never runs further than this (a calendar of nothing but holidays must not loop for ever) */
const MAX_DAYS = 3_660;

const minutesOf = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
};

/** The China calendar day an instant falls on, as days since 1970-01-01. */
const chinaDayOf = (ms: number): number => Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);

const dayKey = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function isWorkingDay(cal: WorkCalendar, day: string): boolean {
  if (cal.holidays.has(day)) return false;
  if (cal.workdays.has(day)) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The working spans of a China day as UTC instants: morning and afternoon (no lunch when lunch is empty). */
function spansOf(cal: WorkCalendar, day: number): [number, number][] {
  if (!isWorkingDay(cal, dayKey(day))) return [];
  const midnight = day * DAY_MS - CHINA_OFFSET_MS;
  const at = (clock: string) => midnight + minutesOf(clock) * 60_000;
  const [start, end, lunchStart, lunchEnd] = [at(cal.hours.work_start), at(cal.hours.work_end), at(cal.hours.lunch_start), at(cal.hours.lunch_end)];
  if (lunchEnd <= lunchStart || lunchEnd <= start || lunchStart >= end) return start < end ? [[start, end]] : [];
  return [[start, Math.max(start, lunchStart)], [Math.min(end, lunchEnd), end]].filter(([a, b]) => a < b) as [number, number][];
}

/** The instant `ms` of working time after `from` (a start outside working hours counts from the next working minute). */
export function addWorkingTime(cal: WorkCalendar, from: Date, ms: number): Date {
  if (ms <= 0) return new Date(from.getTime());
  let left = ms;
  const first = chinaDayOf(from.getTime());
  for (let day = first; day < first + MAX_DAYS; day += 1) {
    for (const [a, b] of spansOf(cal, day)) {
      const start = Math.max(a, from.getTime());
      if (start >= b) continue;
      if (b - start >= left) return new Date(start + left);
      left -= b - start;
    }
  }
  throw new Error('the working calendar has no working time in ten years');
}

/** Working time between two instants; negative when `to` is before `from` (a deadline already passed). */
export function workingTimeBetween(cal: WorkCalendar, from: Date, to: Date): number {
  const [a, b] = [from.getTime(), to.getTime()];
  if (b < a) return -workingTimeBetween(cal, to, from);
  let total = 0;
  for (let day = chinaDayOf(a); day <= chinaDayOf(b); day += 1) {
    for (const [s, e] of spansOf(cal, day)) total += Math.max(0, Math.min(e, b) - Math.max(s, a));
  }
  return total;
}
