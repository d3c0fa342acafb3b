import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { addWorkingTime, HOUR_MS, workingTimeBetween } from './workingTime.js';
import { lastSlaCalendar, type SlaCalendar } from './calendar.js';
import { OPEN_STATUSES, slaState, type SlaView } from './slaState.js';

const toDate = (v: unknown): Date => new Date(v as string);

/** Both deadlines of a complaint received at `received`: so many working hours later (settings key 'sla'). */
export function dueDates(s: SlaCalendar, received: Date): { first_response_due_at: string; resolve_due_at: string } {
  return {
    first_response_due_at: addWorkingTime(s.cal, received, s.sla.first_response_hours * HOUR_MS).toISOString(),
    resolve_due_at: addWorkingTime(s.cal, received, s.sla.resolve_hours * HOUR_MS).toISOString(),
  };
}

/** The instant up to which a deadline counts as "due soon": `warn_before_hours` of working time from now. */
export function dueSoonUntil(s: SlaCalendar, now: Date): Date {
  return addWorkingTime(s.cal, now, s.sla.warn_before_hours * HOUR_MS);
}

export interface SlaReading extends SlaView {
  /** working time left until the running clock's deadline; negative once it has passed; frozen while paused */
  remaining_ms: number | null;
  paused_ms: number;
}

/** A complaint's SLA as its page shows it: the state and how much working time is left. */
export function readSla(s: SlaCalendar, c: Row, now: Date): SlaReading {
  const view = slaState(c, now, dueSoonUntil(s, now));
  const from = c.paused_at ? toDate(c.paused_at) : now;
  const remaining = view.due_at ? workingTimeBetween(s.cal, from, new Date(view.due_at)) : null;
  return { ...view, remaining_ms: remaining, paused_ms: Number(c.paused_ms ?? 0) };
}

/** The change that stops a complaint's clocks while the team waits for the customer. */
export function pauseChange(c: Row, now: Date): Row {
  if (!(OPEN_STATUSES as readonly unknown[]).includes(c.status)) throw badRequest({ status: reason('sla_not_running', { status: String(c.status) }) });
  if (c.paused_at) throw badRequest({ paused_at: reason('sla_paused_already') });
  return { paused_at: now.toISOString() };
}

/** The change that restarts the clocks: both deadlines move on by the working time spent waiting. */
export function resumeChange(s: SlaCalendar, c: Row, now: Date): Row {
  if (!c.paused_at) throw badRequest({ paused_at: reason('sla_not_paused') });
  const waited = workingTimeBetween(s.cal, toDate(c.paused_at), now);
  const later = (due: unknown) => (due ? addWorkingTime(s.cal, toDate(due), waited).toISOString() : null);
  return {
    paused_at: null,
    paused_ms: Number(c.paused_ms ?? 0) + waited,
    first_response_due_at: later(c.first_response_due_at),
    resolve_due_at: later(c.resolve_due_at),
  };
}

/**
 * The list filter `sla`: 'breached', 'due_soon', or 'attention' (either), over open complaints whose clock runs.
 * A filter is built without reading the database, so "due soon" uses the calendar the last complaint call read.
 */
export function slaFilter(qb: Knex.QueryBuilder, value: unknown, db: Knex): void {
  if (value !== 'breached' && value !== 'due_soon' && value !== 'attention') {
    throw badRequest({ sla: reason('bad_choice', { options: 'breached, due_soon, attention' }) });
  }
  const now = new Date();
  const soon = dueSoonUntil(lastSlaCalendar(db), now).toISOString();
  const [lo, hi] = value === 'breached' ? [null, now.toISOString()] : value === 'due_soon' ? [now.toISOString(), soon] : [null, soon];
  const due = (q: Knex.QueryBuilder, column: string) => {
    if (lo !== null) q.where(column, '>', lo);
    q.where(column, '<=', hi);
  };
  qb.whereIn('complaints.status', [...OPEN_STATUSES]).whereNull('complaints.paused_at').where((w) => {
    w.where((q) => {
      q.where((r) => r.whereNull('complaints.responded_at').orWhere('complaints.status', 'received'));
      due(q, 'complaints.first_response_due_at');
    }).orWhere((q) => {
      q.whereNotNull('complaints.responded_at').whereNot('complaints.status', 'received');
      due(q, 'complaints.resolve_due_at');
    });
  });
}
