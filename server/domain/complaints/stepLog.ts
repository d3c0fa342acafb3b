import type { Knex } from 'knex';

export type StepAction = 'create' | 'transition' | 'pause' | 'resume' | 'escalate';

/** One line of a complaint's history: who took which step when. */
export async function logStep(trx: Knex, complaintId: number, step: { action: StepAction; from: string | null; to: string | null; actorId: number | null; at: string; note?: string | null }): Promise<void> {
  await trx('complaint_steps').insert({
    complaint_id: complaintId, action: step.action, from_status: step.from, to_status: step.to, actor_id: step.actorId,
    at: step.at, note: step.note ? step.note.slice(0, 1000) : null, created_at: step.at, updated_at: step.at, version: 1,
  });
}
