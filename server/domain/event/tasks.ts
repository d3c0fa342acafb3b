import type { Knex } from 'knex';
import type { Row, RowChange, RowsHook } from '../../resources/types.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { badRequest } from '../../errors.js';
import { forbidden } from '../../auth/policy.js';
import { isManager } from '../../resources/access.js';

/**
 * An event's project schedule (项目进度表): each task has a responsible person (负责人) and a checker (检核人).
 * Status: todo → doing → done → checked (检核通过); done may be reopened to doing or todo. Only the task's
 * checker or a manager passes the check, and only once the task is done; after that only a manager touches
 * it (to send it back, say). A done or cancelled event takes no new tasks and no reopened ones.
 */

const OPEN = new Set(['todo', 'doing']);
const FINISHED = new Set(['done', 'checked']);
const CLOSED_EVENT = new Set(['done', 'cancelled']);

/** The checker checks someone else's work: the same person in both roles checks nothing. */
export function checkTaskPeople(record: Row): Record<string, Reason> | null {
  const r = record.responsible_id;
  const c = record.checker_id;
  if (r != null && c != null && Number(r) === Number(c)) return { checker_id: reason('checker_is_responsible') };
  return null;
}

/** `person`: the tasks someone does or checks (我的任务), in one list the field filters cannot express. */
export const taskFilters: Record<string, (qb: Knex.QueryBuilder, value: unknown) => void> = {
  person: (qb, value) => {
    if (!/^[1-9]\d{0,11}$/.test(String(value))) throw badRequest({ person: reason('not_id') });
    const id = Number(value);
    qb.where((w) => w.where('event_tasks.responsible_id', id).orWhere('event_tasks.checker_id', id));
  },
};

const statusOf = (row: Row | null): string | null => (row ? String(row.status) : null);

/** Who may write this change at all, judged on the row alone (no reads). */
function checkOne({ before, after }: RowChange, actor: { id: number; manager: boolean }): void {
  const from = statusOf(before);
  const to = statusOf(after);
  if (from === 'checked' && !actor.manager) throw forbidden({ status: reason('task_checked') });
  if (to === 'checked' && from !== 'checked') {
    if (from !== 'done') throw badRequest({ status: reason('task_needs_done') });
    // the checker named before this change: naming oneself checker and passing in one go checks nothing
    if (!actor.manager && Number(before?.checker_id) !== actor.id) throw forbidden({ status: reason('task_checker_only') });
  }
}

/** The field to blame when the change puts work on the event: a new task (or one moved there) or a reopened one. */
function addsWork({ before, after }: RowChange): 'event_id' | 'status' | null {
  if (!after) return null;
  if (!before || Number(before.event_id) !== Number(after.event_id)) return 'event_id';
  if (FINISHED.has(String(before.status)) && OPEN.has(String(after.status))) return 'status';
  return null;
}

async function closedEvents(trx: Knex.Transaction, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows: Row[] = await trx('events').whereIn('id', ids).select('id', 'status');
  return new Set(rows.filter((r) => CLOSED_EVENT.has(String(r.status))).map((r) => Number(r.id)));
}

/** Runs once per request or chunk of a bulk change or import: the role checks per row, the events' statuses in one read. */
export const checkTaskChanges: RowsHook = async (trx, changes, ctx) => {
  const actor = { id: ctx.actor.id, manager: isManager(ctx.actor.role) };
  for (const change of changes) checkOne(change, actor);
  const adding = changes.flatMap((c) => {
    const field = addsWork(c);
    return field && c.after ? [{ field, eventId: Number(c.after.event_id) }] : [];
  });
  const closed = await closedEvents(trx, [...new Set(adding.map((a) => a.eventId))]);
  const refused = adding.find((a) => closed.has(a.eventId));
  if (refused) throw badRequest({ [refused.field]: reason('task_event_closed') });
};
