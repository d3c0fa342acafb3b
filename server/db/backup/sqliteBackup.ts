import fs from 'node:fs';
import Database from 'better-sqlite3';
import { fsyncFile, partialPath } from './files.js';
import { BackupError } from './target.js';

export interface SqliteCheck {
  tables: number;
  customers: number;
}

export interface BackupProgressOptions {
  /** pages copied per step between which the server's writes go on (default 1,000 = 4 MB) */
  pagesPerStep?: number;
  /** writes by another connection restart the copy; after this many restarts the rest is copied in one step */
  maxRestarts?: number;
}

const ALL_AT_ONCE = 0x7fffffff;

function open(file: string): Database.Database {
  return new Database(file, { fileMustExist: true, timeout: 5000 });
}

/**
 * Checks a database file: `PRAGMA integrity_check` must say ok and it must hold the app's tables. Any failure,
 * including a file SQLite cannot read at all, becomes a BackupError naming the file.
 */
export function checkSqliteFile(file: string): SqliteCheck {
  let db: Database.Database | undefined;
  try {
    db = open(file);
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const first = problems[0]?.integrity_check;
    if (first !== 'ok') throw new BackupError(`${file} is damaged: integrity check says ${first ?? 'nothing'}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`);
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    if (!names.includes('customers') || !names.includes('knex_migrations')) throw new BackupError(`${file} is not a CRM database (no customers or knex_migrations table)`);
    const customers = (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
    return { tables: names.length, customers };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`${file} is damaged or not an SQLite database: ${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

/** Turns a copy into a self-contained single file (no -wal beside it), so it can be moved and opened read-only. */
function settle(file: string): void {
  let db: Database.Database | undefined;
  try {
    db = open(file);
    db.pragma('journal_mode = DELETE');
  } catch (e) {
    throw new BackupError(`${file} is damaged or not an SQLite database: ${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Copies a live database with SQLite's online backup API into `dest` (via `dest.partial`), then checks the copy.
 * Safe while the server runs and writes: the copy is one consistent state of the database.
 */
export async function backupSqlite(source: string, dest: string, options: BackupProgressOptions = {}): Promise<SqliteCheck> {
  if (!fs.existsSync(source)) throw new BackupError(`no database at ${source}`);
  const partial = partialPath(dest);
  fs.rmSync(partial, { force: true });
  let db: Database.Database;
  try {
    db = open(source);
  } catch (e) {
    throw new BackupError(`cannot open ${source}: ${(e as Error).message}`);
  }
  try {
    const pagesPerStep = options.pagesPerStep ?? 1000;
    const maxRestarts = options.maxRestarts ?? 3;
    let restarts = 0;
    let lastRemaining = Infinity;
    await db.backup(partial, {
      progress({ remainingPages }) {
        // a write between two steps starts the copy over: the pages left do not go down
        if (remainingPages >= lastRemaining) restarts++;
        lastRemaining = remainingPages;
        // a busy server could keep restarting a stepwise copy for ever; one step holds only a read snapshot,
        // which in WAL mode does not block the server's writers
        return restarts >= maxRestarts ? ALL_AT_ONCE : pagesPerStep;
      },
    });
    settle(partial);
    const check = checkSqliteFile(partial);
    fsyncFile(partial);
    fs.renameSync(partial, dest);
    return check;
  } catch (e) {
    fs.rmSync(partial, { force: true });
    if (e instanceof BackupError) throw e;
    throw new BackupError(`backup of ${source} failed: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Holds the target alone: a running server keeps a connection open, which makes an exclusive lock fail.
 * Answers null when there is no database there yet.
 */
function lockAlone(target: string): Database.Database | null {
  if (!fs.existsSync(target)) return null;
  const db = new Database(target, { fileMustExist: true, timeout: 1000 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return db;
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_BUSY') {
      throw new BackupError(`${target} is in use: stop the server (and anything else using the database) before restoring`);
    }
    throw new BackupError(`cannot open ${target}: ${(e as Error).message}`);
  }
}

export interface SqliteRestore extends SqliteCheck {
  /** the database as it was before the restore, kept beside it; absent when there was none */
  safetyCopy?: string;
}

/**
 * Replaces the database at `target` with the backup `file`: checks a copy of the backup first (a damaged one
 * changes nothing), keeps the current database as `<target>.before-restore-<stamp>`, folds its WAL in, and
 * renames the checked copy into place, so an interrupted restore leaves either the old file or the new one.
 */
export async function restoreSqlite(file: string, target: string, stampText: string): Promise<SqliteRestore> {
  const staged = `${target}.restore-partial`;
  fs.rmSync(staged, { force: true });
  try {
    fs.copyFileSync(file, staged);
    settle(staged);
    const check = checkSqliteFile(staged);
    fsyncFile(staged);
    const current = lockAlone(target);
    let safetyCopy: string | undefined;
    if (current) {
      try {
        safetyCopy = `${target}.before-restore-${stampText}`;
        await current.backup(safetyCopy);
        // every committed page into the main file, so the WAL can go without losing anything
        current.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        current.close();
      }
      settle(safetyCopy);
    }
    // a WAL left beside the new file would be replayed into it: remove both companions first
    for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
    fs.renameSync(staged, target);
    return { ...check, safetyCopy };
  } catch (e) {
    fs.rmSync(staged, { force: true });
    if (e instanceof BackupError) throw e;
    throw new BackupError(`restore into ${target} failed: ${(e as Error).message}`);
  }
}
