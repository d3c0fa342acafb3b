import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { connect } from '../connect.js';
import { migrateLatest } from '../migrate.js';
import { detectKind, newBackupPath, rotate, stamp, takenAt, type BackupKind } from './files.js';
import { backupPg, checkDump, countPgCustomers, restorePg } from './pgBackup.js';
import { backupSqlite, checkSqliteFile, restoreSqlite, type BackupProgressOptions } from './sqliteBackup.js';
import { BackupError, describeTarget, type Target } from './target.js';

export { BackupError, targetOf, describeTarget, type Target } from './target.js';

export interface BackupResult {
  file: string;
  bytes: number;
  tables: number;
  customers: number;
  ms: number;
  /** older backups deleted by `keep` */
  deleted: string[];
}

export interface BackupOptions extends BackupProgressOptions {
  dir: string;
  /** keep only the newest N backups of this kind in `dir` */
  keep?: number;
  now?: Date;
}

function kindOf(target: Target): Exclude<BackupKind, 'unknown'> {
  return target.engine === 'sqlite' ? 'sqlite' : 'pg_dump';
}

/** Turns a database's own error (refused connection, unknown database, missing table) into one line. */
async function withDb<T>(target: Target, work: (db: Knex) => Promise<T>): Promise<T> {
  const db = connect(target.url, { schema: target.engine === 'postgres' ? target.schema : undefined });
  try {
    return await work(db);
  } catch (e) {
    if (e instanceof BackupError) throw e;
    // knex prefixes the SQL: ` - ` then the database's own words
    throw new BackupError(`${describeTarget(target)}: ${(e as Error).message.split('\n')[0].replace(/^.* - /, '')}`);
  } finally {
    await db.destroy();
  }
}

async function countCustomers(db: Knex): Promise<number> {
  return Number((await db('customers').count({ n: '*' }).first())?.n ?? 0);
}

export async function backup(target: Target, options: BackupOptions): Promise<BackupResult> {
  const started = Date.now();
  const kind = kindOf(target);
  fs.mkdirSync(options.dir, { recursive: true });
  const file = newBackupPath(options.dir, kind, options.now ?? new Date());
  let tables: number;
  let customers: number;
  if (target.engine === 'sqlite') {
    ({ tables, customers } = await backupSqlite(target.file, file, options));
  } else {
    // also proves the database reachable and ours before pg_dump runs
    customers = await countPgCustomers(target.url, target.schema);
    ({ tables } = await backupPg(target.url, target.schema, file));
  }
  const deleted = options.keep !== undefined ? rotate(options.dir, kind, options.keep) : [];
  return { file, bytes: fs.statSync(file).size, tables, customers, ms: Date.now() - started, deleted };
}

export interface RestorePlan {
  file: string;
  takenAt: Date;
  target: Target;
}

/**
 * What a restore would do, checked without changing anything: the file exists, is of the target engine's kind,
 * is whole, and (PostgreSQL) holds the target's schema.
 */
export async function planRestore(file: string, target: Target): Promise<RestorePlan> {
  if (!fs.existsSync(file)) throw new BackupError(`no such file: ${file}`);
  const kind = detectKind(file);
  const want = kindOf(target);
  if (kind !== want) {
    const what = kind === 'unknown' ? 'neither an SQLite database nor a pg_dump archive' : `a ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL (pg_dump)'} backup`;
    throw new BackupError(`${file} is ${what}; ${describeTarget(target)} needs a ${want === 'sqlite' ? 'SQLite (.sqlite)' : 'PostgreSQL (.dump)'} backup`);
  }
  if (target.engine === 'sqlite') {
    checkSqliteFile(file);
  } else {
    const { schemas } = await checkDump(file);
    const wanted = target.schema ?? 'public';
    if (schemas.length !== 1 || schemas[0] !== wanted) {
      throw new BackupError(`${file} holds schema ${schemas.join(', ')}, not ${wanted}: restore it with --schema ${schemas[0]}`);
    }
  }
  return { file: path.resolve(file), takenAt: takenAt(file), target };
}

export interface RestoreResult {
  customers: number;
  newestAudit: string | null;
  safetyCopy?: string;
  ms: number;
}

/** Restores a planned backup, then brings it up to the code's schema (an older backup gets the newer migrations). */
export async function restore(plan: RestorePlan, now: Date = new Date()): Promise<RestoreResult> {
  const started = Date.now();
  const { target } = plan;
  let safetyCopy: string | undefined;
  if (target.engine === 'sqlite') {
    ({ safetyCopy } = await restoreSqlite(plan.file, target.file, stamp(now)));
  } else {
    await restorePg(plan.file, target.url, target.schema);
  }
  return withDb(target, async (db) => {
    await migrateLatest(db);
    const customers = await countCustomers(db);
    const newest = await db('audit_log').max({ at: 'created_at' }).first();
    const at: unknown = newest?.at;
    const newestAudit = at == null ? null : at instanceof Date ? at.toISOString() : String(at);
    return { customers, newestAudit, safetyCopy, ms: Date.now() - started };
  });
}
