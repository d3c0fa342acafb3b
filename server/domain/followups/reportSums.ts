import type { Knex } from 'knex';
import { dialectOf } from '../../db/connect.js';

/**
 * The follow-up report's counts summed in the database (a department's year is 100,000+ follow-ups: reading them
 * into the server took seconds). A group's sums add up, so totals, staff and reasons come from one query grouped
 * by staff and reason, and the trend from one grouped by due date. The shares are then worked out as
 * server/domain/surveys/scoring.ts does: average of the overall scores of done calls, CSAT (4–5 of them), NPS from
 * the recommend answer (promoters 9–10 minus detractors 0–6) of every call answered with a survey.
 */
export interface Sums {
  due: number;
  done: number;
  not_reached: number;
  pending: number;
  overdue: number;
  complaints: number;
  score_sum: number;
  scored: number;
  satisfied: number;
  nps_n: number;
  promoters: number;
  detractors: number;
}

export const SUM_KEYS: readonly (keyof Sums)[] = ['due', 'done', 'not_reached', 'pending', 'overdue', 'complaints', 'score_sum', 'scored', 'satisfied', 'nps_n', 'promoters', 'detractors'];

export const emptySums = (): Sums => ({ due: 0, done: 0, not_reached: 0, pending: 0, overdue: 0, complaints: 0, score_sum: 0, scored: 0, satisfied: 0, nps_n: 0, promoters: 0, detractors: 0 });

export function addSums(into: Sums, more: Sums): Sums {
  for (const k of SUM_KEYS) into[k] += more[k];
  return into;
}

/** `answers.nps` when it is a number, per engine (JSON text in SQLite, json in PostgreSQL). */
function npsSql(db: Knex, test: string): string {
  return dialectOf(db) === 'postgres'
    ? `CASE WHEN json_typeof(follow_ups.answers->'nps') = 'number' THEN (CASE WHEN (follow_ups.answers->>'nps')::numeric ${test} THEN 1 ELSE 0 END) ELSE 0 END`
    : `CASE WHEN json_type(follow_ups.answers, '$.nps') IN ('integer', 'real') THEN (CASE WHEN json_extract(follow_ups.answers, '$.nps') ${test} THEN 1 ELSE 0 END) ELSE 0 END`;
}

/** The SELECT list of the sums; `today` (a China day) decides which pending calls are overdue. */
export function sumsSelect(db: Knex, today: string): Knex.Raw[] {
  const sum = (cond: string, as: string) => db.raw(`SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END) AS ${as}`);
  const scored = "follow_ups.status = 'done' AND follow_ups.overall_score IS NOT NULL";
  return [
    db.raw('COUNT(*) AS due'),
    sum("follow_ups.status = 'done'", 'done'),
    sum("follow_ups.status = 'not_reached'", 'not_reached'),
    sum("follow_ups.status = 'pending'", 'pending'),
    db.raw("SUM(CASE WHEN follow_ups.status = 'pending' AND follow_ups.due_date < ? THEN 1 ELSE 0 END) AS overdue", [today]),
    sum('follow_ups.complaint_id IS NOT NULL', 'complaints'),
    db.raw(`SUM(CASE WHEN ${scored} THEN follow_ups.overall_score ELSE 0 END) AS score_sum`),
    sum(scored, 'scored'),
    sum(`${scored} AND follow_ups.overall_score >= 4`, 'satisfied'),
  ];
}

/**
 * The NPS sums, from the JSON answers: asked apart, of the follow-ups answered with a survey (record.ts writes the
 * recommend score only with one), so the sums above read nothing but the report's index.
 */
export function npsSelect(db: Knex): Knex.Raw[] {
  return [
    db.raw(`SUM(${npsSql(db, 'IS NOT NULL')}) AS nps_n`),
    db.raw(`SUM(${npsSql(db, '>= 9')}) AS promoters`),
    db.raw(`SUM(${npsSql(db, '<= 6')}) AS detractors`),
  ];
}

export function sumsOf(row: Record<string, unknown>): Sums {
  const out = emptySums();
  for (const k of SUM_KEYS) out[k] = Number(row[k] ?? 0);
  return out;
}
