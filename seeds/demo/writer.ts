import type { Knex } from 'knex';

/** The highest id of each table (0 when empty), so new ids continue after existing rows. */
export async function maxIds(db: Knex, tables: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const row = await db(table).max({ m: 'id' }).first();
    out[table] = Number(row?.m ?? 0);
  }
  return out;
}
