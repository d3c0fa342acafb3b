import type { Knex } from 'knex';
import { dialectOf } from './connect.js';

/**
 * Keeps the query planner's table statistics current, so the reports' grouped queries pick the right index among
 * several that cover the same columns (at 100,000 customers the wrong pick costs 2–3×):
 * `ANALYZE` after bulk loads (seeding); at start, SQLite gathers statistics it has never had (for the whole
 * database, or for an index a migration added) and then runs `PRAGMA optimize`, which re-analyzes only the tables
 * that changed much since.
 */
export async function analyzeAfterLoad(db: Knex): Promise<void> {
  await db.raw('ANALYZE');
}

/**
 * After a bulk load has committed, on PostgreSQL: `VACUUM ANALYZE` marks the new rows visible to all in the
 * visibility map, so index-only scans stop reading the table itself (the reports' first-purchase subquery fetched
 * 65,000 heap rows until autovacuum came by, 30% slower). It cannot run inside a transaction.
 */
export async function vacuumAfterLoad(db: Knex): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  // this schema's tables only (the tests keep one schema each in one database)
  const rows = await db.raw('SELECT tablename FROM pg_tables WHERE schemaname = current_schema()') as { rows: { tablename: string }[] };
  const tables = rows.rows.map((r) => r.tablename);
  if (tables.length) await db.raw(`VACUUM ANALYZE ${tables.map(() => '??').join(', ')}`, tables);
}

export async function refreshStatisticsAtStart(db: Knex): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return; // PostgreSQL's autovacuum keeps its own statistics
  const had = await db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'") as unknown[];
  if (!had.length) {
    await db.raw('ANALYZE');
    return;
  }
  // an index a migration added since has no statistics, and the planner would not pick it (instant on empty tables)
  const fresh = await db.raw(`SELECT m.name FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = m.name)`) as { name: string }[];
  for (const { name } of fresh) await db.raw('ANALYZE ??', [name]);
  await db.raw('PRAGMA optimize');
}
