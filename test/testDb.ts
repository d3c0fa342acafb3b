import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { connect } from '../server/db/connect.js';
import { migrateLatest } from '../server/db/migrate.js';
import { ensureFixtures } from '../seeds/fixtures.js';

export interface TestDb {
  db: Knex;
  engine: 'sqlite' | 'postgres';
  url: string;
  schema?: string;
  drop: () => Promise<void>;
}

/**
 * A fresh, migrated database with the fixtures: a temporary SQLite file, or (when TEST_DATABASE_URL is set)
 * a new schema of its own on PostgreSQL, so test files can run side by side.
 */
export async function freshDb(options: { fixtures?: boolean } = {}): Promise<TestDb> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  let result: TestDb;
  if (pgUrl) {
    const admin = connect(pgUrl);
    await admin.raw(`CREATE SCHEMA ${name}`);
    await admin.destroy();
    const db = connect(pgUrl, { schema: name });
    result = {
      db, engine: 'postgres', url: pgUrl, schema: name,
      drop: async () => {
        await db.raw(`DROP SCHEMA ${name} CASCADE`);
        await db.destroy();
      },
    };
  } else {
    const file = path.join(os.tmpdir(), `${name}.sqlite`);
    const db = connect(`sqlite://${file}`);
    result = {
      db, engine: 'sqlite', url: `sqlite://${file}`,
      drop: async () => {
        await db.destroy();
        for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      },
    };
  }
  await migrateLatest(result.db);
  if (options.fixtures !== false) await ensureFixtures(result.db);
  return result;
}
