import fs from 'node:fs';
import pg from 'pg';
import { fsyncFile, partialPath } from './files.js';
import { firstErrorLine, missingTool, runTool, startTool } from './pgTools.js';
import { BackupError } from './target.js';

export interface DumpContents {
  /** schemas the dump's tables live in */
  schemas: string[];
  tables: number;
}

/**
 * Counts the customers with a plain client (knex's pool would log its own connection errors): proves the
 * database reachable and ours before pg_dump runs, and gives the figure the backup reports.
 */
export async function countPgCustomers(url: string, schema: string | undefined): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (e) {
    throw new BackupError(`cannot reach the database: ${(e as Error).message}`);
  }
  try {
    const table = schema ? `${client.escapeIdentifier(schema)}.customers` : 'customers';
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    return Number(rows[0].n);
  } catch (e) {
    throw new BackupError(`no CRM tables${schema ? ` in schema ${schema}` : ''}: ${(e as Error).message}`);
  } finally {
    await client.end();
  }
}

/** `-n schema` when the app lives in a schema of its own: the dump then holds only ours. */
function schemaArgs(schema: string | undefined): string[] {
  return schema ? ['--schema', schema] : [];
}

/**
 * Reads a dump's table of contents (`pg_restore --list`), then reads it through to the end (`pg_restore -f
 * /dev/null`): the contents list sits at the start of the file, so only reading every data block finds a
 * truncated or damaged one.
 */
export async function checkDump(file: string): Promise<DumpContents> {
  const list = await runTool('pg_restore', ['--list', file]);
  if (list.code !== 0) throw new BackupError(`${file} is damaged or not a pg_dump archive: ${firstErrorLine('pg_restore', list.stderr)}`);
  const schemas = new Set<string>();
  let tables = 0;
  let customers = false;
  // entries look like `215; 1259 16386 TABLE public customers postgres`
  for (const line of list.stdout.split('\n')) {
    const m = /^\d+; \d+ \d+ TABLE (?!DATA )(\S+) (\S+) /.exec(line);
    if (!m) continue;
    tables++;
    schemas.add(m[1]);
    if (m[2] === 'customers') customers = true;
  }
  if (!customers) throw new BackupError(`${file} is not a CRM backup (no customers table in it)`);
  const read = await runTool('pg_restore', ['--file', '/dev/null', file]);
  if (read.code !== 0) throw new BackupError(`${file} is damaged: ${firstErrorLine('pg_restore', read.stderr)}`);
  return { schemas: [...schemas], tables };
}

/** `pg_dump --format=custom` into `dest` (via `dest.partial`), checked before it takes its final name. */
export async function backupPg(url: string, schema: string | undefined, dest: string): Promise<DumpContents> {
  const partial = partialPath(dest);
  fs.rmSync(partial, { force: true });
  try {
    const dump = await runTool('pg_dump', ['--format=custom', '--file', partial, ...schemaArgs(schema), '--dbname', url]);
    if (dump.code !== 0) throw new BackupError(`pg_dump failed: ${firstErrorLine('pg_dump', dump.stderr)}`);
    const contents = await checkDump(partial);
    fsyncFile(partial);
    fs.renameSync(partial, dest);
    return contents;
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * Restores a dump all or nothing: psql runs pg_restore's script inside one transaction it opens itself, and
 * commits only when pg_restore has written the whole script. With a schema, the schema is dropped first in the
 * same transaction, so tables made after the backup (a newer migration) go too and the migrations can run again;
 * without one, pg_restore's `--clean --if-exists` drops what the dump holds before recreating it.
 */
export async function restorePg(file: string, url: string, schema: string | undefined): Promise<void> {
  const psql = startTool('psql', ['-X', '--quiet', '--no-psqlrc', '-v', 'ON_ERROR_STOP=1', '--dbname', url], ['pipe', 'ignore', 'pipe']);
  const restoreArgs = ['--no-owner', '--no-acl', ...(schema ? [] : ['--clean', '--if-exists']), '--file', '-', file];
  const pgRestore = startTool('pg_restore', restoreArgs, ['ignore', 'pipe', 'pipe']);
  const errors = { psql: '', pg_restore: '' };
  psql.stderr?.on('data', (b: Buffer) => (errors.psql += b.toString()));
  pgRestore.stderr?.on('data', (b: Buffer) => (errors.pg_restore += b.toString()));
  // psql stops at the first error (ON_ERROR_STOP) and closes its input; the rest of the script has nowhere to go
  psql.stdin?.on('error', () => undefined);

  const exited = (child: typeof psql, tool: 'psql' | 'pg_restore') => new Promise<number>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? missingTool(tool) : e));
    child.on('close', (code) => resolve(code ?? 1));
  });
  const psqlDone = exited(psql, 'psql');
  // awaited only after pg_restore ends: a missing psql must not count as an unhandled rejection meanwhile
  psqlDone.catch(() => undefined);
  // psql gone (connection refused, an error in the script): pg_restore would block on a full pipe
  psql.on('close', () => {
    if (pgRestore.exitCode === null) pgRestore.kill();
  });
  const restoreDone = exited(pgRestore, 'pg_restore');

  const preamble = ["SET client_min_messages = warning;", "SET lock_timeout = '10s';", 'BEGIN;'];
  if (schema) preamble.push(`DROP SCHEMA IF EXISTS "${schema}" CASCADE;`);
  psql.stdin?.write(`${preamble.join('\n')}\n`);
  pgRestore.stdout?.pipe(psql.stdin as NodeJS.WritableStream, { end: false });

  let restoreCode: number;
  try {
    restoreCode = await restoreDone;
  } catch (e) {
    psql.stdin?.end('ROLLBACK;\n');
    await psqlDone.catch(() => 1);
    throw e;
  }
  // without COMMIT psql ends the session and PostgreSQL rolls the transaction back
  psql.stdin?.end(restoreCode === 0 ? 'COMMIT;\n' : 'ROLLBACK;\n');
  const psqlCode = await psqlDone;
  if (psqlCode !== 0) throw new BackupError(`nothing changed: ${firstErrorLine('psql', errors.psql)}`);
  if (restoreCode !== 0) throw new BackupError(`nothing changed: ${firstErrorLine('pg_restore', errors.pg_restore)}`);
}
