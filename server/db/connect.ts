import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';

// PostgreSQL returns DATE, NUMERIC and BIGINT as JS objects or strings; the API speaks plain JSON values.
pg.types.setTypeParser(1082, (v: string) => v); // date → 'YYYY-MM-DD'
pg.types.setTypeParser(1700, (v: string) => Number(v)); // numeric → number
pg.types.setTypeParser(20, (v: string) => Number(v)); // bigint (count) → number

/** how long opening a PostgreSQL connection may take */
const CONNECT_TIMEOUT_MS = 5_000;
/** how long a request may wait for a pooled connection (all busy, or the database down) before it is refused */
const ACQUIRE_TIMEOUT_MS = 10_000;

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(db: Knex): Dialect {
  return db.client.config.client === 'pg' ? 'postgres' : 'sqlite';
}

/** Opens a knex pool for `sqlite://file` or `postgres://…`. */
export function connect(url: string, options: { schema?: string } = {}): Knex {
  if (url.startsWith('postgres')) {
    const searchPath = options.schema ? [options.schema, 'public'] : undefined;
    return knexFactory({
      client: 'pg',
      // a database that is down or unreachable fails a request within seconds (503), instead of holding it for the
      // default minute; TCP keep-alive notices a connection that died without a word (a restarted host)
      connection: { connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true },
      searchPath,
      acquireConnectionTimeout: ACQUIRE_TIMEOUT_MS,
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
  return beginImmediate(knexFactory({
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
  }));
}

interface SqliteTransaction {
  begin: (conn: unknown) => unknown;
  query: (conn: unknown, sql: string) => unknown;
}

/**
 * SQLite transactions take the write lock when they begin (BEGIN IMMEDIATE), not at their first write. With
 * several processes on one file, a transaction that read first and then wrote would otherwise fail at once with
 * SQLITE_BUSY when another process had written meanwhile (its snapshot is stale, so waiting cannot help);
 * taken up front, the lock is waited for within the busy timeout. One process has one connection, so inside a
 * process nothing changes.
 */
function beginImmediate(db: Knex): Knex {
  const client = db.client as { transaction: (...args: unknown[]) => SqliteTransaction };
  const make = client.transaction.bind(client);
  client.transaction = (...args: unknown[]) => {
    const trx = make(...args);
    trx.begin = (conn: unknown) => trx.query(conn, 'BEGIN IMMEDIATE;');
    return trx;
  };
  return db;
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
