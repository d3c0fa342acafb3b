import type { Knex } from 'knex';
import type { Job, JobStatus } from './types.js';

/** Long enough for the slowest sweep at 100,000 customers; a crashed process's lease lapses after it. */
const LEASE_MS = 10 * 60_000;

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());
const parsed = (v: unknown) => (v == null ? null : ((typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>));

async function ensureRow(db: Knex, name: string): Promise<void> {
  await db('job_runs').insert({ name, runs: 0 }).onConflict('name').ignore();
}

/**
 * Takes the job's lease with one conditional update (free, and due unless `force`), so of several processes
 * exactly one runs it; false when another holds it or it is not due.
 */
async function takeLease(db: Knex, job: Job, now: Date, force: boolean): Promise<boolean> {
  await ensureRow(db, job.name);
  const query = db('job_runs').where({ name: job.name })
    .where((q) => q.whereNull('lease_until').orWhere('lease_until', '<', now.toISOString()));
  if (!force) query.where((q) => q.whereNull('last_started_at').orWhere('last_started_at', '<=', new Date(now.getTime() - job.everyMs).toISOString()));
  const taken = await query.update({ lease_until: new Date(now.getTime() + LEASE_MS).toISOString(), last_started_at: now.toISOString() });
  return taken === 1;
}

export interface RunOutcome {
  ran: boolean;
  result?: Record<string, unknown>;
  error?: string;
}

/** Runs the job if this process gets its lease, and records the outcome (an error is recorded, not thrown). */
export async function runJob(db: Knex, job: Job, options: { now?: Date; force?: boolean } = {}): Promise<RunOutcome> {
  const now = options.now ?? new Date();
  if (!(await takeLease(db, job, now, options.force === true))) return { ran: false };
  try {
    const result = await job.run(db, now);
    await db('job_runs').where({ name: job.name }).update({
      lease_until: null, last_finished_at: new Date().toISOString(), last_result: JSON.stringify(result), last_error: null, runs: db.raw('runs + 1'),
    });
    return { ran: true, result };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await db('job_runs').where({ name: job.name }).update({ lease_until: null, last_finished_at: new Date().toISOString(), last_error: error.slice(0, 1000), runs: db.raw('runs + 1') });
    return { ran: true, error };
  }
}

export async function jobStatuses(db: Knex, jobs: readonly Job[]): Promise<JobStatus[]> {
  const rows: Record<string, unknown>[] = await db('job_runs').whereIn('name', jobs.map((j) => j.name));
  const byName = new Map(rows.map((r) => [String(r.name), r]));
  const now = Date.now();
  return jobs.map((job) => {
    const r = byName.get(job.name);
    return {
      name: job.name, every_ms: job.everyMs,
      last_started_at: iso(r?.last_started_at), last_finished_at: iso(r?.last_finished_at),
      last_result: parsed(r?.last_result), last_error: (r?.last_error as string | null | undefined) ?? null, runs: Number(r?.runs ?? 0),
      running: r?.lease_until != null && new Date(r.lease_until as string).getTime() > now,
    };
  });
}
