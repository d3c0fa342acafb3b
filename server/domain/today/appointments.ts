import type { Knex } from 'knex';
import { roleGroups } from '../../resources/access.js';
import { chinaDay } from '../chinaTime.js';
import type { SectionQuery } from './section.js';
import { CUSTOMER_COLUMNS, customerOf } from './section.js';
import type { TodayWindow } from './window.js';

const iso = (v: unknown): string => new Date(v instanceof Date ? v : String(v)).toISOString();

/**
 * Appointments to remind (still scheduled, booked for today or tomorrow) and today's expected arrivals (already
 * reminded, booked for today), in the order of the day.
 */
export function appointmentsDue(w: TodayWindow): SectionQuery {
  return {
    resource: 'appointments',
    assignee: 'appointments.advisor_id',
    // the advisors are sales staff: reminding their customers is the CS team's shared job, so a CS member's own
    // list keeps every appointment not booked with another CS member
    mine: (qb, actor, db) => qb.where((w) => w.where('appointments.advisor_id', actor.id).orWhereNull('appointments.advisor_id')
      .orWhereNotIn('appointments.advisor_id', db('users').select('id').whereIn('role', [...roleGroups.CS]).whereNot('id', actor.id))),
    rows: (db: Knex) => db('appointments')
      .leftJoin('customers', 'customers.id', 'appointments.customer_id')
      .where((q) => q
        .where((s) => s.where('appointments.status', 'scheduled')
          .where('appointments.scheduled_at', '>=', w.todayStart).where('appointments.scheduled_at', '<', w.dayAfterStart))
        .orWhere((s) => s.where('appointments.status', 'reminded')
          .where('appointments.scheduled_at', '>=', w.todayStart).where('appointments.scheduled_at', '<', w.tomorrowStart))),
    select: [
      'appointments.id', 'appointments.version', 'appointments.appointment_type', 'appointments.status', 'appointments.scheduled_at',
      'appointments.advisor_id', ...CUSTOMER_COLUMNS,
    ],
    order: (qb) => qb.orderBy([{ column: 'appointments.scheduled_at', order: 'asc' }, { column: 'appointments.id', order: 'asc' }]),
    item: (r, actor) => {
      const at = iso(r.scheduled_at);
      return {
        id: Number(r.id), version: Number(r.version),
        what: { enum: 'appointment_type', value: String(r.appointment_type) },
        customer: customerOf(r, actor), day: chinaDay(at), at,
        state: r.status === 'scheduled' ? 'to_remind' : 'expected',
        detail: { status: r.status, advisor_id: r.advisor_id ?? null },
      };
    },
  };
}
