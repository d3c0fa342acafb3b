import type { Knex } from 'knex';
import type { TablePlan } from './tables.js';

/**
 * What every installation holds before anyone works in it: the lookup lists and the tiers (seeds/fixtures.ts,
 * written at first start). A target holding only these counts as empty; the copy replaces them with the source's.
 */
export const FIXTURE_TABLES: readonly string[] = ['lookups', 'tiers'];

/** The target's tables holding rows beyond the fixtures, with how many (none: safe to copy into). */
export async function tablesWithData(trx: Knex.Transaction, plans: readonly TablePlan[]): Promise<{ table: string; rows: number }[]> {
  const found: { table: string; rows: number }[] = [];
  for (const plan of plans) {
    if (FIXTURE_TABLES.includes(plan.name)) continue;
    const row = await trx(plan.name).count({ n: '*' }).first();
    const rows = Number(row?.n ?? 0);
    if (rows > 0) found.push({ table: plan.name, rows });
  }
  // the records people look for first, then the rest in copy order
  const rank = (table: string) => {
    const i = ['customers', 'users'].indexOf(table);
    return i < 0 ? 2 : i;
  };
  return found.sort((a, b) => rank(a.table) - rank(b.table));
}

/** Empties every table to be copied, in the caller's transaction (undone with it when the copy fails). */
export async function emptyTables(trx: Knex.Transaction, plans: readonly TablePlan[]): Promise<void> {
  if (!plans.length) return;
  await trx.raw(`TRUNCATE ${plans.map(() => '??').join(', ')}`, plans.map((p) => p.name));
}
