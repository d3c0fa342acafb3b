import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import { averageOf, outcomesOf, windowOf } from './results.js';
import { countsOf, participationOf, type ParticipationCounts } from './participation.js';

/**
 * What an event brought, computed from the records: invitations, answers and attendance; new prospects
 * (walk-ins who are prospects) and referrals (customers an attendee referred, created from the event's start
 * to 30 days after it); service visits and purchases by attendees within 30 days after it; satisfaction from
 * the after-event follow-ups (1–5; see results.ts); cost per attendee (actual cost, else the budget); and the
 * follow-ups scheduled for the event, how many of them are done, for attendees and for no-shows apart.
 */
export interface FollowUpCount {
  scheduled: number;
  done: number;
}

export interface Scorecard extends ParticipationCounts {
  event_id: number;
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
  /** the follow-ups linked to the event (scheduled when it was done), by whether the customer came */
  follow_ups: { attendees: FollowUpCount; no_shows: FollowUpCount };
  cost: number | null;
  cost_per_attendee: number | null;
  window: { from: string; to: string };
}

const n = (v: unknown) => Number(v ?? 0);
const rate = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

export async function scorecardOf(db: Knex, eventId: number): Promise<Scorecard> {
  const event = await db('events').where({ id: eventId }).first();
  if (!event) throw new AppError(404, 'not_found');
  const window = windowOf({ id: eventId, start_at: event.start_at, end_at: event.end_at });
  const counts = (await participationOf(db, [eventId])).get(eventId) ?? countsOf(undefined);
  const prospects = await db('event_participants').join('customers', 'customers.id', 'event_participants.customer_id')
    .where({ 'event_participants.event_id': eventId, 'event_participants.walk_in': true, 'event_participants.attended': true, 'customers.customer_type': 'prospect' })
    .count({ n: '*' }).first();
  const outcome = (await outcomesOf(db, [{ id: eventId, start_at: event.start_at, end_at: event.end_at }])).get(eventId);
  const calls: { attended: unknown; scheduled: unknown; done: unknown }[] = await db('follow_ups as f')
    .leftJoin('event_participants as p', (j) => j.on('p.event_id', 'f.event_id').andOn('p.customer_id', 'f.customer_id'))
    .where('f.event_id', eventId).groupBy('p.attended')
    .select('p.attended', db.raw('count(*) as scheduled'), db.raw("sum(case when f.status = 'done' then 1 else 0 end) as done"));
  const follow_ups = { attendees: { scheduled: 0, done: 0 }, no_shows: { scheduled: 0, done: 0 } };
  for (const c of calls) {
    const group = c.attended === true || Number(c.attended) === 1 ? follow_ups.attendees : follow_ups.no_shows;
    group.scheduled += n(c.scheduled);
    group.done += n(c.done);
  }
  const attended = counts.attended;
  const cost = event.actual_cost ?? event.budget;
  return {
    event_id: eventId,
    ...counts,
    attendance_rate: rate(attended, counts.invited), show_rate: rate(attended, counts.confirmed),
    new_prospects: n(prospects?.n), referrals: n(outcome?.referrals),
    service_visits: n(outcome?.service_visits), service_revenue: n(outcome?.service_revenue),
    purchases: n(outcome?.purchases), purchase_revenue: n(outcome?.purchase_revenue),
    satisfaction: { average: outcome ? averageOf(outcome) : null, answers: n(outcome?.answers) },
    follow_ups,
    cost: cost == null ? null : Number(cost),
    cost_per_attendee: cost == null || attended === 0 ? null : Math.round((Number(cost) / attended) * 100) / 100,
    window: { from: window.from, to: window.until },
  };
}
