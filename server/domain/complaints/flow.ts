import type { Row } from '../../resources/types.js';
import type { Role } from '../../auth/roles.js';
import { isManager } from '../../resources/access.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { NEXT_STEPS, STEP_REQUIRES } from './flowSteps.js';

/** What a step asks for, besides `to`; the same names as the complaint's fields (see flowSteps.ts for the flow). */
export interface StepInput {
  to: string;
  note: string | null;
  department: string | null;
  handler_id: number | null;
  resolution: string | null;
  customer_feedback: string | null;
  rectification_notice: string | null;
}

export type StepCheck = { ok: true; changes: Row } | { ok: false; status: 400 | 403; errors: Record<string, Reason> };

/**
 * Whether `actor` may move a complaint from its state in `before` to `input.to`, and the columns that step sets.
 * `resolveDueAt` is the new resolve deadline a reopened complaint gets.
 */
export function checkStep(before: Row, input: StepInput, actor: { id: number; role: Role }, now: Date, resolveDueAt: () => string): StepCheck {
  const from = String(before.status);
  const { to } = input;
  const next = NEXT_STEPS[from] ?? [];
  if (!next.includes(to)) {
    const r = to === 'closed' && from === 'resolved'
      ? reason('needs_feedback')
      : reason('complaint_step', { from, to, next: next.join(', ') || '-' });
    return { ok: false, status: 400, errors: { to: r } };
  }
  if (to === 'confirmed' && !isManager(actor.role)) return { ok: false, status: 403, errors: { to: reason('confirm_by_manager') } };
  const errors: Record<string, Reason> = {};
  for (const f of STEP_REQUIRES[to] ?? []) if (input[f] == null || String(input[f]).trim() === '') errors[f] = reason('required');
  if (Object.keys(errors).length) return { ok: false, status: 400, errors };

  const at = now.toISOString();
  const changes: Row = { status: to };
  switch (to) {
    case 'confirmed':
      Object.assign(changes, { confirmed_at: at, confirmed_by_id: actor.id, responded_at: before.responded_at ?? at });
      break;
    case 'assigned':
      Object.assign(changes, { assigned_at: at, department: input.department });
      if (input.handler_id != null) changes.handler_id = input.handler_id;
      if (input.rectification_notice != null) changes.rectification_notice = input.rectification_notice;
      break;
    case 'resolved':
      Object.assign(changes, { resolved_at: at, resolution: input.resolution });
      break;
    case 'feedback':
      Object.assign(changes, { feedback_at: at, customer_feedback: input.customer_feedback });
      break;
    case 'closed':
      changes.closed_at = at;
      break;
    case 'reopened':
      // a new round: a new resolve deadline, and the escalation of the last round no longer counts (the last
      // resolution and feedback stay as they were until the new ones replace them)
      Object.assign(changes, {
        closed_at: null, escalated_at: null, escalated_to_id: null,
        reopened_count: Number(before.reopened_count ?? 0) + 1, resolve_due_at: resolveDueAt(),
      });
      break;
  }
  return { ok: true, changes };
}

/** Fields only the steps change: a generic write naming them is refused and pointed at the step endpoint. */
export const STEP_FIELDS = ['status', 'department', 'resolution', 'customer_feedback'] as const;
