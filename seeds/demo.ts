import type { Knex } from 'knex';

/** Placeholder replaced by the demo-data generator. */
export async function seedDemo(db: Knex, opts: { customers: number }): Promise<void> {
  void db;
  void opts;
}
