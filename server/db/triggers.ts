import type { Knex } from 'knex';
import { dialectOf } from './connect.js';

/**
 * Runs `load` with the tables' own triggers off, in the caller's transaction: for a bulk load that writes the
 * values the triggers keep itself (the demo seed computes each customer's first purchase and visit months as it
 * makes them), where a trigger per row would rewrite the customer once per visit. PostgreSQL disables them
 * (transactional); SQLite has no such switch, so they are dropped and created again from their stored SQL.
 */
export async function withoutTriggers<T>(trx: Knex.Transaction, tables: readonly string[], load: () => Promise<T>): Promise<T> {
  if (dialectOf(trx) === 'postgres') {
    for (const t of tables) await trx.raw('ALTER TABLE ?? DISABLE TRIGGER USER', [t]);
    const result = await load();
    for (const t of tables) await trx.raw('ALTER TABLE ?? ENABLE TRIGGER USER', [t]);
    return result;
  }
  const saved = await trx('sqlite_master').where({ type: 'trigger' }).whereIn('tbl_name', tables).select('name', 'sql') as { name: string; sql: string }[];
  for (const t of saved) await trx.raw('DROP TRIGGER ??', [t.name]);
  const result = await load();
  for (const t of saved) await trx.raw(t.sql);
  return result;
}
