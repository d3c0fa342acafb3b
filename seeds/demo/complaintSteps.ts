import type { Knex } from 'knex';
import type { Row } from './context.js';

const time = (v: unknown): number | null => (v == null ? null : new Date(v as string).getTime());
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Each demo complaint's history, read back from the complaints just written: received, then each step its
 * timestamps say it took (confirmed by the manager, the rest by its handler), a reopening and an escalation.
 */
export async function complaintStepRows(trx: Knex): Promise<Row[]> {
  const complaints: Row[] = await trx('complaints')
    .whereNotExists(trx('complaint_steps').whereRaw('complaint_steps.complaint_id = complaints.id').select('id')).orderBy('id')
    .select('id', 'status', 'handler_id', 'received_at', 'confirmed_at', 'confirmed_by_id', 'assigned_at', 'resolved_at', 'feedback_at', 'closed_at', 'escalated_at', 'updated_at');
  let id = Number((await trx('complaint_steps').max({ m: 'id' }).first())?.m ?? 0);
  const rows: Row[] = [];
  for (const c of complaints) {
    const handler = c.handler_id ?? null;
    const path: [string | null, string, unknown, unknown][] = [
      [null, 'received', c.received_at, handler], ['received', 'confirmed', c.confirmed_at, c.confirmed_by_id], ['confirmed', 'assigned', c.assigned_at, handler],
      ['assigned', 'resolved', c.resolved_at, handler], ['resolved', 'feedback', c.feedback_at, handler], ['feedback', 'closed', c.closed_at, handler],
    ];
    if (c.status === 'reopened') path.push(['feedback', 'reopened', c.updated_at, handler]);
    const add = (action: string, from: string | null, to: string, at: number, actor: unknown, note: string | null = null) => {
      rows.push({ id: (id += 1), complaint_id: c.id, action, from_status: from, to_status: to, actor_id: actor ?? null, at: iso(at), note, created_at: iso(at), updated_at: iso(at), version: 1 });
    };
    for (const [from, to, at, actor] of path) {
      const ms = time(at);
      if (ms !== null) add(from === null ? 'create' : 'transition', from, to, ms, actor);
    }
    const escalated = time(c.escalated_at);
    if (escalated !== null) add('escalate', String(c.status), String(c.status), escalated, null);
  }
  return rows;
}
