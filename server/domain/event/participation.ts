import type { Knex } from 'knex';

/**
 * How many were invited, answered, came, per event: one grouped query the year plan, an event's scorecard and
 * the events comparison all read, so they count alike. `customers` (a subquery of customer ids) narrows the
 * participants counted, for a report's region / tier / consultant filters.
 */
export interface ParticipationCounts {
  invited: number;
  confirmed: number;
  declined: number;
  waitlisted: number;
  attended: number;
  walk_ins: number;
  no_shows: number;
}

/** `event_id` and the seven sums, grouped by event; add a where on event_id, or use it as a joined subquery. */
export function participationQuery(db: Knex, customers?: Knex.QueryBuilder): Knex.QueryBuilder {
  const qb = db('event_participants').select('event_id')
    .select(db.raw('sum(case when invited_at is not null then 1 else 0 end) as invited'))
    .select(db.raw("sum(case when rsvp = 'yes' then 1 else 0 end) as confirmed"))
    .select(db.raw("sum(case when rsvp = 'no' then 1 else 0 end) as declined"))
    .select(db.raw('sum(case when waitlisted then 1 else 0 end) as waitlisted'))
    .select(db.raw('sum(case when attended then 1 else 0 end) as attended'))
    .select(db.raw('sum(case when walk_in and attended then 1 else 0 end) as walk_ins'))
    .select(db.raw("sum(case when rsvp = 'yes' and not attended then 1 else 0 end) as no_shows"))
    .groupBy('event_id');
  if (customers) qb.whereIn('event_participants.customer_id', customers);
  return qb;
}

/** A grouped row read as numbers (absent: an event nobody was asked to). */
export function countsOf(row: Record<string, unknown> | undefined): ParticipationCounts {
  const n = (k: keyof ParticipationCounts) => Number(row?.[k] ?? 0);
  return { invited: n('invited'), confirmed: n('confirmed'), declined: n('declined'), waitlisted: n('waitlisted'), attended: n('attended'), walk_ins: n('walk_ins'), no_shows: n('no_shows') };
}

/** The counts of several events at once. */
export async function participationOf(db: Knex, eventIds: readonly number[], customers?: Knex.QueryBuilder): Promise<Map<number, ParticipationCounts>> {
  const out = new Map<number, ParticipationCounts>(eventIds.map((id) => [id, countsOf(undefined)]));
  if (!eventIds.length) return out;
  const rows: Record<string, unknown>[] = await participationQuery(db, customers).whereIn('event_participants.event_id', [...eventIds]);
  for (const r of rows) out.set(Number(r.event_id), countsOf(r));
  return out;
}
