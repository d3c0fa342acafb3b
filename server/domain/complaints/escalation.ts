import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { complaintsDef } from './def.js';
import { recordChange, type AuditContext } from '../audit.js';
import { logStep } from './stepLog.js';
import { OPEN_STATUSES } from './slaState.js';

export interface EscalationSummary {
  escalated: number;
  ids: number[];
  /** the manager they went to (null when there is no active CS manager: nothing is escalated then) */
  manager_id: number | null;
}

/** The scheduler is no user: its audit rows name none (user_id is nullable for that). */
const SCHEDULER: AuditContext = { actor: { id: null as unknown as number, username: 'scheduler', name: 'scheduler', role: 'admin', department: null } };

/**
 * The sweep the scheduler runs (and a manager can run now): every open complaint whose running clock has passed
 * its deadline, not paused and not escalated in this round, goes to a CS manager — the first active one, since
 * who manages whom is not recorded. Idempotent: an escalated complaint is not escalated again until it is reopened.
 */
export async function escalateBreached(db: Knex, now: Date, ctx?: AuditContext): Promise<EscalationSummary> {
  const at = now.toISOString();
  return db.transaction(async (trx) => {
    const manager: Row | undefined = await trx('users').where({ role: 'cs_manager', active: true }).orderBy('id').first('id', 'username', 'name');
    if (!manager) return { escalated: 0, ids: [], manager_id: null };
    const due: Row[] = await trx('complaints')
      .whereIn('status', [...OPEN_STATUSES]).whereNull('paused_at').whereNull('escalated_at')
      .where((w) => {
        w.where((q) => q.where((r) => r.whereNull('responded_at').orWhere('status', 'received')).where('first_response_due_at', '<', at))
          .orWhere((q) => q.whereNotNull('responded_at').whereNot('status', 'received').where('resolve_due_at', '<', at));
      })
      .orderBy('id')
      .select('*');
    const audit: AuditContext = ctx ?? SCHEDULER;
    const ids: number[] = [];
    for (const before of due) {
      const id = Number(before.id);
      const n = await trx('complaints').where({ id, version: before.version }).whereNull('escalated_at')
        .update({ escalated_at: at, escalated_to_id: manager.id, updated_at: at, version: Number(before.version) + 1 });
      if (n !== 1) continue;
      const clock = !before.responded_at || before.status === 'received' ? 'first_response' : 'resolve';
      await logStep(trx, id, { action: 'escalate', from: String(before.status), to: String(before.status), actorId: ctx?.actor.id ?? null, at, note: `${clock} → ${String(manager.name ?? manager.username)}` });
      await recordChange(trx, audit, complaintsDef(), 'update', before, { ...before, escalated_at: at, escalated_to_id: manager.id });
      ids.push(id);
    }
    return { escalated: ids.length, ids, manager_id: Number(manager.id) };
  });
}
