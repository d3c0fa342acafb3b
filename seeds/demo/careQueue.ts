import type { Knex } from 'knex';
import { generateMaintenanceReminders } from '../../server/domain/appointments/maintenance.js';
import { detectChurnRisks } from '../../server/domain/churn/detect.js';

/**
 * The morning's sweeps, run once over the fresh demo data as the scheduler would: maintenance reminders for
 * the cars coming due, and the churn-risk list, so the calendar and the list look like a working day.
 */
export async function careQueue(trx: Knex.Transaction, now: Date): Promise<void> {
  await generateMaintenanceReminders(trx, now);
  await detectChurnRisks(trx, now);
}
