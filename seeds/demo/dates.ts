/**
 * Calendar arithmetic on day numbers (days since 1970-01-01 of the local calendar date), so dates are
 * cheap integers while generating and become 'YYYY-MM-DD' or ISO datetimes only when a row is written.
 */
const DAY_MS = 86_400_000;

export type Day = number;

export function dayOf(date: Date): Day {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

export function dayFrom(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

interface Parts {
  y: number;
  m: number;
  d: number;
  weekday: number;
}

const partsCache = new Map<Day, Parts>();

export function partsOf(day: Day): Parts {
  let p = partsCache.get(day);
  if (p === undefined) {
    const date = new Date(day * DAY_MS);
    p = { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), weekday: date.getUTCDay() };
    partsCache.set(day, p);
  }
  return p;
}

const isoCache = new Map<Day, string>();

/** 'YYYY-MM-DD'. */
export function isoDate(day: Day): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}

/** The same calendar day n years later (29 February becomes 1 March). */
export function addYears(day: Day, years: number): Day {
  const { y, m, d } = partsOf(day);
  return dayFrom(y + years, m, d);
}

const midnightCache = new Map<Day, number>();

/** The dealership's clock: China time (UTC+8, no daylight saving), whatever the machine's own time zone. */
const CHINA_MS = 8 * 3_600_000;

/** The moment of a wall-clock time in China on a day, in epoch milliseconds (midnight is cached per day). */
export function at(day: Day, hour: number, minute = 0): number {
  let midnight = midnightCache.get(day);
  if (midnight === undefined) {
    const { y, m, d } = partsOf(day);
    midnight = Date.UTC(y, m - 1, d) - CHINA_MS;
    midnightCache.set(day, midnight);
  }
  return midnight + hour * 3_600_000 + minute * 60_000;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** ISO 8601 in UTC, as `Date#toISOString` writes it (the date part comes from the per-day cache). */
export function isoTime(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const min = Math.floor(rest / 60_000);
  rest -= min * 60_000;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  return `${isoDate(day)}T${pad2(h)}:${pad2(min)}:${pad2(sec)}.${String(milli).padStart(3, '0')}Z`;
}

/** The day every relative date is measured from ("today"), and the moment "now" on it. */
export class Clock {
  readonly today: Day;
  readonly nowMs: number;
  readonly year: number;

  constructor(now: Date) {
    this.today = dayOf(now);
    this.nowMs = now.getTime();
    this.year = now.getFullYear();
  }

  /** A moment that must already have happened: never later than a minute before now. */
  past(ms: number): number {
    return Math.min(ms, this.nowMs - 60_000);
  }

  /** ISO time of a past moment (clamped to before now). */
  pastIso(ms: number): string {
    return isoTime(this.past(ms));
  }
}

/** The calendar day of a moment in China (the inverse of `at`). */
export function dayOfMs(ms: number): Day {
  return Math.floor((ms + CHINA_MS) / DAY_MS);
}
