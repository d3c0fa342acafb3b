import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { maskRecord } from '../../auth/policy.js';
import type { Row } from '../../resources/types.js';
import { keyGroups, pairsOf } from './blocks.js';
import { customersDef, phoneColumns } from './customersDef.js';
import { dismissedKeys } from './dismissals.js';
import { SCORED, loadPeople, personOf } from './people.js';
import { MIN_SCORE, levelOf, scorePair, scoreReaching, type Level, type Match, type Person, type ReasonFilter } from './score.js';

/** One side of a proposed pair, as the actor may see it. */
export type CandidateSide = Row & { owner_name: string | null };

export interface Candidate {
  /** "lowId-highId" */
  key: string;
  a: CandidateSide;
  b: CandidateSide;
  score: number;
  level: Level;
  /** what speaks for (weight > 0) and against (weight < 0) the pair, strongest first */
  reasons: Match[];
}

export interface CandidateQuery {
  reason?: ReasonFilter;
  level?: Level;
  /** 0-based first row and the number of rows */
  offset: number;
  limit: number;
}

export interface CandidatePage {
  total: number;
  /** pairs per reason before the reason filter (the filter chips' counts) */
  by_reason: Record<string, number>;
  by_level: Record<Level, number>;
  pairs: Candidate[];
}

const SIDE_FIELDS = ['id', 'name', 'phone', 'email', 'address', 'city', 'region', 'customer_type', 'owner_id', 'tier_id', 'created_at', 'updated_at'];

interface Scored {
  a: number;
  b: number;
  score: number;
  reasons: Match[];
}

/** Every proposed pair the actor may see (both records in their scope, not judged different), best first. */
async function scoredPairs(db: Knex, actor: Actor, only?: number): Promise<Scored[]> {
  const pairs = [...pairsOf(await keyGroups(db, actor, only)).values()].filter((p) => only === undefined || p.a === only || p.b === only);
  const people = await loadPeople(db, [...new Set(pairs.flatMap((p) => [p.a, p.b]))], SCORED);
  const dismissed = await dismissedKeys(db, pairs);
  const scored: Scored[] = [];
  // each record as the scoring sees it once, however many pairs it is in
  const persons = new Map<number, Person>();
  const phones = phoneColumns(db, customersDef()).map((c) => c.field);
  const person = (id: number): Person | undefined => {
    const row = people.get(id);
    if (!row) return undefined;
    const known = persons.get(id) ?? personOf(db, row, phones);
    persons.set(id, known);
    return known;
  };
  for (const p of pairs) {
    const a = person(p.a);
    const b = person(p.b);
    if (!a || !b || dismissed.has(`${p.a}-${p.b}`)) continue;
    const found = scoreReaching(a, b, MIN_SCORE);
    if (found && found.score >= MIN_SCORE) scored.push({ a: p.a, b: p.b, score: found.score, reasons: found.matches });
  }
  // the strongest first; among equals the most recently added record first (a fresh duplicate is the one to catch)
  scored.sort((x, y) => y.score - x.score || y.b - x.b || y.a - x.a);
  return scored;
}

/** The pairs of a page as shown: their records' shown columns loaded for them alone. */
async function present(db: Knex, actor: Actor, list: Scored[]): Promise<Candidate[]> {
  const def = customersDef();
  const people = await loadPeople(db, [...new Set(list.flatMap((p) => [p.a, p.b]))]);
  const owners = [...new Set(list.flatMap((p) => [people.get(p.a)?.owner_id, people.get(p.b)?.owner_id]).filter((v) => v != null))] as number[];
  const names = new Map<number, string>(
    owners.length ? (await db('users').whereIn('id', owners).select('id', 'name')).map((u: Row) => [Number(u.id), String(u.name)]) : [],
  );
  const side = (id: number): CandidateSide => {
    const row = people.get(id) ?? {};
    const shown = Object.fromEntries(SIDE_FIELDS.map((f) => [f, row[f] ?? null]));
    const masked = maskRecord(def, actor, shown);
    return { ...masked, owner_name: row.owner_id == null ? null : names.get(Number(row.owner_id)) ?? null };
  };
  return list.map((p) => ({ key: `${p.a}-${p.b}`, a: side(p.a), b: side(p.b), score: p.score, level: levelOf(p.score), reasons: p.reasons }));
}

/** The page of proposed pairs, filtered by a reason and a level, with the counts the filters show. */
export async function listCandidates(db: Knex, actor: Actor, query: CandidateQuery): Promise<CandidatePage> {
  const scored = await scoredPairs(db, actor);
  const by_reason: Record<string, number> = {};
  const by_level: Record<Level, number> = { high: 0, medium: 0, low: 0 };
  for (const p of scored) {
    for (const kind of new Set(p.reasons.filter((r) => r.weight > 0).map((r) => r.kind))) by_reason[kind] = (by_reason[kind] ?? 0) + 1;
    by_level[levelOf(p.score)] += 1;
  }
  const matching = scored.filter((p) => (!query.reason || p.reasons.some((r) => r.weight > 0 && r.kind === query.reason))
    && (!query.level || levelOf(p.score) === query.level));
  const page = matching.slice(query.offset, query.offset + query.limit);
  return { total: matching.length, by_reason, by_level, pairs: await present(db, actor, page) };
}

/** The proposed pairs of one customer (its detail page's hint), best first. */
export async function candidatesOf(db: Knex, actor: Actor, customerId: number): Promise<Candidate[]> {
  return present(db, actor, (await scoredPairs(db, actor, customerId)).slice(0, 20));
}

/** The score and reasons of one pair, whether or not blocking would propose it (the review of any two records). */
export function scoreOf(db: Knex, a: Row, b: Row): { score: number; level: Level; reasons: Match[] } {
  const { score, matches } = scorePair(personOf(db, a), personOf(db, b));
  return { score, level: levelOf(score), reasons: matches };
}
