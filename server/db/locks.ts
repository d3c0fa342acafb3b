import type { Knex } from 'knex';
import { dialectOf } from './connect.js';

/**
 * Holds a named lock until the transaction ends, so a whole-table operation (a tier recalculation, points
 * expiry, an import into one resource) runs one at a time across every server process: the second waits, then
 * reads what the first committed and does only what is left. PostgreSQL: a transaction-scoped advisory lock.
 * SQLite: every transaction already holds the database's write lock from its start (BEGIN IMMEDIATE, see
 * connect.ts), which serializes them the same way.
 */
export async function holdLock(trx: Knex.Transaction, name: string): Promise<void> {
  if (dialectOf(trx) === 'postgres') await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [name]);
}
