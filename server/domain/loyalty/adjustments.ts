import type { Knex } from 'knex';
import type { RowsHook } from '../../resources/types.js';
import type { AuditContext } from '../audit.js';
import { writeAudit } from '../audit.js';
import { AppError, badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { forbidden } from '../../auth/policy.js';
import { isManager } from '../../resources/access.js';
import { addEntry } from './ledger.js';
import { loadRules } from './rules.js';

/**
 * Manual adjustments (maker–checker): one of up to the manager's threshold (either sign) counts at once;
 * a larger one waits as `pending` until a cs_manager or admin other than its maker approves it (then its
 * entry is written, if the balance allows) or rejects it. Adjustments are never edited nor deleted.
 */
export const afterAdjustmentRows: RowsHook = async (trx, changes, ctx) => {
  const { rules } = await loadRules(trx);
  for (const { before, after } of changes) {
    if (before || !after) continue;
    const id = Number(after.id);
    const points = Number(after.points);
    if (points === 0) throw badRequest({ points: reason('not_zero') });
    const set: Record<string, unknown> = { requested_by_id: ctx.actor.id };
    if (Math.abs(points) <= rules.approval_threshold) {
      set.entry_id = await entryFor(trx, id, Number(after.customer_id), points, String(after.note), ctx.actor.id);
      Object.assign(set, { status: 'approved', decided_by_id: ctx.actor.id, decided_at: new Date().toISOString() });
    }
    await trx('point_adjustments').where({ id }).update(set);
  }
};

function entryFor(trx: Knex.Transaction, adjustmentId: number, customerId: number, points: number, note: string, author: number | null) {
  return addEntry(trx, {
    customer_id: customerId, points, reason: 'adjustment', source_type: 'point_adjustments', source_id: adjustmentId, note, author_id: author,
  }, { field: 'points' });
}

/** Approves or rejects a pending adjustment; the status moves by a conditional update, so two deciders cannot both act. */
export async function decideAdjustment(db: Knex, id: number, decision: 'approve' | 'reject', note: unknown, ctx: AuditContext): Promise<void> {
  if (!isManager(ctx.actor.role)) throw forbidden();
  if (note != null && (typeof note !== 'string' || note.length > 500)) throw badRequest({ note: reason('too_long', { max: 500 }) });
  await db.transaction(async (trx) => {
    const row = await trx('point_adjustments').where({ id }).first();
    if (!row) throw new AppError(404, 'not_found');
    if (row.status !== 'pending') throw badRequest({ status: reason('not_pending', { status: String(row.status) }) });
    if (Number(row.requested_by_id) === ctx.actor.id) throw badRequest({ decided_by_id: reason('own_request') });
    const stamp = new Date().toISOString();
    const status = decision === 'approve' ? 'approved' : 'rejected';
    const set: Record<string, unknown> = {
      status, decided_by_id: ctx.actor.id, decided_at: stamp, decision_note: (note as string | undefined)?.trim() || null,
      updated_at: stamp, version: Number(row.version) + 1,
    };
    if (decision === 'approve') {
      set.entry_id = await entryFor(trx, id, Number(row.customer_id), Number(row.points), String(row.note), ctx.actor.id);
    }
    const n = await trx('point_adjustments').where({ id, status: 'pending' }).update(set);
    if (n !== 1) throw badRequest({ status: reason('not_pending', { status: 'decided' }) });
    await writeAudit(trx, ctx, {
      action: 'update', resource: 'point_adjustments', recordId: id, title: String(row.note).slice(0, 200),
      changes: { status: { from: 'pending', to: status }, decided_by_id: { from: null, to: ctx.actor.id } },
    });
  });
}
