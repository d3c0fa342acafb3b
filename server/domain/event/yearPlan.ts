import type { Knex } from 'knex';

/**
 * The year's CS plan as the plan page shows it: the plan (themes per quarter, goals, budget), its events by
 * quarter (by start, China time) with invited / confirmed / attended counts and budget against actual cost,
 * and totals per quarter and for the year. Cancelled events are listed but not counted in the totals.
 */
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
  quarters: { quarter: 1 | 2 | 3 | 4; theme: string | null; events: PlanEvent[]; totals: Totals }[];
  totals: Totals;
}

const CHINA_MS = 8 * 3_600_000;
const empty = (): Totals => ({ events: 0, budget: 0, actual_cost: 0, invited: 0, confirmed: 0, attended: 0 });
const iso = (v: unknown) => new Date(v as string).toISOString();

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
  const counts = db('event_participants').select('event_id')
    .select(db.raw('sum(case when invited_at is not null then 1 else 0 end) as invited'))
    .select(db.raw("sum(case when rsvp = 'yes' then 1 else 0 end) as confirmed"))
    .select(db.raw('sum(case when attended then 1 else 0 end) as attended'))
    .groupBy('event_id').as('c');
  const rows: Record<string, unknown>[] = await db('events').leftJoin(counts, 'c.event_id', 'events.id')
    .where('events.start_at', '>=', from).where('events.start_at', '<', to)
    .orderBy('events.start_at').select('events.*', 'c.invited', 'c.confirmed', 'c.attended');
  const quarters = ([1, 2, 3, 4] as const).map((quarter) => ({
    quarter, theme: (plan?.[`q${quarter}_theme`] as string | null | undefined) ?? null, events: [] as PlanEvent[], totals: empty(),
  }));
  const totals = empty();
  for (const r of rows) {
    const start = iso(r.start_at);
    const month = new Date(Date.parse(start) + CHINA_MS).getUTCMonth();
    const e: PlanEvent = {
      id: Number(r.id), title: String(r.title), event_type: String(r.event_type), status: String(r.status), start_at: start, end_at: iso(r.end_at),
      place: (r.place as string | null) ?? null, owner_id: r.owner_id == null ? null : Number(r.owner_id),
      capacity: r.capacity == null ? null : Number(r.capacity), budget: r.budget == null ? null : Number(r.budget),
      actual_cost: r.actual_cost == null ? null : Number(r.actual_cost),
      invited: Number(r.invited ?? 0), confirmed: Number(r.confirmed ?? 0), attended: Number(r.attended ?? 0),
    };
    const q = quarters[Math.floor(month / 3)];
    q.events.push(e);
    add(q.totals, e);
    add(totals, e);
  }
  return { year, plan, quarters, totals };
}
