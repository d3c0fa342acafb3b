import type { Knex } from 'knex';
import pg from 'pg';
import { connect } from '../../../server/db/connect.js';
import { migrateLatest } from '../../../server/db/migrate.js';
import { ensureFixtures } from '../../../seeds/fixtures.js';
import { seedDemo } from '../../../seeds/demo.js';

/** Creates the PostgreSQL database of `url` when the server has none of that name (through the `postgres` database). */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) {
      console.log(`Creating PostgreSQL database ${name}…`);
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/**
 * The bench database at `url` with `customers` customers, as `npm run bench` makes it: migrated, then seeded
 * with the demo data once (reused by later runs); a database with fewer customers but not empty is refused.
 */
export async function openBenchDatabase(url: string, customers: number): Promise<Knex> {
  if (url.startsWith('postgres')) await ensurePostgresDatabase(url);
  const db = connect(url);
  await migrateLatest(db);
  const have = Number((await db('customers').count({ n: '*' }).first())?.n ?? 0);
  if (have >= customers) return db;
  if (have > 0) {
    await db.destroy();
    throw new Error(`${url} has ${have} customers; run: npm run seed -- --customers ${customers} --database ${url} --reset`);
  }
  console.log(`Seeding ${customers} customers into ${url} (once; reused by later runs)…`);
  const t = Date.now();
  await ensureFixtures(db);
  await seedDemo(db, { customers });
  console.log(`  seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return db;
}
