import type { Row, RowsHook } from '../resources/types.js';
import { reason, type Reason } from '../rest/reasons.js';
import { badRequest } from '../errors.js';
import { forbidden } from '../auth/policy.js';
import { isManager } from '../resources/access.js';
import { checkDateOrder } from './dates.js';
import { scheduleAfterEventFollowUps, type DoneEvent } from './event/afterEvent.js';

/** An event ends after it starts. */
export function checkEventDates(record: Row): Record<string, Reason> | null {
  return checkDateOrder(record, 'start_at', 'end_at');
}

/**
 * An event's life: draft → planned → approved → running → done, or cancelled on the way. Approving takes a
 * cs_manager or admin; a new event starts as a draft or planned; done and cancelled are final, dates included. A capacity
 * may not fall below the number who said yes.
 */
const FLOW: Record<string, readonly string[]> = {
  draft: ['planned', 'cancelled'],
  planned: ['draft', 'approved', 'cancelled'],
  approved: ['planned', 'running', 'cancelled'],
  running: ['done'],
  done: [],
  cancelled: [],
};

/**
 * Checks every change first, then schedules the after-event follow-ups of the events that just became done,
 * so a refused row in a bulk edit writes nothing at all.
 */
export const checkEventChanges: RowsHook = async (trx, changes, ctx) => {
  const done: DoneEvent[] = [];
  for (const { before, after } of changes) {
    if (!after) continue;
    const from = before ? String(before.status) : null;
    const to = String(after.status);
    if (from === null && !['draft', 'planned'].includes(to)) {
      throw badRequest({ status: reason('status_flow', { from: '-', to }) });
    }
    if (from !== null && from !== to && !FLOW[from]?.includes(to)) throw badRequest({ status: reason('status_flow', { from, to }) });
    if (from !== to && to === 'approved' && !isManager(ctx.actor.role)) throw forbidden({ status: reason('managers_only') });
    // a finished or cancelled event keeps its dates (the calendar cannot drag it elsewhere)
    if (before && (from === 'done' || from === 'cancelled')) {
      for (const f of ['start_at', 'end_at']) {
        if (String(before[f]) !== String(after[f])) throw badRequest({ [f]: reason('dates_fixed') });
      }
    }
    if (before && after.capacity != null && after.capacity !== before.capacity) {
      const yes = await trx('event_participants').where({ event_id: after.id, rsvp: 'yes' }).count({ n: '*' }).first();
      const confirmed = Number(yes?.n ?? 0);
      if (Number(after.capacity) < confirmed) throw badRequest({ capacity: reason('below_confirmed', { confirmed }) });
    }
    if (from !== null && from !== 'done' && to === 'done') {
      done.push({ id: Number(after.id), title: String(after.title), end_at: after.end_at, owner_id: after.owner_id });
    }
  }
  await scheduleAfterEventFollowUps(trx, done, ctx);
};
