import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';

// PostgreSQL returns DATE, NUMERIC and BIGINT as JS objects or strings; the API speaks plain JSON values.
pg.types.setTypeParser(1082, (v: string) => v); // date → 'YYYY-MM-DD'
pg.types.setTypeParser(1700, (v: string) => Number(v)); // numeric → number
pg.types.setTypeParser(20, (v: string) => Number(v)); // bigint (count) → number

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(db: Knex): Dialect {
  return db.client.config.client === 'pg' ? 'postgres' : 'sqlite';
}

/** Opens a knex pool for `sqlite://file` or `postgres://…`. */
export function connect(url: string, options: { schema?: string } = {}): Knex {
  if (url.startsWith('postgres')) {
    const searchPath = options.schema ? [options.schema, 'public'] : undefined;
    return knexFactory({
      client: 'pg', connection: url, searchPath,
      pool: {
        min: 0,
        max: 10,
        // PostgreSQL prices the reports' grouped queries over 100,000 customers past its JIT threshold, and
        // compiling a plan took seconds, far longer than running it: off for the app's connections. The reports'
        // groupings (COUNT DISTINCT over 65,000 owners) spilled their sorts to disk in the default 4 MB of
        // work memory: 32 MB per sort or hash keeps them in memory (3× faster; ten connections at most).
        afterCreate(conn: { query: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, c: unknown) => void) {
          conn.query("SET jit = off; SET work_mem = '32MB'", (err) => done(err, conn));
        },
      },
    });
  }
  const file = url.replace(/^sqlite:\/\//, '');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return knexFactory({
    client: 'better-sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: { pragma: (s: string) => unknown }, done: (err: Error | null, c: unknown) => void) {
        conn.pragma('journal_mode = WAL');
        conn.pragma('synchronous = NORMAL');
        conn.pragma('foreign_keys = ON');
        conn.pragma('busy_timeout = 5000');
        conn.pragma('cache_size = -64000');
        // temp b-trees and statement journals in memory; it cannot be switched later inside a transaction
        conn.pragma('temp_store = MEMORY');
        done(null, conn);
      },
    },
  });
}

/** Creates a PostgreSQL schema when it is missing (DATABASE_SCHEMA), before a pool searches it. */
export async function ensureSchema(url: string, schema: string): Promise<void> {
  const admin = connect(url);
  try {
    await admin.raw('CREATE SCHEMA IF NOT EXISTS ??', [schema]);
  } finally {
    await admin.destroy();
  }
}
