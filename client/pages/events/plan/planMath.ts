/** The plan page's arithmetic and wording, pure so it can be tested: which year, how much of a budget is spent, when an event runs. */

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
const CHINA_MS = 8 * 3_600_000;

/** The calendar year in China at a moment (the server files events into years and quarters by China time too). */
export function chinaYear(now: Date): number {
  return new Date(now.getTime() + CHINA_MS).getUTCFullYear();
}

/** The quarter (1–4) in China at a moment. */
export function chinaQuarter(now: Date): 1 | 2 | 3 | 4 {
  return (Math.floor(new Date(now.getTime() + CHINA_MS).getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4;
}

/** The year `?year=` names when it is a whole year the server accepts; otherwise this year in China. */
export function planYear(param: string | null, now: Date): number {
  if (param !== null && /^\d{4}$/.test(param.trim())) {
    const year = Number(param);
    if (year >= FIRST_YEAR && year <= LAST_YEAR) return year;
  }
  return chinaYear(now);
}

export interface Spend {
  /** actual ÷ budget, or null when there is no budget to measure against */
  ratio: number | null;
  /** the bar's fill, 0–100 */
  bar: number;
  /** actual cost above the budget (0 when within it) */
  over: number;
  /** an actual cost has been booked */
  settled: boolean;
}

/** How much of a budget the actual cost used; a cost with no budget counts as all of it and over. */
export function spendOf(budget: number | null, actual: number | null): Spend {
  const b = budget ?? 0;
  const a = actual ?? 0;
  const settled = actual !== null;
  if (b <= 0) return { ratio: null, bar: a > 0 ? 100 : 0, over: a, settled };
  const ratio = a / b;
  return { ratio, bar: Math.min(100, Math.round(ratio * 100)), over: Math.max(0, a - b), settled };
}

/** `part ÷ whole` as a whole percent (`"71%"`), or null when the whole is zero. */
export function percentOf(part: number, whole: number): string | null {
  if (!(whole > 0)) return null;
  return `${Math.round((part / whole) * 100)}%`;
}

const WEEKDAY_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

interface ChinaParts {
  y: number;
  m: number;
  d: number;
  weekday: number;
  time: string;
}

function chinaParts(iso: string): ChinaParts | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const t = new Date(ms + CHINA_MS);
  return {
    y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: t.getUTCDay(),
    time: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
  };
}

function dayLabel(p: ChinaParts, locale: string, withYear: boolean): string {
  if (locale === 'en') return `${WEEKDAY_EN[p.weekday]} ${p.d} ${MONTH_EN[p.m - 1]}${withYear ? ` ${p.y}` : ''}`;
  return `${withYear ? `${p.y}年` : ''}${p.m}月${p.d}日 周${WEEKDAY_ZH[p.weekday]}`;
}

/**
 * When an event runs, in China time, for a page that already names the year: `3月3日 周二 14:00–17:00`,
 * `Tue 3 Mar, 14:00–17:00`; an event over several days names both days, and an end in another year its year.
 */
export function eventWhen(startIso: string, endIso: string, locale: string): string {
  const start = chinaParts(startIso);
  if (!start) return '';
  const end = chinaParts(endIso);
  const sep = locale === 'en' ? ', ' : ' ';
  const from = `${dayLabel(start, locale, false)}${sep}${start.time}`;
  if (!end) return from;
  if (end.y === start.y && end.m === start.m && end.d === start.d) return `${from}–${end.time}`;
  return `${from} – ${dayLabel(end, locale, end.y !== start.y)}${sep}${end.time}`;
}

/** The fields of a `cs_plans` row the page shows, read safely from the API's untyped record. */
export interface PlanSummary {
  id: number;
  title: string;
  goals: string | null;
  budget: number | null;
  status: string | null;
  owner_id: number | null;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown) => (v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v));

export function planSummary(plan: Record<string, unknown> | null): PlanSummary | null {
  if (!plan) return null;
  const id = num(plan.id);
  if (id === null) return null;
  return {
    id, title: text(plan.title) ?? '', goals: text(plan.goals), budget: num(plan.budget), status: text(plan.status),
    owner_id: num(plan.owner_id),
  };
}

/** Listed but left out of every total (the server's rule): cancelled events. */
export function cancelledCount(events: readonly { status: string }[]): number {
  return events.filter((e) => e.status === 'cancelled').length;
}

/** `/cs_plans/create` with the year and a title filled in (react-admin reads a create form's defaults from `?source=`). */
export function createPlanPath(year: number, title: string): string {
  return `/cs_plans/create?source=${encodeURIComponent(JSON.stringify({ year, title }))}`;
}
