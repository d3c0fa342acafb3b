import type { RowsHook } from '../../resources/types.js';
import { badRequest } from '../../errors.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { loadSlaCalendar } from './calendar.js';
import { dueDates } from './sla.js';
import { STEP_FIELDS } from './flow.js';
import { logStep } from './stepLog.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const iso = (v: unknown) => new Date(v as string).toISOString();

/**
 * Generic writes (the form, bulk edits, imports) cannot move a complaint along its flow: a new complaint is
 * received, and its status and the fields a step sets change only through POST /complaints/:id/step. A new
 * complaint gets its SLA deadlines and the first line of its history; a changed receipt time moves the deadlines.
 */
export const guardComplaintWrites: RowsHook = async (trx, changes, ctx) => {
  let cal: Awaited<ReturnType<typeof loadSlaCalendar>> | null = null;
  const calendar = async () => (cal ??= await loadSlaCalendar(trx));
  for (const { before, after } of changes) {
    if (!after) continue;
    const id = Number(after.id);
    const errors: Record<string, Reason> = {};
    for (const f of STEP_FIELDS) {
      const refused = before ? !same(before[f], after[f]) : f === 'status' ? (after[f] ?? 'received') !== 'received' : f !== 'department' && after[f] != null;
      if (refused) errors[f] = reason('use_complaint_step', { id: before ? id : ':id' });
    }
    if (Object.keys(errors).length) throw badRequest(errors);
    if (!before) {
      const at = new Date().toISOString();
      await trx('complaints').where({ id }).update({ status: 'received', ...dueDates(await calendar(), new Date(after.received_at as string)) });
      await logStep(trx, id, { action: 'create', from: null, to: 'received', actorId: ctx.actor.id, at });
    } else if (!same(iso(before.received_at), iso(after.received_at)) && !after.responded_at) {
      await trx('complaints').where({ id }).update(dueDates(await calendar(), new Date(after.received_at as string)));
    }
  }
};

