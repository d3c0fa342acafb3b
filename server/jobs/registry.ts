import type { Knex } from 'knex';
import type { Job } from './types.js';
import { escalateBreached } from '../domain/complaints/escalation.js';
import { generateMaintenanceReminders } from '../domain/appointments/maintenance.js';
import { detectChurnRisks } from '../domain/churn/detect.js';
import { generateFollowUps } from '../domain/followups/cadence.js';
import { generateGreetings } from '../domain/greetings/generate.js';
import { snapshotCustomerValue } from '../domain/value/job.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** What a run did, as counts: the id lists a sweep returns stay out of the job's record. */
function counts(result: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(result).filter(([, v]) => !Array.isArray(v)));
}

const job = (name: string, everyMs: number, run: (db: Knex, now: Date) => Promise<object>): Job => ({
  name, everyMs, run: async (db, now) => counts(await run(db, now)),
});

/**
 * Every periodic job the server runs. Each is idempotent, so the hourly ones simply catch up with what the day
 * brought (a complaint breaching at 14:00 is escalated within the hour; the daily sweeps find tomorrow's work).
 */
export const jobs: readonly Job[] = [
  job('complaint-escalation', 15 * MINUTE, (db, now) => escalateBreached(db, now)),
  job('follow-up-cadences', HOUR, generateFollowUps),
  job('greetings', 6 * HOUR, generateGreetings),
  job('maintenance-reminders', 6 * HOUR, generateMaintenanceReminders),
  job('churn-risks', 24 * HOUR, detectChurnRisks),
  job('customer-value', 24 * HOUR, snapshotCustomerValue),
];

export const jobNamed = (name: string): Job | undefined => jobs.find((j) => j.name === name);
