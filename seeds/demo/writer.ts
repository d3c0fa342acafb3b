import type { Knex } from 'knex';
import type { Row } from './context.js';
import { dialectOf } from '../../server/db/connect.js';

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
 * into each table. All rows of one call share the columns of the first.
 *
 * Why not `trx(table).insert(rows)`: at a million rows the query builder costs more than SQLite itself.
 * On PostgreSQL the statement is built here and run with `raw` (knex numbers the placeholders); on SQLite
 * one prepared statement per table and chunk size is reused on the transaction's own connection (the pool
 * has one), which also spares SQLite parsing a 500-row statement per chunk.
 */
export class Writer {
  readonly counts = new Map<string, number>();
  private readonly statements = new Map<string, SqliteStatement>();
  private restore: string[] = [];

  private constructor(private readonly trx: Knex.Transaction, private readonly sqlite: SqliteConnection | null) {}

  static async open(trx: Knex.Transaction): Promise<Writer> {
    if (dialectOf(trx) === 'postgres') return new Writer(trx, null);
    const client = trx.client as { acquireConnection(): Promise<unknown> };
    const conn = (await client.acquireConnection()) as SqliteConnection;
    const writer = new Writer(trx, conn);
    // While loading: a bigger page cache (secondary indexes are written in random order), and statement
    // journals in memory (each multi-row INSERT journals the pages it changes; on disk that is a write per page).
    for (const [pragma, value] of [['cache_size', '-262144'], ['temp_store', '2']]) {
      writer.restore.push(`${pragma} = ${String(conn.pragma(pragma, { simple: true }))}`);
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
      const sql = head + new Array<string>(chunk.length).fill(tuple).join(', ');
      const bindings: unknown[] = [];
      if (this.sqlite) {
        for (const row of chunk) {
          for (const c of columns) {
            const v = row[c];
            bindings.push(v === undefined ? null : typeof v === 'boolean' ? Number(v) : v);
          }
        }
        const key = `${table}:${columns.length}:${chunk.length}`;
        let statement = this.statements.get(key);
        if (!statement) {
          statement = this.sqlite.prepare(sql);
          this.statements.set(key, statement);
        }
        statement.run(bindings);
      } else {
        for (const row of chunk) for (const c of columns) bindings.push(row[c] ?? null);
        await this.trx.raw(sql, bindings as Knex.Value[]);
      }
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

/** The highest id of each table (0 when empty), so new ids continue after existing rows. */
export async function maxIds(db: Knex, tables: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const row = await db(table).max({ m: 'id' }).first();
    out[table] = Number(row?.m ?? 0);
  }
  return out;
}
