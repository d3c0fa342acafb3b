import type { Knex } from 'knex';
import { jobs } from '../../server/jobs/registry.js';
import { runJob } from '../../server/jobs/runner.js';
import { seedCareRules } from '../../seeds/demo/careRules.js';
import { seedGreetings } from '../../seeds/demo/greetings.js';

interface CareBench {
  db: Knex;
  base: string;
  tokens: { specialist: string; sales: string; admin: string };
  /** times the server side of the requests made by `step` */
  measure: (label: string, runs: number, target: number | undefined, step: (i: number) => Promise<unknown>) => Promise<void>;
}

const JOB_TARGET_MS = 10_000;

/**
 * Daily care work on the full data set: each periodic job's first run (what a fresh install's first sweep does
 * over years of history) and its second (nothing new: the daily cost), my-work-today for a specialist's team
 * and a sales consultant, the complaints about to breach, and the year plan with its roll-ups.
 */
export async function benchCare({ db, base, tokens, measure }: CareBench): Promise<void> {
  // a bench database seeded before the care rules existed gets the demo's rules and templates
  if (!Number((await db('follow_up_rules').count({ n: '*' }).first())?.n)) await db.transaction((trx) => seedCareRules(trx, new Date().toISOString()));
  if (!Number((await db('message_templates').count({ n: '*' }).first())?.n)) await db.transaction((trx) => seedGreetings(trx, new Date()));

  console.log('\nPeriodic care jobs (first run, then the idempotent second run)\n');
  for (const job of jobs) {
    for (const run of ['first', 'second'] as const) {
      const started = performance.now();
      const outcome = await runJob(db, job, { force: true });
      const ms = performance.now() - started;
      if (outcome.error) throw new Error(`${job.name}: ${outcome.error}`);
      const result = JSON.stringify(outcome.result ?? {}).slice(0, 90);
      console.log(`${`${job.name} (${run} run)`.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms  ${ms < JOB_TARGET_MS ? '✓' : '✗'} target < ${JOB_TARGET_MS} ms  ${result}`);
    }
  }
  console.log('');

  const call = async (path: string, token: string) => {
    const res = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  };
  await measure('My work today: a specialist\'s team queue', 50, 100, () => call('/today?scope=team', tokens.specialist));
  await measure('My work today: a sales consultant\'s own queue', 50, 100, () => call('/today', tokens.sales));
  const filter = encodeURIComponent(JSON.stringify({ sla: 'attention' }));
  await measure('Complaints about to breach or breached (page + total)', 100, 15, () =>
    call(`/complaints?filter=${filter}&range=${encodeURIComponent('[0,24]')}`, tokens.specialist));
  const year = new Date().getFullYear();
  await measure('The CS plan of the year with its roll-ups', 50, 200, () => call(`/events/plan/${year}`, tokens.admin));
}
