import type { Knex } from 'knex';
import { AppError } from '../../errors.js';

/**
 * What an event brought, computed from the records: invitations, answers and attendance; new prospects
 * (walk-ins who are prospects) and referrals (customers an attendee referred, created from the event's start
 * to 30 days after it); service visits and purchases by attendees within 30 days after it; satisfaction from
 * the after-event follow-ups (1–5); cost per attendee (actual cost, else the budget).
 */
export interface Scorecard {
  event_id: number;
  invited: number;
  confirmed: number;
  declined: number;
  waitlisted: number;
  attended: number;
  walk_ins: number;
  no_shows: number;
  /** attended ÷ invited, attended ÷ confirmed; null when nobody was */
  attendance_rate: number | null;
  show_rate: number | null;
  new_prospects: number;
  referrals: number;
  service_visits: number;
  service_revenue: number;
  purchases: number;
  purchase_revenue: number;
  satisfaction: { average: number | null; answers: number };
  cost: number | null;
  cost_per_attendee: number | null;
  window: { from: string; to: string };
}

const DAY_MS = 86_400_000;
const n = (v: unknown) => Number(v ?? 0);
const rate = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

export async function scorecardOf(db: Knex, eventId: number): Promise<Scorecard> {
  const event = await db('events').where({ id: eventId }).first();
  if (!event) throw new AppError(404, 'not_found');
  const start = new Date(event.start_at);
  const end = new Date(event.end_at);
  const until = new Date(end.getTime() + 30 * DAY_MS);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const counts = await db('event_participants').where({ event_id: eventId })
    .select(
      db.raw('sum(case when invited_at is not null then 1 else 0 end) as invited'),
      db.raw("sum(case when rsvp = 'yes' then 1 else 0 end) as confirmed"),
      db.raw("sum(case when rsvp = 'no' then 1 else 0 end) as declined"),
      db.raw('sum(case when waitlisted then 1 else 0 end) as waitlisted'),
      db.raw('sum(case when attended then 1 else 0 end) as attended'),
      db.raw('sum(case when walk_in and attended then 1 else 0 end) as walk_ins'),
      db.raw("sum(case when rsvp = 'yes' and not attended then 1 else 0 end) as no_shows"),
    ).first() as Record<string, unknown>;
  const attendees = db('event_participants').where({ event_id: eventId, attended: true }).select('customer_id');
  const prospects = await db('event_participants').join('customers', 'customers.id', 'event_participants.customer_id')
    .where({ 'event_participants.event_id': eventId, 'event_participants.walk_in': true, 'event_participants.attended': true, 'customers.customer_type': 'prospect' })
    .count({ n: '*' }).first();
  const referrals = await db('customers').whereIn('referred_by_id', attendees)
    .where('created_at', '>=', start.toISOString()).where('created_at', '<=', until.toISOString()).count({ n: '*' }).first();
  const visits = await db('service_visits').whereIn('customer_id', attendees)
    .where('visit_date', '>', day(end)).where('visit_date', '<=', day(until)).count({ n: '*' }).sum({ s: 'amount' }).first();
  const buys = await db('vehicles').whereIn('customer_id', attendees)
    .where('purchase_date', '>', day(end)).where('purchase_date', '<=', day(until)).count({ n: '*' }).sum({ s: 'price' }).first();
  const satisfaction = await db('follow_ups').whereIn('customer_id', attendees).where({ reason: 'after_event' }).whereNotNull('overall_score')
    .where('due_date', '>=', day(start)).where('due_date', '<=', day(until)).avg({ a: 'overall_score' }).count({ n: '*' }).first();
  const attended = n(counts.attended);
  const cost = event.actual_cost ?? event.budget;
  return {
    event_id: eventId,
    invited: n(counts.invited), confirmed: n(counts.confirmed), declined: n(counts.declined), waitlisted: n(counts.waitlisted),
    attended, walk_ins: n(counts.walk_ins), no_shows: n(counts.no_shows),
    attendance_rate: rate(attended, n(counts.invited)), show_rate: rate(attended, n(counts.confirmed)),
    new_prospects: n(prospects?.n), referrals: n(referrals?.n),
    service_visits: n(visits?.n), service_revenue: Math.round(n(visits?.s) * 100) / 100,
    purchases: n(buys?.n), purchase_revenue: Math.round(n(buys?.s) * 100) / 100,
    satisfaction: { average: satisfaction?.a == null ? null : Math.round(Number(satisfaction.a) * 100) / 100, answers: n(satisfaction?.n) },
    cost: cost == null ? null : Number(cost),
    cost_per_attendee: cost == null || attended === 0 ? null : Math.round((Number(cost) / attended) * 100) / 100,
    window: { from: start.toISOString(), to: until.toISOString() },
  };
}
