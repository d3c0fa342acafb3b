import type { Knex } from 'knex';
import { chinaDay } from '../../server/domain/chinaTime.js';
import { writeValueSnapshot } from '../../server/domain/value/snapshot.js';

interface ValueBench {
  db: Knex;
  region: string | undefined;
  call: (path: string, token: string) => Promise<unknown>;
  measure: (label: string, runs: number, target: number | undefined, step: (i: number) => Promise<unknown>) => Promise<void>;
  tokens: { manager: string; sales: string };
}

const TARGET_MS = 300;

/** The customer-value report (it reads one month's snapshot and the month before), and writing a month's snapshot. */
export async function benchCustomerValue({ db, region, call, measure, tokens }: ValueBench): Promise<void> {
  await measure('Customer value: segments, R×F, flags, who moved (department)', 20, TARGET_MS, () => call('/analytics/value', tokens.manager));
  await measure('Customer value: one region', 20, TARGET_MS, () => call(`/analytics/value?region=${encodeURIComponent(region ?? '')}`, tokens.manager));
  await measure('Customer value: a sales consultant', 20, TARGET_MS, () => call('/analytics/value', tokens.sales));
  const today = chinaDay(new Date());
  const started = performance.now();
  const customers = await writeValueSnapshot(db, today.slice(0, 7), today);
  console.log(`  Customer value: the month's snapshot (job), ${customers.toLocaleString('en-US')} owners rewritten in ${Math.round(performance.now() - started)} ms`);
}
