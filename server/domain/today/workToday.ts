import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { ownCustomersOnly } from '../../auth/roles.js';
import { careSetting } from '../care/settings.js';
import { loadSlaCalendar } from '../complaints/calendar.js';
import { dueSoonUntil } from '../complaints/sla.js';
import { readSection, type SectionQuery } from './section.js';
import { todayWindow } from './window.js';
import { followUpsDue } from './followUps.js';
import { complaintsAtRisk } from './complaints.js';
import { appointmentsDue } from './appointments.js';
import { greetingsToSend } from './greetings.js';
import { eventTasksDue } from './eventTasks.js';
import type { SectionName, TodayScope, WorkToday } from './types.js';

/** At most this many items per section; the totals still count them all. */
export const TODAY_CAP = 50;

/**
 * The signed-in person's queue for today: each section counted and capped, and only what their role may read
 * (event tasks are the CS team's; a sales consultant sees their own customers' items, whoever is assigned).
 */
export async function workToday(db: Knex, actor: Actor, now: Date, scope: TodayScope = 'mine', cap = TODAY_CAP): Promise<WorkToday> {
  const [greetings, calendar] = await Promise.all([careSetting(db, 'greetings'), loadSlaCalendar(db)]);
  const w = todayWindow(now, greetings.days_ahead, dueSoonUntil(calendar, now));
  const ownCustomers = ownCustomersOnly.includes(actor.role);
  const queries: [SectionName, SectionQuery][] = [
    ['follow_ups_overdue', followUpsDue(w, 'overdue')],
    ['follow_ups_today', followUpsDue(w, 'today')],
    ['complaints', complaintsAtRisk(w)],
    ['appointments', appointmentsDue(w)],
    ['greetings', greetingsToSend(w)],
    ['event_tasks', eventTasksDue(w)],
  ];
  const sections: WorkToday['sections'] = {};
  // one section after another: SQLite has a single connection, and six small queries need no more
  for (const [name, q] of queries) {
    const section = await readSection(db, q, actor, ownCustomers ? null : scope, cap);
    if (section) sections[name] = section;
  }
  return { today: w.today, scope: ownCustomers ? 'own_customers' : scope, can_toggle: !ownCustomers, cap, sections };
}
