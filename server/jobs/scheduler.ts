import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { runJob } from './runner.js';
import type { Job } from './types.js';

/**
 * Looks once a minute (and shortly after start) for jobs that are due and runs them one after another; the
 * lease in `job_runs` keeps several processes from running the same job. Returns a stop function.
 */
export function startScheduler(db: Knex, jobs: readonly Job[], logger: Logger, tickMs = 60_000): () => Promise<void> {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    current = (async () => {
      for (const job of jobs) {
        if (stopped) return;
        const outcome = await runJob(db, job).catch((e: unknown) => ({ ran: true, error: String(e) }));
        if (outcome.ran && 'error' in outcome && outcome.error) logger.error({ job: job.name, err: outcome.error }, 'job failed');
        else if (outcome.ran) logger.info({ job: job.name, result: 'result' in outcome ? outcome.result : undefined }, 'job ran');
        else logger.debug({ job: job.name }, 'job not due, or running in another process');
      }
    })();
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, tickMs);
  first.unref();
  timer.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
    await current;
  };
}
