import type { Knex } from 'knex';
import type { TablePlan } from './tables.js';

/**
 * The rows came with their ids, so each sequence still stands where the migrations left it: moved past the
 * largest copied id, the next record the app writes gets max + 1 (1 in an empty table).
 */
export async function advanceSequences(trx: Knex.Transaction, plans: readonly TablePlan[]): Promise<void> {
  for (const plan of plans) {
    for (const column of plan.serial) {
      await trx.raw(`SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX(??), 0) + 1, false) FROM ??`,
        [`"${plan.name}"`, column, column, plan.name]);
    }
  }
}
