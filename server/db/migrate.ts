import type { Knex } from 'knex';
import { migrationSource } from '../../migrations/index.js';
import { refreshStatisticsAtStart } from './statistics.js';

export async function migrateLatest(db: Knex): Promise<void> {
  await db.migrate.latest({ migrationSource });
  await refreshStatisticsAtStart(db);
}

export async function migrateRollbackAll(db: Knex): Promise<void> {
  await db.migrate.rollback({ migrationSource }, true);
}
