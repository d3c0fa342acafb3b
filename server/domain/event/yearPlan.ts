import type { Knex } from 'knex';
import { averageOf, emptyOutcome, outcomesOf, type Outcome } from './results.js';
import { participationQuery } from './participation.js';

/**
 * The year's CS plan as the plan page shows it: the plan (themes per quarter, goals, budget), its events by
 * quarter (by start, China time) with invited / confirmed / attended counts and budget against actual cost,
 * and totals per quarter and for the year. Cancelled events are listed but not counted in the totals.
 * Each event also carries its scorecard's key results (computed for all the year's events at once, see
 * results.ts); the quarters' and the year's `results` roll up those of the events that are done, so a
 * running event's half-counted turnout does not drag a rate down. Each quarter shows the plan's goals and
 * budget for it beside what its events were budgeted and cost.
 */
export interface EventResults {
  /** attended ÷ invited; null when nobody was invited */
  attendance_rate: number | null;
  satisfaction: { average: number | null; answers: number };
  referrals: number;
  service_visits: number;
  service_revenue: number;
  purchases: number;
  purchase_revenue: number;
  /** actual cost, else the budget */
  cost: number | null;
  cost_per_attendee: number | null;
}

export interface Results {
  /** done events counted */
  events: number;
  invited: number;
  attended: number;
  attendance_rate: number | null;
  satisfaction: { average: number | null; answers: number };
  referrals: number;
  service_visits: number;
  service_revenue: number;
  purchases: number;
  purchase_revenue: number;
  /** service and purchase revenue within 30 days */
  revenue: number;
  cost: number;
  cost_per_attendee: number | null;
}

export interface PlanEvent {
  id: number;
  title: string;
  event_type: string;
  status: string;
  start_at: string;
  end_at: string;
  place: string | null;
  owner_id: number | null;
  capacity: number | null;
  budget: number | null;
  actual_cost: number | null;
  invited: number;
  confirmed: number;
  attended: number;
  results: EventResults;
}

export interface Totals {
  events: number;
  budget: number;
  actual_cost: number;
  invited: number;
  confirmed: number;
  attended: number;
}

export interface YearPlan {
  year: number;
  plan: Record<string, unknown> | null;
  quarters: {
    quarter: 1 | 2 | 3 | 4;
    theme: string | null;
    /** the plan's goals and budget for the quarter */
    goals: string | null;
    budget: number | null;
    events: PlanEvent[];
    totals: Totals;
    results: Results;
  }[];
  totals: Totals;
  results: Results;
}

const CHINA_MS = 8 * 3_600_000;
const empty = (): Totals => ({ events: 0, budget: 0, actual_cost: 0, invited: 0, confirmed: 0, attended: 0 });
const iso = (v: unknown) => new Date(v as string).toISOString();
const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;
const rate = (a: number, b: number) => (b > 0 ? round(a / b, 3) : null);

/** A roll-up of done events' results: sums, kept with the score sum so the average is the answers' average. */
class Tally {
  events = 0;
  invited = 0;
  attended = 0;
  cost = 0;
  readonly outcome: Outcome = emptyOutcome();

  add(e: PlanEvent, o: Outcome): void {
    if (e.status !== 'done') return;
    this.events += 1;
    this.invited += e.invited;
    this.attended += e.attended;
    this.cost += e.results.cost ?? 0;
    for (const k of Object.keys(o) as (keyof Outcome)[]) this.outcome[k] += o[k];
  }

  results(): Results {
    const o = this.outcome;
    return {
      events: this.events, invited: this.invited, attended: this.attended, attendance_rate: rate(this.attended, this.invited),
      satisfaction: { average: averageOf(o), answers: o.answers }, referrals: o.referrals,
      service_visits: o.service_visits, service_revenue: round(o.service_revenue, 2), purchases: o.purchases, purchase_revenue: round(o.purchase_revenue, 2),
      revenue: round(o.service_revenue + o.purchase_revenue, 2), cost: round(this.cost, 2),
      cost_per_attendee: this.attended > 0 ? round(this.cost / this.attended, 2) : null,
    };
  }
}

function resultsOf(e: Omit<PlanEvent, 'results'>, o: Outcome): EventResults {
  const cost = e.actual_cost ?? e.budget;
  return {
    attendance_rate: rate(e.attended, e.invited), satisfaction: { average: averageOf(o), answers: o.answers },
    referrals: o.referrals, service_visits: o.service_visits, service_revenue: o.service_revenue, purchases: o.purchases, purchase_revenue: o.purchase_revenue,
    cost, cost_per_attendee: cost == null || e.attended === 0 ? null : round(cost / e.attended, 2),
  };
}

const textOf = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
const moneyOf = (v: unknown) => (v == null || v === '' ? null : Number(v));

function add(t: Totals, e: PlanEvent): void {
  if (e.status === 'cancelled') return;
  t.events += 1;
  t.budget += e.budget ?? 0;
  t.actual_cost += e.actual_cost ?? 0;
  t.invited += e.invited;
  t.confirmed += e.confirmed;
  t.attended += e.attended;
}

export async function yearPlan(db: Knex, year: number): Promise<YearPlan> {
  const plan = (await db('cs_plans').where({ year }).first()) ?? null;
  const from = new Date(Date.UTC(year, 0, 1) - CHINA_MS).toISOString();
  const to = new Date(Date.UTC(year + 1, 0, 1) - CHINA_MS).toISOString();
  const counts = participationQuery(db).as('c');
  const rows: Record<string, unknown>[] = await db('events').leftJoin(counts, 'c.event_id', 'events.id')
    .where('events.start_at', '>=', from).where('events.start_at', '<', to)
    .orderBy('events.start_at').select('events.*', 'c.invited', 'c.confirmed', 'c.attended');
  const outcomes = await outcomesOf(db, rows.map((r) => ({ id: Number(r.id), start_at: r.start_at, end_at: r.end_at })));
  const quarters = ([1, 2, 3, 4] as const).map((quarter) => ({
    quarter, theme: (plan?.[`q${quarter}_theme`] as string | null | undefined) ?? null,
    goals: textOf(plan?.[`q${quarter}_goals`]), budget: moneyOf(plan?.[`q${quarter}_budget`]),
    events: [] as PlanEvent[], totals: empty(), tally: new Tally(),
  }));
  const totals = empty();
  const tally = new Tally();
  for (const r of rows) {
    const start = iso(r.start_at);
    const month = new Date(Date.parse(start) + CHINA_MS).getUTCMonth();
    const fields: Omit<PlanEvent, 'results'> = {
      id: Number(r.id), title: String(r.title), event_type: String(r.event_type), status: String(r.status), start_at: start, end_at: iso(r.end_at),
      place: (r.place as string | null) ?? null, owner_id: r.owner_id == null ? null : Number(r.owner_id),
      capacity: r.capacity == null ? null : Number(r.capacity), budget: r.budget == null ? null : Number(r.budget),
      actual_cost: r.actual_cost == null ? null : Number(r.actual_cost),
      invited: Number(r.invited ?? 0), confirmed: Number(r.confirmed ?? 0), attended: Number(r.attended ?? 0),
    };
    const outcome = outcomes.get(fields.id) ?? emptyOutcome();
    const e: PlanEvent = { ...fields, results: resultsOf(fields, outcome) };
    const q = quarters[Math.floor(month / 3)];
    q.events.push(e);
    add(q.totals, e);
    add(totals, e);
    q.tally.add(e, outcome);
    tally.add(e, outcome);
  }
  return {
    year, plan,
    quarters: quarters.map(({ tally: t, ...q }) => ({ ...q, results: t.results() })),
    totals, results: tally.results(),
  };
}
