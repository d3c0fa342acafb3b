import type { Knex } from 'knex';
import { chunks } from '../../rest/bulk/rows.js';

/**
 * What events brought, for many events at once (one grouped query per measure, whatever the number of
 * events), so the year plan and one event's scorecard count the same way: referrals (customers an attendee
 * referred, created from the event's start to 30 days after its end), service visits and purchases by
 * attendees in the 30 days after the event (not on its day), and satisfaction from the after-event
 * follow-ups: those linked to the event, plus, for data from before follow-ups were linked, an attendee's
 * unlinked after-event follow-up due from the event's start to 30 days after it.
 */
export interface EventWindow {
  id: number;
  start_at: unknown;
  end_at: unknown;
}

export interface Outcome {
  referrals: number;
  service_visits: number;
  service_revenue: number;
  purchases: number;
  purchase_revenue: number;
  /** the sum and number of 1–5 scores, so averages can be rolled up */
  score_sum: number;
  answers: number;
}

export const WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

interface Bounds {
  from: string;
  until: string;
  fromDay: string;
  endDay: string;
  untilDay: string;
}

const iso = (v: unknown) => new Date(v instanceof Date ? v.getTime() : Date.parse(String(v))).toISOString();

/** An event's 30-day window as timestamps and as dates (UTC days, as the scorecard has always reckoned them). */
export function windowOf(e: EventWindow): Bounds {
  const from = iso(e.start_at);
  const end = iso(e.end_at);
  const until = new Date(Date.parse(end) + WINDOW_DAYS * DAY_MS).toISOString();
  return { from, until, fromDay: from.slice(0, 10), endDay: end.slice(0, 10), untilDay: until.slice(0, 10) };
}

export const emptyOutcome = (): Outcome => ({
  referrals: 0, service_visits: 0, service_revenue: 0, purchases: 0, purchase_revenue: 0, score_sum: 0, answers: 0,
});

const day = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v)).slice(0, 10);
const round2 = (v: number) => Math.round(v * 100) / 100;

/** `customers` (a subquery of customer ids) narrows the attendees counted, for a report's customer filters. */
export async function outcomesOf(db: Knex, events: readonly EventWindow[], customers?: Knex.QueryBuilder): Promise<Map<number, Outcome>> {
  const out = new Map<number, Outcome>();
  const bounds = new Map<number, Bounds>();
  for (const e of events) {
    out.set(e.id, emptyOutcome());
    bounds.set(e.id, windowOf(e));
  }
  if (!events.length) return out;
  const all = [...bounds.values()];
  // the widest span of all windows narrows each query; each row is then kept only within its own event's window
  const low = all.reduce((a, b) => (b.from < a ? b.from : a), all[0].from);
  const high = all.reduce((a, b) => (b.until > a ? b.until : a), all[0].until);
  const lowDay = low.slice(0, 10);
  const highDay = high.slice(0, 10);
  const get = (id: unknown) => out.get(Number(id)) as Outcome;
  const win = (id: unknown) => bounds.get(Number(id)) as Bounds;

  for (const ids of chunks([...bounds.keys()])) {
    const attendees = (q: Knex.QueryBuilder, column: string) => {
      q.join('event_participants as p', 'p.customer_id', column).whereIn('p.event_id', ids).where('p.attended', true);
      return customers ? q.whereIn('p.customer_id', customers) : q;
    };

    const referred: { event_id: number; created_at: unknown }[] = await attendees(db('customers as c'), 'c.referred_by_id')
      .where('c.created_at', '>=', low).where('c.created_at', '<=', high).select('p.event_id', 'c.created_at');
    for (const r of referred) {
      const at = iso(r.created_at);
      const w = win(r.event_id);
      if (at >= w.from && at <= w.until) get(r.event_id).referrals += 1;
    }

    const visits: { event_id: number; d: unknown; amount: unknown }[] = await attendees(db('service_visits as v'), 'v.customer_id')
      .where('v.visit_date', '>', lowDay).where('v.visit_date', '<=', highDay).select('p.event_id', 'v.visit_date as d', 'v.amount');
    for (const v of visits) {
      const w = win(v.event_id);
      if (day(v.d) > w.endDay && day(v.d) <= w.untilDay) {
        get(v.event_id).service_visits += 1;
        get(v.event_id).service_revenue += Number(v.amount ?? 0);
      }
    }

    const buys: { event_id: number; d: unknown; price: unknown }[] = await attendees(db('vehicles as b'), 'b.customer_id')
      .where('b.purchase_date', '>', lowDay).where('b.purchase_date', '<=', highDay).select('p.event_id', 'b.purchase_date as d', 'b.price');
    for (const b of buys) {
      const w = win(b.event_id);
      if (day(b.d) > w.endDay && day(b.d) <= w.untilDay) {
        get(b.event_id).purchases += 1;
        get(b.event_id).purchase_revenue += Number(b.price ?? 0);
      }
    }

    const linkedQuery = db('follow_ups').whereIn('event_id', ids).whereNotNull('overall_score');
    if (customers) linkedQuery.whereIn('follow_ups.customer_id', customers);
    const linked: { event_id: number; s: unknown; n: unknown }[] = await linkedQuery
      .groupBy('event_id').select('event_id').sum({ s: 'overall_score' }).count({ n: '*' });
    for (const f of linked) {
      get(f.event_id).score_sum += Number(f.s ?? 0);
      get(f.event_id).answers += Number(f.n ?? 0);
    }

    const unlinked: { event_id: number; d: unknown; score: unknown }[] = await attendees(db('follow_ups as f'), 'f.customer_id')
      .whereNull('f.event_id').where('f.reason', 'after_event').whereNotNull('f.overall_score')
      .where('f.due_date', '>=', lowDay).where('f.due_date', '<=', highDay).select('p.event_id', 'f.due_date as d', 'f.overall_score as score');
    for (const f of unlinked) {
      const w = win(f.event_id);
      if (day(f.d) >= w.fromDay && day(f.d) <= w.untilDay) {
        get(f.event_id).score_sum += Number(f.score);
        get(f.event_id).answers += 1;
      }
    }
  }
  for (const o of out.values()) {
    o.service_revenue = round2(o.service_revenue);
    o.purchase_revenue = round2(o.purchase_revenue);
  }
  return out;
}

/** The average score to two places, or null when nobody answered. */
export const averageOf = (o: { score_sum: number; answers: number }): number | null => (o.answers > 0 ? round2(o.score_sum / o.answers) : null);
