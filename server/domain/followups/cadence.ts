import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { chunks } from '../../rest/bulk/rows.js';
import { addDays, chinaDay, chinaDayStart } from '../chinaTime.js';
import { loadTemplate, type SurveyTemplate } from '../surveys/templates.js';

/**
 * Follow-up cadences: each active rule turns the data it watches (a delivered car, a service visit, a closed
 * complaint) into a follow-up due `offset_days` after that day (China date), for the customer's owner to call
 * with the rule's channel, script and survey. The sweep is idempotent: a rule makes at most one follow-up per
 * source record (the unique rule_id + source_type + source_id key), whatever became of it.
 *
 * Which sources are considered: only those whose follow-up falls due between GRACE_DAYS ago (plus the rule's
 * `window_days`, the span the call stays useful: "month 4–6" is offset 90, window 90) and AHEAD_DAYS from
 * now. A daily run therefore puts calls in the queue a week ahead, a scheduler that stopped for a few weeks
 * catches up, and switching the rules on over years of history does not flood the team with thousands of
 * calls that are long past any use. The sweep writes no audit rows: it has no user, and each row names
 * the rule and the record it came from.
 *
 * After-event follow-ups are written by server/domain/event/afterEvent.ts when an event is marked done; the
 * `event_attended` / `event_no_show` rules only lend it their script and survey through `ruleFor`.
 */
export const GRACE_DAYS = 30;
export const AHEAD_DAYS = 7;

export type SweptTrigger = 'vehicle_delivery' | 'service_visit' | 'complaint_closed';
const SWEPT: readonly SweptTrigger[] = ['vehicle_delivery', 'service_visit', 'complaint_closed'];

export interface FollowUpRule {
  id: number;
  name: string;
  trigger: string;
  offset_days: number;
  window_days: number;
  reason: string;
  channel: string;
  script: string | null;
  survey_template_id: number | null;
}

interface Source {
  source_id: number;
  customer_id: number;
  vehicle_id: number | null;
  owner_id: number | null;
  day: string;
}

export interface SweepSummary {
  today: string;
  created: number;
  rules: { rule_id: number; name: string; trigger: string; created: number }[];
}

const SOURCE_TABLE: Record<SweptTrigger, string> = { vehicle_delivery: 'vehicles', service_visit: 'service_visits', complaint_closed: 'complaints' };

const ruleOf = (r: Row): FollowUpRule => ({
  id: Number(r.id), name: String(r.name), trigger: String(r.trigger), offset_days: Number(r.offset_days), window_days: Number(r.window_days ?? 0),
  reason: String(r.reason), channel: String(r.channel), script: r.script == null ? null : String(r.script),
  survey_template_id: r.survey_template_id == null ? null : Number(r.survey_template_id),
});

const num = (v: unknown) => (v == null ? null : Number(v));

/** Records of the trigger's kind whose day (China date) lies in [from, to]. */
async function sourcesOf(db: Knex, trigger: SweptTrigger, from: string, to: string): Promise<Source[]> {
  if (trigger === 'complaint_closed') {
    const rows: Row[] = await db('complaints').join('customers', 'customers.id', 'complaints.customer_id')
      .where('complaints.status', 'closed')
      .where('complaints.closed_at', '>=', chinaDayStart(from).toISOString())
      .where('complaints.closed_at', '<', chinaDayStart(addDays(to, 1)).toISOString())
      .select('complaints.id', 'complaints.customer_id', 'complaints.closed_at', 'customers.owner_id');
    return rows.map((r) => ({
      source_id: Number(r.id), customer_id: Number(r.customer_id), vehicle_id: null, owner_id: num(r.owner_id),
      day: chinaDay(r.closed_at instanceof Date ? r.closed_at : String(r.closed_at)),
    }));
  }
  const table = SOURCE_TABLE[trigger];
  const dayColumn = trigger === 'vehicle_delivery' ? 'purchase_date' : 'visit_date';
  const rows: Row[] = await db(table).join('customers', 'customers.id', `${table}.customer_id`)
    .whereBetween(`${table}.${dayColumn}`, [from, to])
    .select(`${table}.id`, `${table}.customer_id`, `${table}.${dayColumn} as day`, 'customers.owner_id',
      trigger === 'vehicle_delivery' ? `${table}.id as vehicle_id` : `${table}.vehicle_id`);
  return rows.map((r) => ({
    source_id: Number(r.id), customer_id: Number(r.customer_id), vehicle_id: num(r.vehicle_id), owner_id: num(r.owner_id), day: String(r.day).slice(0, 10),
  }));
}

/** Source ids this rule has already turned into follow-ups. */
async function alreadyMade(db: Knex, rule: FollowUpRule, sourceType: string, ids: number[]): Promise<Set<number>> {
  const made = new Set<number>();
  for (const part of chunks(ids)) {
    const rows: Row[] = await db('follow_ups').where({ rule_id: rule.id, source_type: sourceType }).whereIn('source_id', part).select('source_id');
    for (const r of rows) made.add(Number(r.source_id));
  }
  return made;
}

/**
 * Customers who already have a follow-up for the same reason planned by hand (no rule) in the rule's span:
 * that call is the cadence's call, so the sweep adds no second one.
 */
async function plannedByHand(db: Knex, rule: FollowUpRule, customerIds: number[], from: string, to: string): Promise<Set<string>> {
  const planned = new Set<string>();
  for (const part of chunks([...new Set(customerIds)])) {
    const rows: Row[] = await db('follow_ups').whereNull('rule_id').where({ reason: rule.reason }).whereIn('customer_id', part)
      .whereBetween('due_date', [from, to]).select('customer_id', 'due_date');
    for (const r of rows) planned.add(`${Number(r.customer_id)}:${String(r.due_date).slice(0, 10)}`);
  }
  return planned;
}

function handMatch(planned: Set<string>, customerId: number, due: string, rule: FollowUpRule): boolean {
  for (let d = -3; d <= rule.window_days + 3; d += 1) if (planned.has(`${customerId}:${addDays(due, d)}`)) return true;
  return false;
}

async function sweepRule(db: Knex, rule: FollowUpRule, trigger: SweptTrigger, today: string, stamp: string): Promise<number> {
  const earliestDue = addDays(today, -GRACE_DAYS - rule.window_days);
  const latestDue = addDays(today, AHEAD_DAYS);
  const sources = await sourcesOf(db, trigger, addDays(earliestDue, -rule.offset_days), addDays(latestDue, -rule.offset_days));
  if (!sources.length) return 0;
  const sourceType = SOURCE_TABLE[trigger];
  const made = await alreadyMade(db, rule, sourceType, sources.map((s) => s.source_id));
  const fresh = sources.filter((s) => !made.has(s.source_id));
  const planned = await plannedByHand(db, rule, fresh.map((s) => s.customer_id), addDays(earliestDue, -3), addDays(latestDue, rule.window_days + 3));
  const rows: Row[] = [];
  for (const s of fresh) {
    const due = addDays(s.day, rule.offset_days);
    if (handMatch(planned, s.customer_id, due, rule)) continue;
    rows.push({
      created_at: stamp, updated_at: stamp, version: 1, customer_id: s.customer_id, vehicle_id: s.vehicle_id, event_id: null,
      reason: rule.reason, channel: rule.channel, status: 'pending', due_date: due, staff_id: s.owner_id, script: rule.script,
      survey_template_id: rule.survey_template_id, rule_id: rule.id, source_type: sourceType, source_id: s.source_id, attempts: 0,
    });
  }
  // a sweep running at the same time may have written some meanwhile: the unique key keeps one
  for (const part of chunks(rows, 200)) {
    await db('follow_ups').insert(part).onConflict(['rule_id', 'source_type', 'source_id']).ignore();
  }
  return rows.length;
}

/** Runs every active cadence rule once; safe to run as often as wanted. */
export async function generateFollowUps(db: Knex, now: Date): Promise<SweepSummary> {
  const today = chinaDay(now);
  const stamp = now.toISOString();
  const rules = (await db('follow_up_rules').where({ active: true }).whereIn('trigger', SWEPT).orderBy(['sort_order', 'id'])).map(ruleOf);
  const summary: SweepSummary = { today, created: 0, rules: [] };
  for (const rule of rules) {
    const created = await db.transaction((trx) => sweepRule(trx, rule, rule.trigger as SweptTrigger, today, stamp));
    summary.created += created;
    summary.rules.push({ rule_id: rule.id, name: rule.name, trigger: rule.trigger, created });
  }
  return summary;
}

/**
 * The active rule for a trigger (the first by sort order), with its survey: what afterEvent.ts may read for
 * `event_attended` / `event_no_show` follow-ups (script, channel, survey), or null when none is set up.
 */
export async function ruleFor(db: Knex, trigger: string): Promise<{ rule: FollowUpRule; template: SurveyTemplate | null } | null> {
  const row = await db('follow_up_rules').where({ trigger, active: true }).orderBy(['sort_order', 'id']).first();
  if (!row) return null;
  const rule = ruleOf(row);
  return { rule, template: await loadTemplate(db, rule.survey_template_id) };
}
