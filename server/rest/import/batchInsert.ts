import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { dialectOf } from '../../db/connect.js';

/** Bind variables per statement kept well under SQLite's 32,766 (PostgreSQL allows 65,535). */
const MAX_BINDINGS = 30_000;
const MAX_ROWS = 500;

interface SqliteStatement {
  run(params: unknown[]): unknown;
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  pragma(source: string, options?: { simple: boolean }): unknown;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Multi-row INSERTs of up to 500 rows inside the caller's transaction (the demo seeder's `Writer`, minus its
 * loading-time page cache, which would take the server past its memory budget). On SQLite one prepared
 * statement per table and chunk size is reused on the transaction's own connection; on PostgreSQL the
 * statement is built here and run with `raw`. All rows of one call share the columns of the first.
 */
export class BatchInsert {
  private readonly statements = new Map<string, SqliteStatement>();
  private restore: string[] = [];

  private constructor(private readonly trx: Knex.Transaction, private readonly sqlite: SqliteConnection | null) {}

  static async open(trx: Knex.Transaction): Promise<BatchInsert> {
    if (dialectOf(trx) === 'postgres') return new BatchInsert(trx, null);
    const client = trx.client as { acquireConnection(): Promise<unknown> };
    const conn = (await client.acquireConnection()) as SqliteConnection;
    const writer = new BatchInsert(trx, conn);
    // statement journals in memory (each multi-row INSERT journals the pages it changes), and a page cache
    // kept small: a long transaction would otherwise fill it with dirty pages the server must hold in memory
    for (const [pragma, value] of [['temp_store', '2'], ['cache_size', '-16000']]) {
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
  }

  /** Gives SQLite's connection its settings back. */
  release(): void {
    for (const setting of this.restore) this.sqlite?.pragma(setting);
  }
}
