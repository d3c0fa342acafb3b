import type { Knex } from 'knex';
import type { Row } from './context.js';
import type { Clock } from './dates.js';
import { CARE_DEFAULTS } from '../../server/domain/care/settings.js';
import type { WorkCalendar } from '../../server/domain/complaints/workingTime.js';

/**
 * China's official holiday arrangements (国务院办公厅关于部分节假日安排的通知) for 2025 and 2026: the days off and the
 * weekend days worked instead (调休). A manager corrects or extends them in the 工作日历 screens.
 */
const ARRANGEMENTS: { name: string; off: [string, string]; workdays?: string[] }[] = [
  { name: '元旦', off: ['2025-01-01', '2025-01-01'] },
  { name: '春节', off: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] },
  { name: '清明节', off: ['2025-04-04', '2025-04-06'] },
  { name: '劳动节', off: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'] },
  { name: '端午节', off: ['2025-05-31', '2025-06-02'] },
  { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'] },
  { name: '元旦', off: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'] },
  { name: '春节', off: ['2026-02-15', '2026-02-23'], workdays: ['2026-02-14', '2026-02-28'] },
  { name: '清明节', off: ['2026-04-04', '2026-04-06'] },
  { name: '劳动节', off: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'] },
  { name: '端午节', off: ['2026-06-19', '2026-06-21'] },
  { name: '中秋节', off: ['2026-09-25', '2026-09-27'] },
  { name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] },
];

const DAY_MS = 86_400_000;

/** Every day of the arrangements: kind 'holiday' (off) or 'workday' (a weekend worked), named after the festival. */
export const CHINA_WORK_CALENDAR: { day: string; kind: 'holiday' | 'workday'; name: string }[] = ARRANGEMENTS.flatMap(({ name, off: [from, to], workdays = [] }) => {
  const days: { day: string; kind: 'holiday' | 'workday'; name: string }[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    days.push({ day: new Date(t).toISOString().slice(0, 10), kind: 'holiday', name });
  }
  return [...days, ...workdays.map((day) => ({ day, kind: 'workday' as const, name: `${name}调休上班` }))];
});

/** The calendar the demo's SLA deadlines are counted in (the same days the seed writes, the default hours). */
export const DEMO_WORK_CALENDAR: WorkCalendar = {
  hours: CARE_DEFAULTS.sla,
  holidays: new Set(CHINA_WORK_CALENDAR.filter((d) => d.kind === 'holiday').map((d) => d.day)),
  workdays: new Set(CHINA_WORK_CALENDAR.filter((d) => d.kind === 'workday').map((d) => d.day)),
};

/** The calendar rows not yet stored (a manager may have entered some already), with ids after the stored ones. */
export async function workCalendarRows(trx: Knex, clock: Clock): Promise<Row[]> {
  const stored = new Set((await trx('work_calendar_days').pluck('day')).map((d: unknown) => String(d).slice(0, 10)));
  let id = Number((await trx('work_calendar_days').max({ m: 'id' }).first())?.m ?? 0);
  const at = clock.pastIso(clock.nowMs);
  return CHINA_WORK_CALENDAR.filter((d) => !stored.has(d.day)).map((d) => ({ id: (id += 1), ...d, created_at: at, updated_at: at, version: 1 }));
}
