import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { addDays } from '../chinaTime.js';
import { averageOf, emptyOutcome, outcomesOf } from '../event/results.js';
import { countsOf, participationOf } from '../event/participation.js';
import { instantsOf } from './months.js';
import { scopeOf, type DashboardScope } from './query.js';
import { matchingCustomers } from './ratio.js';
import type { EventChoice, EventComparison, EventDrill, EventMeasure, EventScore } from './eventComparisonTypes.js';
import type { KpiQuery } from './types.js';

/** More columns than this do not read side by side, on paper or on screen. */
export const MAX_EVENTS = 8;
/** Without ids: this many of the range's last finished events. */
export const DEFAULT_EVENTS = 6;
const MAX_CHOICES = 200;
const HELD = ['planned', 'approved', 'running', 'done'];

/** `ids=1,2,3` checked: whole numbers, at most MAX_EVENTS of them (duplicates dropped); a 400 naming `ids` otherwise. */
export function parseEventIds(raw: unknown): number[] | null {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') throw badRequest({ ids: reason('not_id') });
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^\d{1,12}$/.test(p) || Number(p) < 1)) throw badRequest({ ids: reason('not_id') });
  const ids = [...new Set(parts.map(Number))];
  if (ids.length > MAX_EVENTS) throw badRequest({ ids: reason('too_big', { max: MAX_EVENTS }) });
  return ids;
}

const iso = (v: unknown) => new Date(v instanceof Date ? v.getTime() : Date.parse(String(v))).toISOString();
const money = (v: unknown) => (v == null || v === '' ? null : Number(v));
const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;
const rate = (a: number, b: number) => (b > 0 ? round(a / b, 3) : null);

type EventRow = { id: unknown; title: unknown; event_type: unknown; status: unknown; start_at: unknown; end_at: unknown; budget: unknown; actual_cost: unknown };
const COLUMNS = ['id', 'title', 'event_type', 'status', 'start_at', 'end_at', 'budget', 'actual_cost'];

/** Which events to compare: the ids asked for (each must exist), else the range's last finished ones. */
async function chosenEvents(db: Knex, ids: number[] | null, lo: string, hi: string): Promise<EventRow[]> {
  if (ids) {
    const rows: EventRow[] = await db('events').whereIn('id', ids).select(COLUMNS);
    if (rows.length !== ids.length) throw badRequest({ ids: reason('no_such_record', { resource: 'events' }) });
    return rows;
  }
  return db('events').where('status', 'done').where('start_at', '>=', lo).where('start_at', '<', hi)
    .orderBy([{ column: 'start_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(DEFAULT_EVENTS).select(COLUMNS);
}

function drillsOf(id: number): Partial<Record<EventMeasure, EventDrill>> {
  const people = (filter: Record<string, unknown>): EventDrill => ({ resource: 'event_participants', filter: { event_id: id, ...filter } });
  const attendees = people({ attended: true });
  const money: EventDrill = { resource: 'event_budget_lines', filter: { event_id: id } };
  return {
    invited: people({ invited_at_null: false }), confirmed: people({ rsvp: 'yes' }), attended: attendees, attendance_rate: attendees, show_rate: attendees,
    satisfaction: { resource: 'follow_ups', filter: { event_id: id, status: 'done' } },
    // the attendees whose referrals, visits and purchases are counted
    referrals: attendees, service_visits: attendees, service_revenue: attendees, purchases: attendees, purchase_revenue: attendees, revenue: attendees,
    budget: money, actual_cost: money, budget_variance: money, cost_per_attendee: money,
  };
}

/**
 * The scorecards of up to MAX_EVENTS events as columns (the figures as in server/domain/event/scorecard.ts:
 * shared queries, not a second count). Region, tier and consultant narrow the participants and attendees
 * counted; a sales consultant's own customers only. Four queries for the counts and five for the outcomes,
 * whatever the number of events.
 */
export async function eventComparison(db: Knex, actor: Actor, q: KpiQuery, rawIds: unknown, now: Date): Promise<EventComparison> {
  const ids = parseEventIds(rawIds);
  const s: DashboardScope = scopeOf(q, actor, now);
  const [lo, hi] = instantsOf(s.from, addDays(s.to, 1));
  const filtered = Boolean(s.region || s.tier_id || s.owner_id);
  const customers = filtered ? matchingCustomers(db, s) : undefined;
  const [choiceRows, rows] = await Promise.all([
    db('events').whereIn('status', HELD).where('start_at', '>=', lo).where('start_at', '<', hi)
      .orderBy([{ column: 'start_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(MAX_CHOICES)
      .select('id', 'title', 'start_at', 'status') as Promise<{ id: unknown; title: unknown; start_at: unknown; status: unknown }[]>,
    chosenEvents(db, ids, lo, hi),
  ]);
  const eventIds = rows.map((r) => Number(r.id));
  const [counts, everyone, outcomes] = await Promise.all([
    participationOf(db, eventIds, customers),
    // cost per attendee divides the money by everyone who came, filtered or not
    filtered ? participationOf(db, eventIds) : null,
    outcomesOf(db, rows.map((r) => ({ id: Number(r.id), start_at: r.start_at, end_at: r.end_at })), customers),
  ]);
  const events: EventScore[] = rows.map((r) => {
    const id = Number(r.id);
    const c = counts.get(id) ?? countsOf(undefined);
    const all = everyone?.get(id) ?? c;
    const o = outcomes.get(id) ?? emptyOutcome();
    const budget = money(r.budget);
    const actual = money(r.actual_cost);
    const cost = actual ?? budget;
    return {
      id, title: String(r.title), event_type: String(r.event_type), status: String(r.status), start_at: iso(r.start_at), end_at: iso(r.end_at),
      invited: c.invited, confirmed: c.confirmed, attended: c.attended,
      attendance_rate: rate(c.attended, c.invited), show_rate: rate(c.attended, c.confirmed),
      satisfaction: averageOf(o), answers: o.answers, referrals: o.referrals,
      service_visits: o.service_visits, service_revenue: o.service_revenue, purchases: o.purchases, purchase_revenue: o.purchase_revenue,
      revenue: round(o.service_revenue + o.purchase_revenue, 2),
      budget, actual_cost: actual, budget_variance: budget == null || actual == null ? null : round(actual - budget, 2),
      cost_per_attendee: cost == null || all.attended === 0 ? null : round(cost / all.attended, 2),
      drill: drillsOf(id),
    };
  }).sort((a, b) => a.start_at.localeCompare(b.start_at) || a.id - b.id);
  const choices: EventChoice[] = choiceRows.map((r) => ({ id: Number(r.id), title: String(r.title), start_at: iso(r.start_at), status: String(r.status) }));
  return { from: s.from, to: s.to, scope: s.scope, filtered, choices, events };
}
