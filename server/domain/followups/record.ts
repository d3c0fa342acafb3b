import type { Knex } from 'knex';
import { z } from 'zod';
import { AppError, badRequest } from '../../errors.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { getResource } from '../../resources/index.js';
import { enums } from '../../resources/enums.js';
import type { Row } from '../../resources/types.js';
import { serialize } from '../../rest/serialize.js';
import { recordChange, type AuditContext } from '../audit.js';
import { errorsOf } from '../zodReasons.js';
import { careSetting } from '../care/settings.js';
import { checkAnswers, loadTemplate, recommendKey, type SurveyTemplate } from '../surveys/templates.js';
import { isDetractor, outcomeOf, overallFrom } from '../surveys/scoring.js';
import { addDays, chinaDay } from '../chinaTime.js';
import { openComplaintDraft } from './complaintDraft.js';
import { inviteToOwnersClub, type Invitation } from './invitation.js';

const channels = enums.follow_up_channel;
const outcomes = enums.follow_up_outcome;

const attemptBody = z.object({
  reached: z.boolean(),
  channel: z.enum(channels).optional(),
  script: z.string().max(2000).nullish(),
  notes: z.string().max(4000).nullish(),
  survey_template_id: z.number().int().positive().nullish(),
  scores: z.unknown().optional(),
  // checked with the scores, so one answer names every wrong score at once
  overall_score: z.unknown().optional(),
  outcome: z.enum(outcomes).nullish(),
  version: z.number().int().optional(),
}).strict();

export type AttemptBody = z.infer<typeof attemptBody>;

export interface RecordResult {
  follow_up: Row;
  /** retry: not reached, called again on `next_due_date`; not_reached: the last allowed attempt failed; done: reached */
  result: 'retry' | 'not_reached' | 'done';
  next_due_date: string | null;
  complaint: { id: number; title: string } | null;
  invitation: Invitation | null;
  /** very satisfied, but no owners' club event is coming up to invite the customer to */
  no_owners_event: boolean;
}

function parse(body: unknown): AttemptBody {
  const r = attemptBody.safeParse(body ?? {});
  if (r.success) return r.data;
  const errors: Record<string, Reason> = {};
  errorsOf(r.error, '', errors);
  throw badRequest(errors);
}

/** Scores with no template: any given are 1–5 service items (the generic form's score map). */
function freeScores(raw: unknown): { scores: Record<string, number>; errors: Record<string, Reason> } {
  if (raw == null) return { scores: {}, errors: {} };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { scores: {}, errors: { scores: reason('not_object') } };
  const scores: Record<string, number> = {};
  const errors: Record<string, Reason> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) scores[k] = v;
    else errors[`scores.${k}`] = reason('score_range', { min: 1, max: 5 });
  }
  return { scores, errors };
}

interface Scored {
  scores: Record<string, number>;
  overall: number;
  npsScore: number | null;
  template: SurveyTemplate | null;
}

/** The reached call's answers checked whole: 400 by field and nothing written when any is wrong. */
async function scoresOf(trx: Knex, followUp: Row, body: AttemptBody): Promise<Scored> {
  const template = await loadTemplate(trx, body.survey_template_id ?? followUp.survey_template_id);
  const errors: Record<string, Reason> = {};
  if (body.survey_template_id != null && !template) errors.survey_template_id = reason('no_such_record', { resource: 'survey_templates' });
  const checked = template ? checkAnswers(template, body.scores ?? {}) : freeScores(body.scores);
  Object.assign(errors, checked.errors);
  const given = body.overall_score;
  const wellFormed = typeof given === 'number' && Number.isInteger(given) && given >= 1 && given <= 5;
  if (given != null && !wellFormed) errors.overall_score = reason('score_range', { min: 1, max: 5 });
  const overall = wellFormed ? given : template ? overallFrom(template.scale, Object.values(checked.scores)) : null;
  if (overall == null) errors.overall_score ??= reason('required');
  if (Object.keys(errors).length) throw badRequest(errors);
  const key = template ? recommendKey(template) : null;
  return { scores: checked.scores, overall: overall as number, npsScore: key ? checked.scores[key] ?? null : null, template };
}

/**
 * Records one attempt at a follow-up, in one transaction. Not reached: the attempt is counted and the call
 * moved `retry_after_days` on, until `max_attempts` make it not_reached. Reached: done today with the survey's
 * scores (every item, in the scale's range) and an overall 1–5 (given, or the items' mean); an overall below
 * `complaint_below` or an NPS detractor opens a complaint draft linked both ways; an overall from
 * `very_satisfied_from` invites the customer to the next owners' club event.
 */
export async function recordAttempt(db: Knex, id: number, rawBody: unknown, ctx: AuditContext, now = new Date()): Promise<RecordResult> {
  const body = parse(rawBody);
  const def = getResource('follow_ups');
  if (!def) throw new AppError(404, 'unknown_resource');
  const settings = await careSetting(db, 'follow_up');
  const today = chinaDay(now);
  return db.transaction(async (trx) => {
    const before = await trx('follow_ups').where({ id }).first();
    if (!before) throw new AppError(404, 'not_found');
    if (before.status !== 'pending') throw badRequest({ status: reason('follow_up_closed', { status: String(before.status) }) });
    if (body.version !== undefined && body.version !== Number(before.version)) throw new AppError(409, 'conflict');
    const attempts = Number(before.attempts ?? 0) + 1;
    const common: Row = {
      attempts, last_attempt_at: now.toISOString(), channel: body.channel ?? before.channel,
      notes: body.notes ?? before.notes ?? null, script: body.script ?? before.script ?? null,
      updated_at: now.toISOString(), version: Number(before.version) + 1,
    };
    const out: Omit<RecordResult, 'follow_up'> = { result: 'done', next_due_date: null, complaint: null, invitation: null, no_owners_event: false };
    let changes: Row;
    if (!body.reached) {
      const last = attempts >= settings.max_attempts;
      out.result = last ? 'not_reached' : 'retry';
      out.next_due_date = last ? null : addDays(today, settings.retry_after_days);
      changes = { ...common, reached: false, ...(last ? { status: 'not_reached' } : { due_date: out.next_due_date }) };
    } else {
      const s = await scoresOf(trx, before, body);
      changes = {
        ...common, reached: true, status: 'done', done_date: today, scores: JSON.stringify(s.scores), overall_score: s.overall,
        outcome: body.outcome ?? outcomeOf(s.overall), survey_template_id: s.template?.id ?? null,
        answers: JSON.stringify({ template_id: s.template?.id ?? null, scale: s.template?.scale ?? 'five', nps: s.npsScore }),
      };
      const unhappy = s.overall < settings.complaint_below || (s.npsScore !== null && isDetractor(s.npsScore));
      if (unhappy) {
        const customer = await trx('customers').where({ id: before.customer_id }).first('name');
        out.complaint = await openComplaintDraft(trx, {
          followUp: before, customerName: String(customer?.name ?? ''), template: s.template, scores: s.scores, overall: s.overall,
          npsScore: s.npsScore, notes: body.notes ?? null, now,
        }, ctx);
        changes.complaint_id = out.complaint.id;
      } else if (s.overall >= settings.very_satisfied_from) {
        out.invitation = await inviteToOwnersClub(trx, Number(before.customer_id), String(changes.channel), now, ctx);
        out.no_owners_event = out.invitation === null;
      }
    }
    const n = await trx('follow_ups').where({ id, version: before.version }).update(changes);
    if (n !== 1) throw new AppError(409, 'conflict');
    const after = serialize(def, await trx('follow_ups').where({ id }).first());
    await recordChange(trx, ctx, def, 'update', serialize(def, before), after);
    return { follow_up: after, ...out };
  });
}
