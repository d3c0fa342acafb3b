import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { complaintsDef } from './def.js';
import { AppError, badRequest } from '../../errors.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { parseFieldValue } from '../../rest/fieldValue.js';
import { validateRecord } from '../../rest/validate.js';
import { assertCan, assertInScope } from '../../auth/policy.js';
import { recordChange, type AuditContext } from '../audit.js';
import { addWorkingTime, HOUR_MS } from './workingTime.js';
import { loadSlaCalendar, type SlaCalendar } from './calendar.js';
import { checkStep, type StepInput } from './flow.js';
import { NEXT_STEPS } from './flowSteps.js';
import { pauseChange, resumeChange } from './sla.js';
import { logStep } from './stepLog.js';

type Load = (trx: Knex, id: number) => Promise<Row>;
/** Writes a step's columns on the complaint (not through the generic update, which refuses them) and audits them. */
export async function applyChange(trx: Knex, ctx: AuditContext, load: Load, before: Row, changes: Row, at: string): Promise<Row> {
  const id = Number(before.id);
  const n = await trx('complaints').where({ id, version: before.version }).update({ ...changes, updated_at: at, version: Number(before.version) + 1 });
  if (n !== 1) throw new AppError(409, 'conflict');
  const after = await load(trx, id);
  await recordChange(trx, ctx, complaintsDef(), 'update', before, after);
  return after;
}

const objectOf = (body: unknown): Row => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest({ body: reason('not_object') });
  return body as Row;
};

const NOTE = { type: 'string', max: 1000 } as const;

/** The step request checked field by field, in the complaint fields' own terms. */
function parseStep(body: Row): StepInput {
  const errors: Record<string, Reason> = {};
  const steps = [...new Set(Object.values(NEXT_STEPS).flat())];
  if (typeof body.to !== 'string' || !steps.includes(body.to)) errors.to = reason('not_in_list', { options: steps.join(', ') });
  const field = (name: keyof StepInput) => {
    const def = name === 'note' ? NOTE : complaintsDef().fields[name];
    const parsed = parseFieldValue({ ...def, required: false }, body[name]);
    if (parsed.ok) return parsed.value;
    errors[name] = parsed.reason;
    return null;
  };
  const input: StepInput = {
    to: String(body.to),
    note: field('note') as string | null,
    department: field('department') as string | null,
    handler_id: field('handler_id') as number | null,
    resolution: field('resolution') as string | null,
    customer_feedback: field('customer_feedback') as string | null,
    rectification_notice: field('rectification_notice') as string | null,
  };
  if (Object.keys(errors).length) throw badRequest(errors);
  return input;
}

async function guarded(trx: Knex.Transaction, ctx: AuditContext, load: Load, id: number): Promise<Row> {
  assertCan(ctx.actor, complaintsDef(), 'update');
  const before = await load(trx, id);
  await assertInScope(trx, complaintsDef(), ctx.actor, before);
  return before;
}

/** A paused clock restarts when the complaint moves on: the step is the team's answer. */
async function resumeIfPaused(trx: Knex, ctx: AuditContext, load: Load, s: SlaCalendar, before: Row, now: Date): Promise<Row> {
  if (!before.paused_at) return before;
  const at = now.toISOString();
  const after = await applyChange(trx, ctx, load, before, resumeChange(s, before, now), at);
  await logStep(trx, Number(before.id), { action: 'resume', from: String(before.status), to: String(before.status), actorId: ctx.actor.id, at });
  return after;
}

/** POST /complaints/:id/step: moves a complaint one step on its flow, with what that step needs; one transaction. */
export async function takeStep(db: Knex, load: Load, id: number, body: unknown, ctx: AuditContext, now = new Date()): Promise<void> {
  const input = parseStep(objectOf(body));
  const s = await loadSlaCalendar(db);
  await db.transaction(async (trx) => {
    let before = await guarded(trx, ctx, load, id);
    const resolveDue = () => addWorkingTime(s.cal, now, s.sla.resolve_hours * HOUR_MS).toISOString();
    const check = checkStep(before, input, ctx.actor, now, resolveDue);
    if (!check.ok) throw new AppError(check.status, check.status === 403 ? 'forbidden' : 'invalid', check.errors);
    const changed = Object.fromEntries(Object.entries(check.changes).filter(([k]) => k === 'department' || k === 'handler_id'));
    await validateRecord(trx, complaintsDef(), { ...before, ...check.changes }, changed, id);
    before = await resumeIfPaused(trx, ctx, load, s, before, now);
    const at = now.toISOString();
    await applyChange(trx, ctx, load, before, check.changes, at);
    await logStep(trx, id, { action: 'transition', from: String(before.status), to: input.to, actorId: ctx.actor.id, at, note: input.note });
  });
}

const noteOf = (body: Row): string | null => {
  const parsed = parseFieldValue(NOTE, body.note);
  if (!parsed.ok) throw badRequest({ note: parsed.reason });
  return parsed.value as string | null;
};

/** POST /complaints/:id/pause and /resume: the clocks stop while the team waits for the customer. */
export async function setPaused(db: Knex, load: Load, id: number, paused: boolean, body: unknown, ctx: AuditContext, now = new Date()): Promise<void> {
  const note = noteOf(body == null ? {} : objectOf(body));
  if (paused && !note) throw badRequest({ note: reason('required') });
  const s = await loadSlaCalendar(db);
  await db.transaction(async (trx) => {
    const before = await guarded(trx, ctx, load, id);
    const at = now.toISOString();
    await applyChange(trx, ctx, load, before, paused ? pauseChange(before, now) : resumeChange(s, before, now), at);
    const status = String(before.status);
    await logStep(trx, id, { action: paused ? 'pause' : 'resume', from: status, to: status, actorId: ctx.actor.id, at, note });
  });
}
