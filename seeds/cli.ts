/**
 * `npm run seed`: fills a database with deterministic demo data.
 *   npm run seed -- --customers 100000 [--database sqlite://./data/bench.sqlite] [--reset] [--today 2026-11-23]
 * Default database: DATABASE_URL (server/config.ts). Refuses a database that already has customers unless
 * --reset is given, which deletes the SQLite file, or on PostgreSQL rolls every migration back first.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { loadConfig } from '../server/config.js';
import { connect } from '../server/db/connect.js';
import { migrateLatest, migrateRollbackAll } from '../server/db/migrate.js';
import { ensureFixtures } from './fixtures.js';
import { seedDemo, type SeedProgress } from './demo.js';

const USAGE = 'usage: npm run seed -- [--customers 2000] [--database sqlite://path | postgres://…] [--reset] [--today YYYY-MM-DD]';

const TABLES = ['users', 'gifts', 'cs_plans', 'events', 'event_tasks', 'segments', 'customers', 'vehicles', 'service_visits',
  'appointments', 'follow_ups', 'complaints', 'redemptions', 'point_entries', 'tier_changes', 'event_participants', 'care_touches', 'care_plans'];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        customers: { type: 'string', default: '2000' },
        database: { type: 'string' },
        reset: { type: 'boolean', default: false },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const customers = Number(values.customers);
    if (!Number.isSafeInteger(customers) || customers < 1) fail(`--customers must be a positive whole number\n${USAGE}`);
    const today = values.today ? new Date(`${values.today}T12:00:00`) : new Date();
    if (Number.isNaN(today.getTime())) fail(`--today must be a date like 2026-11-23\n${USAGE}`);
    return { customers, database: values.database ?? loadConfig().DATABASE_URL, reset: values.reset, today };
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`);
  }
}

/** SQLite: delete the file (and its WAL) before connecting. PostgreSQL: drop the tables through the migrations. */
async function open(url: string, reset: boolean): Promise<Knex> {
  const sqliteFile = url.startsWith('sqlite://') ? url.slice('sqlite://'.length) : null;
  if (reset && sqliteFile && sqliteFile !== ':memory:') {
    for (const f of [sqliteFile, `${sqliteFile}-wal`, `${sqliteFile}-shm`]) fs.rmSync(f, { force: true });
  }
  const db = connect(url);
  if (reset && !sqliteFile) await migrateRollbackAll(db);
  await migrateLatest(db);
  return db;
}

const fmt = (n: number) => n.toLocaleString('en-US');

function reporter(started: number): (p: SeedProgress) => void {
  const counts = new Map<string, number>();
  let lastTenth = 0;
  return (p) => {
    counts.set(p.table, p.rows);
    if (p.table !== 'customers' && p.customers === 0) {
      console.log(`  ${p.table.padEnd(19)} ${fmt(p.rows).padStart(10)}`);
      return;
    }
    const tenth = Math.floor((p.customers * 10) / p.total);
    if (p.table !== 'care_touches' || (tenth === lastTenth && p.customers < p.total)) return;
    lastTenth = tenth;
    const parts = ['vehicles', 'service_visits', 'follow_ups', 'point_entries'].map((t) => `${t} ${fmt(counts.get(t) ?? 0)}`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`  customers ${fmt(p.customers).padStart(9)}/${fmt(p.total)}  ${parts.join('  ')}  (${seconds} s)`);
  };
}

/**
 * Generating a million rows allocates many short-lived objects: with a 64 MB young generation V8 promotes
 * far fewer of them and a 100,000-customer run needs about 15% less CPU. V8 reads the flag only at start-up,
 * so a big run relaunches itself once with it (same arguments, output inherited).
 */
function relaunchWithBiggerYoungGeneration(customers: number): void {
  const flag = '--max-semi-space-size=64';
  if (customers < 20_000 || process.execArgv.some((a) => a.startsWith('--max-semi-space-size'))) return;
  const child = spawnSync(process.execPath, [...process.execArgv, flag, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

async function main(): Promise<number> {
  const opts = options();
  relaunchWithBiggerYoungGeneration(opts.customers);
  const started = Date.now();
  const db = await open(opts.database, opts.reset);
  try {
    const have = Number((await db('customers').count({ n: '*' }).first())?.n ?? 0);
    if (have > 0) {
      console.error(`${opts.database} already has ${fmt(have)} customers; nothing written.\n` +
        `Add --reset to replace all its data: npm run seed -- --customers ${opts.customers} --database ${opts.database} --reset`);
      return 1;
    }
    await ensureFixtures(db);
    console.log(`Seeding ${fmt(opts.customers)} customers into ${opts.database} (today: ${opts.today.toDateString()})`);
    await seedDemo(db, { customers: opts.customers, today: opts.today, onProgress: reporter(started) });
    console.log('\nRows:');
    let total = 0;
    for (const table of TABLES) {
      const n = Number((await db(table).count({ n: '*' }).first())?.n ?? 0);
      total += n;
      console.log(`  ${table.padEnd(19)} ${fmt(n).padStart(10)}`);
    }
    console.log(`  ${'total'.padEnd(19)} ${fmt(total).padStart(10)}`);
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (e) {
    console.error(`Seeding failed: ${(e as Error).stack ?? String(e)}`);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main();
