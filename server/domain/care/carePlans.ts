import type { Row, RowsHook } from '../../resources/types.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { badRequest } from '../../errors.js';
import { forbidden } from '../../auth/policy.js';
import { isManager } from '../../resources/access.js';
import { checkDateOrder } from '../dates.js';

/**
 * A care plan (客户维护方案) is drafted, reviewed by a colleague other than the person responsible, approved by a
 * CS manager, then carried out and evaluated. What was approved (measures, budget, whom, when) stays as approved
 * unless a manager sends the plan back to draft; evaluating it takes the evaluation.
 */
const FLOW: Record<string, readonly string[]> = {
  draft: ['reviewed'],
  reviewed: ['draft', 'approved'],
  approved: ['draft', 'in_progress'],
  in_progress: ['evaluated'],
  evaluated: [],
};

const APPROVED_CONTENT = ['customer_id', 'segment_id', 'methods', 'measures', 'responsible_id', 'budget', 'start_date', 'end_date'] as const;

/** A plan is for a customer or a segment, and ends after it starts. */
export function checkCarePlan(record: Row): Record<string, Reason> | null {
  const errors: Record<string, Reason> = { ...checkDateOrder(record, 'start_date', 'end_date') };
  if (record.customer_id == null && record.segment_id == null) errors.customer_id = reason('customer_or_segment');
  return Object.keys(errors).length ? errors : null;
}

const same = (a: unknown, b: unknown) => (a == null && b == null) || String(a) === String(b);

/** Checks each plan's step and stamps who reviewed and approved it (cleared when it goes back to draft). */
export const checkCarePlanChanges: RowsHook = async (trx, changes, ctx) => {
  const stamp = new Date().toISOString();
  for (const { before, after } of changes) {
    if (!after) continue;
    const from = before ? String(before.status) : null;
    const to = String(after.status);
    if (from === null && to !== 'draft') throw badRequest({ status: reason('status_flow', { from: '-', to }) });
    if (from !== null && from !== to && !FLOW[from]?.includes(to)) throw badRequest({ status: reason('status_flow', { from, to }) });
    if (before && from !== null && ['approved', 'in_progress', 'evaluated'].includes(from) && to !== 'draft') {
      for (const field of APPROVED_CONTENT) if (!same(before[field], after[field])) throw badRequest({ [field]: reason('plan_frozen') });
    }
    if (from === to) continue;
    if (to === 'reviewed' && after.responsible_id != null && Number(after.responsible_id) === ctx.actor.id) throw badRequest({ status: reason('own_review') });
    if ((to === 'approved' || (to === 'draft' && from === 'approved')) && !isManager(ctx.actor.role)) throw forbidden({ status: reason('managers_only') });
    if (to === 'evaluated' && !String(after.evaluation ?? '').trim()) throw badRequest({ evaluation: reason('required') });
    const stamps: Row =
      to === 'reviewed' ? { reviewed_by_id: ctx.actor.id, reviewed_at: stamp }
      : to === 'approved' ? { approved_by_id: ctx.actor.id, approved_at: stamp }
      : to === 'draft' ? { reviewed_by_id: null, reviewed_at: null, approved_by_id: null, approved_at: null }
      : {};
    if (Object.keys(stamps).length) await trx('care_plans').where({ id: after.id }).update(stamps);
  }
};
