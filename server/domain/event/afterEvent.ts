import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { AuditContext } from '../audit.js';
import type { Row } from '../../resources/types.js';
import { getResource } from '../../resources/index.js';
import { BatchInsert } from '../../db/batchInsert.js';
import { chunks, entryOf, writeAuditRows } from '../../rest/bulk/rows.js';
import { ruleFor } from '../followups/cadence.js';

/**
 * When an event is done, everyone it concerns gets a phone follow-up the next day (China time): attendees a
 * thank-you that asks for a 1–5 score, what they liked and whether they would bring a friend (the scorecard's
 * satisfaction); confirmed no-shows a "sorry we missed you" that offers the next event or a service
 * appointment. The customer's sales consultant calls, else the event's owner. Written in the status change's
 * transaction, and never twice for the same event and customer (a follow-up linked to the event counts,
 * whatever became of it), so reopening and closing an event again adds nobody.
 */
export interface DoneEvent {
  id: number;
  title: string;
  end_at: unknown;
  owner_id: unknown;
}

export type AfterEventGroup = 'attendee' | 'no_show';

const CHINA_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The day after the event ends, as a China-time calendar date (YYYY-MM-DD). */
export function followUpDay(endAt: unknown, days = 1): string {
  const end = Date.parse(endAt instanceof Date ? endAt.toISOString() : String(endAt));
  return new Date(end + CHINA_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** The call's script, in the data's language: what to say and what to ask, by group. */
export function afterEventScript(group: AfterEventGroup, customer: string, title: string): string {
  if (group === 'attendee') {
    return `${customer}您好，感谢您参加「${title}」！想占用您两分钟听听您的感受：`
      + '①您对本次活动整体打几分（1–5分，5分为非常满意）？②活动中您最喜欢哪个环节？'
      + '③下次有类似活动，您愿意带朋友或家人一起来吗？（记下评分，有推荐意向的请登记被推荐人）';
  }
  return `${customer}您好，「${title}」那天没能见到您，有些遗憾！希望您一切都好。`
    + '我们近期还会举办车主活动，方便的话下次给您发邀请好吗？'
    + '如果爱车需要保养或检测，也可以现在为您预约进店时间。（记下不能到场的原因和客户意向）';
}

interface Target {
  event_id: number;
  customer_id: number;
  name: string;
  owner_id: number | null;
  attended: unknown;
}

const truthy = (v: unknown) => v === true || v === 1 || v === '1';

/** Schedules the after-event follow-ups of events that just became done; answers how many were written. */
export async function scheduleAfterEventFollowUps(trx: Knex.Transaction, events: readonly DoneEvent[], ctx: AuditContext): Promise<number> {
  if (!events.length) return 0;
  const byId = new Map(events.map((e) => [e.id, e]));
  const targets: Target[] = [];
  const scheduled = new Set<string>();
  const key = (eventId: unknown, customerId: unknown) => `${Number(eventId)}:${Number(customerId)}`;
  for (const part of chunks([...byId.keys()])) {
    targets.push(...await trx('event_participants')
      .join('customers', 'customers.id', 'event_participants.customer_id')
      .whereIn('event_participants.event_id', part)
      .where((q) => q.where('event_participants.attended', true)
        .orWhere((no) => no.where({ 'event_participants.rsvp': 'yes', 'event_participants.attended': false, 'event_participants.waitlisted': false })))
      .orderBy(['event_participants.event_id', 'event_participants.customer_id'])
      .select('event_participants.event_id', 'event_participants.customer_id', 'customers.name', 'customers.owner_id', 'event_participants.attended'));
    for (const f of await trx('follow_ups').whereIn('event_id', part).select('event_id', 'customer_id')) scheduled.add(key(f.event_id, f.customer_id));
  }
  const fresh = targets.filter((t) => !scheduled.has(key(t.event_id, t.customer_id)));
  if (!fresh.length) return 0;

  const stamp = new Date().toISOString();
  // the follow-up cadences' event rules, where a manager has set them, choose the channel, delay, script and survey
  const rules = { attendee: await ruleFor(trx, 'event_attended'), no_show: await ruleFor(trx, 'event_no_show') };
  const rows: Row[] = fresh.map((t) => {
    const event = byId.get(Number(t.event_id)) as DoneEvent;
    const staff = t.owner_id ?? event.owner_id;
    const group: AfterEventGroup = truthy(t.attended) ? 'attendee' : 'no_show';
    const rule = rules[group]?.rule;
    const script = rule?.script?.trim()
      ? rule.script.replaceAll('{name}', String(t.name)).replaceAll('{event}', event.title)
      : afterEventScript(group, String(t.name), event.title);
    return {
      created_at: stamp, updated_at: stamp, version: 1, customer_id: Number(t.customer_id), vehicle_id: null, event_id: event.id,
      reason: 'after_event', channel: rule?.channel ?? 'phone', status: 'pending', due_date: followUpDay(event.end_at, rule?.offset_days ?? 1), done_date: null,
      staff_id: staff == null ? null : Number(staff), outcome: null, scores: null, overall_score: null,
      script, notes: null, survey_template_id: rule?.survey_template_id ?? null,
    };
  });
  const writer = await BatchInsert.open(trx);
  try {
    await writer.insert('follow_ups', rows);
  } finally {
    writer.release();
  }
  const def = getResource('follow_ups');
  if (def) {
    const written: Row[] = [];
    for (const part of chunks([...byId.keys()])) {
      written.push(...(await trx('follow_ups').whereIn('event_id', part).orderBy('id')).filter((f: Row) => !scheduled.has(key(f.event_id, f.customer_id))));
    }
    // one batch id ties the follow-ups to the change that caused them (the bulk edit's own, else a new one)
    const audit = { ...ctx, batchId: ctx.batchId ?? `after-event-${crypto.randomUUID()}` };
    await writeAuditRows(trx, audit, def, written.map((f) => entryOf(def, 'create', null, f)));
  }
  return rows.length;
}
