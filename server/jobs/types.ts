import type { Knex } from 'knex';

/** A periodic job: idempotent, so running it twice (or late) does no harm; returns a summary of what it did. */
export interface Job {
  name: string;
  /** how often it is due */
  everyMs: number;
  run: (db: Knex, now: Date) => Promise<Record<string, unknown>>;
}

export interface JobStatus {
  name: string;
  every_ms: number;
  last_started_at: string | null;
  last_finished_at: string | null;
  last_result: Record<string, unknown> | null;
  last_error: string | null;
  runs: number;
  running: boolean;
}
