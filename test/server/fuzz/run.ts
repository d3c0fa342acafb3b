import type { Knex } from 'knex';
import { changedTables, tableDigest, WRITTEN_BY_ROUTE } from './digest.js';
import { send, type Answer } from './http.js';
import { Rng } from './prng.js';
import { buildRequest, type FuzzRequest, type Known, type Who } from './requests.js';
import type { Target } from './routes.js';

/** The signed-in callers' cookies and CSRF tokens. */
export type Sessions = Record<Exclude<Who, 'anonymous'>, { cookie: string; csrf: string }>;

export interface Finding {
  request: FuzzRequest;
  answer: Answer;
  problem: string;
}

export interface Tally {
  sent: number;
  byClass: Record<string, number>;
  routes: Set<string>;
  /** route template → milliseconds its requests took */
  groupMs: Map<string, number>;
  /** milliseconds spent taking digests */
  digestMs: number;
  findings: Finding[];
  /** route template → tables changed while it was fuzzed */
  changed: Map<string, string[]>;
}

const isErrorContract = (text: string): boolean => {
  try {
    const body = JSON.parse(text) as unknown;
    return typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
      && typeof (body as { errors?: unknown }).errors === 'object' && (body as { errors?: unknown }).errors !== null;
  } catch {
    return false;
  }
};

async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** What `who` sends with each request: its cookie, and the CSRF token unless the defect is its absence. */
function withCaller(req: FuzzRequest, sessions: Sessions): Record<string, string> {
  if (req.who === 'anonymous') return req.headers;
  const s = sessions[req.who];
  const cookie = req.headers.cookie ? `${req.headers.cookie}; crm_session=${s.cookie}` : `crm_session=${s.cookie}`;
  const csrf = req.defect === 'no_csrf' ? { 'x-csrf-token': s.csrf.slice(0, -2) + 'zz' } : { 'x-csrf-token': s.csrf };
  return { ...req.headers, cookie, ...csrf };
}

/**
 * Fuzzes the targets one route template at a time: `perTarget` requests to each of its targets from a mix of
 * callers, then a digest of every table, so a changed row is pinned to the route that changed it.
 */
export async function fuzz(options: {
  db: Knex; base: URL; sessions: Sessions; known: Known; targets: readonly Target[]; seed: number;
  perTarget: (t: Target) => number; width: number;
}): Promise<Tally> {
  const { db, base, sessions, known, targets, seed } = options;
  const tally: Tally = { sent: 0, byClass: {}, routes: new Set(), groupMs: new Map(), digestMs: 0, findings: [], changed: new Map() };
  const groups = new Map<string, Target[]>();
  for (const t of targets) {
    const key = `${t.method} ${t.template}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  let before = await tableDigest(db);
  let groupNo = 0;
  for (const [key, group] of groups) {
    // one generator per group, from the seed and the group's place: a replay of one route needs no other
    const rng = new Rng((seed + Math.imul(++groupNo, 0x9e3779b1)) >>> 0);
    const requests = group.flatMap((t) => Array.from({ length: options.perTarget(t) }, () => {
      const roll = rng.next();
      const who: Who = roll < 0.7 ? 'admin' : roll < 0.85 ? 'sales' : 'anonymous';
      return buildRequest(rng, t, known, who);
    }));
    const groupStarted = Date.now();
    await inParallel(requests, options.width, async (req) => {
      const answer = await send(base, req.method, req.path, withCaller(req, sessions), req.body);
      tally.sent += 1;
      const cls = answer.status ? `${Math.floor(answer.status / 100)}xx` : 'no answer';
      tally.byClass[cls] = (tally.byClass[cls] ?? 0) + 1;
      if (answer.status === 0 || answer.status >= 500) tally.findings.push({ request: req, answer, problem: 'server error or no answer' });
      else if (answer.status >= 400 && !isErrorContract(answer.text)) tally.findings.push({ request: req, answer, problem: '4xx without { message, errors }' });
      else if (req.defect && answer.status < 400 && !isDryRun(req.defect, answer.text)) tally.findings.push({ request: req, answer, problem: `a write with a defect (${req.defect}) was accepted` });
    });
    tally.groupMs.set(key, Date.now() - groupStarted);
    for (const t of group) tally.routes.add(`${t.method} ${t.path}`);
    const digestStarted = Date.now();
    const after = await tableDigest(db);
    tally.digestMs += Date.now() - digestStarted;
    const changed = changedTables(before, after).filter((table) => !WRITTEN_BY_ROUTE[key]?.[table]);
    if (changed.length) tally.changed.set(key, changed);
    before = after;
  }
  return tally;
}

/** One finding as a line a person can replay: method, path, caller, defect, body sample, status, answer. */
export function describe(f: Finding): string {
  const body = f.request.body ? f.request.body.subarray(0, 160).toString('utf8').replace(/\s+/g, ' ') : '';
  return `${f.problem}: ${f.request.method} ${f.request.path.slice(0, 200)} as ${f.request.who}` +
    `${f.request.defect ? ` (defect: ${f.request.defect})` : ''} body[${f.request.body?.length ?? 0}] ${JSON.stringify(body)}` +
    ` → ${f.answer.status} ${f.answer.text.slice(0, 300)}`;
}

/**
 * An upload that never asks for a real import may still be read: a garbage file that happens to parse gets the
 * import's preview (200, `dryRun: true`, nothing written), which is no acceptance of a write.
 */
function isDryRun(defect: string, text: string): boolean {
  if (defect !== 'bad_import') return false;
  try {
    return (JSON.parse(text) as { dryRun?: unknown }).dryRun === true;
  } catch {
    return false;
  }
}
