import type { Knex } from 'knex';
import { dialectOf } from './connect.js';

/**
 * Keeps the query planner's table statistics current, so the reports' grouped queries pick the right index among
 * several that cover the same columns (at 100,000 customers the wrong pick costs 2–3×):
 * `ANALYZE` after bulk loads (seeding); at start, SQLite gathers statistics it has never had and otherwise runs
 * `PRAGMA optimize`, which re-analyzes only the tables that changed much since.
 */
export async function analyzeAfterLoad(db: Knex): Promise<void> {
  await db.raw('ANALYZE');
}

export async function refreshStatisticsAtStart(db: Knex): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return; // PostgreSQL's autovacuum keeps its own statistics
  const had = await db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'") as unknown[];
  await db.raw(had.length ? 'PRAGMA optimize' : 'ANALYZE');
}
