import { createRequire } from 'node:module';
import knexFactory, { type Knex } from 'knex';
import { dialectOf } from './connect.js';
import { ReaderWorkers } from './readerWorkers.js';

/**
 * The database as the reports read it. On PostgreSQL that is the app's own pool, whose connections already run a
 * report's queries side by side. On an SQLite file it is a read-only knex whose SELECTs run on worker threads
 * (readerWorkers.ts): a dashboard's six KPIs take about as long as the slowest two instead of all six one after
 * another, and the app's thread answers other requests meanwhile. It refuses anything but a read.
 */

interface QueryObject { sql?: string; bindings?: unknown[]; response?: unknown }
interface BetterSqliteClient {
  _formatBindings(bindings: unknown[] | undefined): unknown[];
  destroy(callback?: () => void): Promise<void>;
}
type ClientClass = new (config: Knex.Config) => BetterSqliteClient;

const require = createRequire(import.meta.url);
// knex ships its dialect classes without type declarations
const BetterSqlite3Client = require('knex/lib/dialects/better-sqlite3/index.js') as ClientClass;

/** A knex client whose "connections" are tokens: every statement goes to the reader threads. */
class WorkerReaderClient extends BetterSqlite3Client {
  readonly workers: ReaderWorkers;

  constructor(config: Knex.Config & { connection: { filename: string } }) {
    super(config);
    this.workers = new ReaderWorkers(config.connection.filename);
  }

  async acquireRawConnection(): Promise<object> {
    return {};
  }

  async destroyRawConnection(): Promise<void> {
    // a token: nothing to close (the pool drops idle ones while other statements still run)
  }

  async destroy(callback?: () => void): Promise<void> {
    await this.workers.close();
    await super.destroy(callback);
  }

  async _query(_connection: object, obj: QueryObject): Promise<QueryObject> {
    if (!obj.sql) throw new Error('The query is empty');
    obj.response = await this.workers.run(obj.sql, this._formatBindings(obj.bindings));
    return obj;
  }
}

const readers = new WeakMap<Knex, Knex>();

/** The SQLite file behind a knex, or null for an in-memory database (worker threads cannot share it). */
function fileOf(db: Knex): string | null {
  const connection = db.client.config.connection as { filename?: string } | undefined;
  const file = connection?.filename;
  return file && file !== ':memory:' && !file.startsWith('file::memory:') ? file : null;
}

export function reportReader(db: Knex): Knex {
  if (dialectOf(db) === 'postgres') return db;
  const file = fileOf(db);
  if (!file) return db;
  let reader = readers.get(db);
  if (!reader) {
    reader = knexFactory({
      client: WorkerReaderClient as unknown as typeof knexFactory.Client,
      connection: { filename: file },
      useNullAsDefault: true,
      // each "connection" is only a token; the threads do the work, as many statements at once as there are threads
      pool: { min: 0, max: 16 },
    });
    readers.set(db, reader);
  }
  return reader;
}
