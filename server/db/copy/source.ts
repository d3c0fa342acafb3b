import Database from 'better-sqlite3';

type Row = Record<string, unknown>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The SQLite database being copied, opened read-only inside one read transaction: every table is read from the
 * same snapshot, so a server still writing to the file meanwhile cannot leave a visit without its customer.
 */
export class SqliteSource {
  private readonly db: Database.Database;

  constructor(readonly file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
    this.db.exec('BEGIN');
  }

  tables(): string[] {
    return (this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  }

  columns(table: string): string[] {
    return (this.db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[]).map((c) => c.name);
  }

  count(table: string): number {
    return Number((this.db.prepare(`SELECT COUNT(*) AS n FROM ${quote(table)}`).get() as { n: number }).n);
  }

  /** The table's rows, `size` at a time, in storage order. */
  *batches(table: string, columns: readonly string[], size: number): Generator<Row[]> {
    const statement = this.db.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)}`);
    let batch: Row[] = [];
    for (const row of statement.iterate() as IterableIterator<Row>) {
      batch.push(row);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }

  /** The rows' key and deferred columns where any of those is set (filled in after every table is in). */
  deferredValues(table: string, key: string, columns: readonly string[]): Row[] {
    const set = columns.map((c) => `${quote(c)} IS NOT NULL`).join(' OR ');
    return this.db.prepare(`SELECT ${[key, ...columns].map(quote).join(', ')} FROM ${quote(table)} WHERE ${set}`).all() as Row[];
  }

  close(): void {
    this.db.exec('COMMIT');
    this.db.close();
  }
}
