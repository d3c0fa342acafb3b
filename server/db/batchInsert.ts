import type { Knex } from 'knex';
import { dialectOf } from './connect.js';

type Row = Record<string, unknown>;

/** Bind variables per statement kept well under SQLite's 32,766 (PostgreSQL allows 65,535). */
const MAX_BINDINGS = 30_000;
const MAX_ROWS = 500;

/** The part of a better-sqlite3 connection the writer uses. */
interface SqliteStatement {
  run(params: unknown[]): unknown;
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  pragma(source: string, options?: { simple: boolean }): unknown;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Writes rows in multi-row INSERTs of at most 500 rows inside the caller's transaction, counting what went
 * into each table (the demo seeder and imports). All rows of one call share the columns of the first.
 *
 * Why not `trx(table).insert(rows)`: at a million rows the query builder costs more than SQLite itself.
 * On PostgreSQL the statement is built here and run with `raw` (knex numbers the placeholders); on SQLite
 * one prepared statement per table and chunk size is reused on the transaction's own connection (the pool
 * has one), which also spares SQLite parsing a 500-row statement per chunk.
 */
export class BatchInsert {
  readonly counts = new Map<string, number>();
  private readonly statements = new Map<string, SqliteStatement>();
  private restore: string[] = [];

  private constructor(private readonly trx: Knex.Transaction, private readonly sqlite: SqliteConnection | null) {}

  /**
   * `cacheKiB`: SQLite's page cache while writing. The seeder takes 256 MiB (secondary indexes are written
   * in random order); a running server keeps it small, or a long transaction fills it with dirty pages.
   */
  static async open(trx: Knex.Transaction, options: { cacheKiB?: number } = {}): Promise<BatchInsert> {
    if (dialectOf(trx) === 'postgres') return new BatchInsert(trx, null);
    const client = trx.client as { acquireConnection(): Promise<unknown> };
    const conn = (await client.acquireConnection()) as SqliteConnection;
    const writer = new BatchInsert(trx, conn);
    // statement journals in memory: each multi-row INSERT journals the pages it changes
    for (const [pragma, value] of [['cache_size', `-${options.cacheKiB ?? 16_000}`], ['temp_store', '2']]) {
      const was = String(conn.pragma(pragma, { simple: true }));
      if (was === value) continue;
      writer.restore.push(`${pragma} = ${was}`);
      conn.pragma(`${pragma} = ${value}`);
    }
    return writer;
  }

  async insert(table: string, rows: Row[]): Promise<void> {
    if (!rows.length) return;
    const columns = Object.keys(rows[0]);
    const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_BINDINGS / columns.length)));
    const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES `;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      const bindings: unknown[] = [];
      for (const row of chunk) {
        for (const c of columns) {
          const v = row[c] ?? null;
          bindings.push(this.sqlite && typeof v === 'boolean' ? Number(v) : v);
        }
      }
      const sql = () => head + new Array<string>(chunk.length).fill(tuple).join(', ');
      if (!this.sqlite) {
        await this.trx.raw(sql(), bindings as Knex.Value[]);
        continue;
      }
      const key = `${table}:${columns.join(',')}:${chunk.length}`;
      let statement = this.statements.get(key);
      if (!statement) {
        statement = this.sqlite.prepare(sql());
        this.statements.set(key, statement);
      }
      statement.run(bindings);
    }
    this.counts.set(table, (this.counts.get(table) ?? 0) + rows.length);
  }

  /** Ids were given explicitly, so PostgreSQL's sequences must be moved past them. */
  async resetSequences(): Promise<void> {
    if (this.sqlite) return;
    for (const table of this.counts.keys()) {
      await this.trx.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT MAX(id) FROM ??))`, [table, table]);
    }
  }

  /** Gives SQLite's connection its settings back. */
  release(): void {
    for (const setting of this.restore) this.sqlite?.pragma(setting);
  }
}
