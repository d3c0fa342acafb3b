import type { Knex } from 'knex';
import { careSetting, CARE_DEFAULTS } from '../care/settings.js';
import type { WorkCalendar } from './workingTime.js';

export interface SlaCalendar {
  cal: WorkCalendar;
  sla: typeof CARE_DEFAULTS.sla;
}

/**
 * The last calendar read per database: a list filter is built synchronously and cannot read the database, so it
 * uses what the last complaint call read (every call that counts working time reads it afresh first).
 */
const lastRead = new WeakMap<Knex, SlaCalendar>();

/** Built when first needed: the settings module may still be loading when this one is (they import each other through the resources). */
const fallback = (): SlaCalendar => ({
  cal: { hours: CARE_DEFAULTS.sla, holidays: new Set(), workdays: new Set() },
  sla: CARE_DEFAULTS.sla,
});

/** The SLA settings and the working-time calendar (holidays and make-up days) as stored now. */
export async function loadSlaCalendar(db: Knex): Promise<SlaCalendar> {
  const sla = await careSetting(db, 'sla');
  const rows: { day: string; kind: string }[] = await db('work_calendar_days').select('day', 'kind');
  const day = (d: unknown) => (d instanceof Date ? d.toISOString() : String(d)).slice(0, 10);
  const cal: WorkCalendar = {
    hours: sla,
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => day(r.day))),
    workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => day(r.day))),
  };
  const read = { cal, sla };
  lastRead.set(db, read);
  return read;
}

/** The calendar the last call read (weekdays and the default hours before any call). */
export function lastSlaCalendar(db: Knex): SlaCalendar {
  return lastRead.get(db) ?? fallback();
}

