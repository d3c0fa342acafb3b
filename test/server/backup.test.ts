import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo.js';
import { backup, planRestore, restore, targetOf, type Target } from '../../server/db/backup/index.js';
import { listBackups, newBackupPath, rotate } from '../../server/db/backup/files.js';
import { freshDb, type TestDb } from '../testDb.js';
import { tableDigest } from '../tableDigest.js';

/**
 * `npm run backup` / `npm run restore` (issue 10): a round trip gives back every table exactly as it was at backup
 * time, on SQLite and (TEST_DATABASE_URL) on PostgreSQL, where the test backs up and restores its own schema.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

/** A row as the app writes it: with its timestamps. */
const stamped = <T extends object>(row: T) => ({ ...row, created_at: new Date().toISOString(), updated_at: new Date().toISOString() });
const count = async (db: Knex, table: string): Promise<number> => Number((await db(table).count({ n: '*' }).first())?.n ?? 0);

interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The npm command itself, as an admin types it. */
async function npmRun(script: 'backup' | 'restore', args: string[]): Promise<ScriptResult> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

describe('backup and restore', () => {
  let t: TestDb;
  let target: Target;
  let dir: string;

  beforeAll(async () => {
    t = await freshDb();
    await seedDemo(t.db, { customers: 60 });
    target = targetOf(t.url, t.schema);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-backups-'));
  });
  afterAll(async () => {
    await t?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
    // the safety copies restores keep beside a SQLite database
    if (t?.engine === 'sqlite') {
      const file = t.url.slice('sqlite://'.length);
      for (const name of fs.readdirSync(path.dirname(file))) {
        if (name.startsWith(`${path.basename(file)}.`)) fs.rmSync(path.join(path.dirname(file), name), { force: true });
      }
    }
  });

  /** A restore needs the database to itself, as it needs the server stopped: the pool is closed and reopened. */
  async function restoreAlone(file: string) {
    await t.db.destroy();
    try {
      return await restore(await planRestore(file, target));
    } finally {
      t.db.initialize();
    }
  }

  async function changeEverything(db: Knex): Promise<void> {
    const ids = (await db('customers').orderBy('id').limit(10).pluck('id')) as number[];
    await db('customers').whereIn('id', ids).update({ name: 'changed after the backup' });
    const touches = (await db('care_touches').orderBy('id').limit(5).pluck('id')) as number[];
    await db('care_touches').whereIn('id', touches).del();
    await db('customers').insert([stamped({ name: 'new after the backup 1' }), stamped({ name: 'new after the backup 2' })]);
  }

  it('when data changes after a backup and the backup is restored, then every table equals its state at backup time', async () => {
    const before = await tableDigest(t.db);
    const taken = await backup(target, { dir });
    expect(path.basename(taken.file)).toMatch(t.engine === 'sqlite' ? /^crm-\d{8}-\d{6}\.sqlite$/ : /^crm-\d{8}-\d{6}\.dump$/);
    expect(taken.customers).toBe(60);
    expect(taken.tables).toBeGreaterThan(40);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);

    await changeEverything(t.db);
    const changed = await tableDigest(t.db);
    expect(changed.customers).not.toEqual(before.customers);
    expect(changed.care_touches.rows).toBe(before.care_touches.rows - 5);

    const restored = await restoreAlone(taken.file);
    expect(restored.customers).toBe(60);
    expect(await tableDigest(t.db)).toEqual(before);
    expect(await count(t.db, 'customers')).toBe(60);
    expect(await t.db('customers').where('name', 'like', '%after the backup%').pluck('id')).toEqual([]);
    // the sequences came back too: a new customer gets a fresh id
    const [{ id }] = await t.db('customers').insert(stamped({ name: 'after the restore' })).returning('id') as { id: number }[];
    expect(id).toBeGreaterThan(60);
    await t.db('customers').where({ id }).del();

    if (t.engine === 'sqlite') {
      // the database as it was before the restore is kept beside it, changes and all
      expect(restored.safetyCopy).toMatch(/\.before-restore-\d{8}-\d{6}$/);
      const kept = new Database(restored.safetyCopy as string, { readonly: true });
      try {
        expect(kept.prepare("SELECT count(*) AS n FROM customers WHERE name LIKE '%after the backup%'").get()).toEqual({ n: 12 });
      } finally {
        kept.close();
      }
    }
  });

  it('when the npm commands run, then backup writes a checked file, restore wants --yes, and the round trip is exact', async () => {
    const db = ['--database', t.url, ...(t.schema ? ['--schema', t.schema] : [])];
    const before = await tableDigest(t.db);
    const made = await npmRun('backup', [...db, '--dir', dir, '--keep', '1']);
    expect(made.stderr).not.toMatch(/failed/i);
    expect(made.code).toBe(0);
    const file = /Backup written and checked: (\S+)/.exec(made.stdout)?.[1] as string;
    expect(made.stdout).toMatch(/\d+ tables, 60 customers/);
    expect(fs.existsSync(file)).toBe(true);
    // --keep 1: only this backup is left of its kind
    expect(listBackups(dir, t.engine === 'sqlite' ? 'sqlite' : 'pg_dump')).toEqual([file]);

    await changeEverything(t.db);
    const refused = await npmRun('restore', [file, ...db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/replaces ALL data .*--yes/s);
    expect(await count(t.db, 'customers')).toBe(62);

    await t.db.destroy();
    let done: ScriptResult;
    try {
      done = await npmRun('restore', [file, ...db, '--yes']);
    } finally {
      t.db.initialize();
    }
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Restored in [\d.]+ s: 60 customers/);
    expect(await tableDigest(t.db)).toEqual(before);
  });

  it('when writes go on during a backup, then the backup holds a consistent moment: each new customer with its car', async () => {
    let stop = false;
    let written = 0;
    const writer = (async () => {
      while (!stop) {
        await t.db.transaction(async (trx) => {
          const [{ id }] = await trx('customers').insert(stamped({ name: `writer ${written}` })).returning('id') as { id: number }[];
          await trx('vehicles').insert(stamped({ customer_id: id, model: 'writer' }));
        });
        written++;
        // better-sqlite3 answers synchronously: without this turn of the event loop the writer would starve the backup
        await new Promise((r) => setImmediate(r));
      }
    })();
    let failed: unknown;
    void writer.catch((e: unknown) => (failed = e));
    const waitFor = async (n: number) => {
      while (written < n && failed === undefined) await new Promise((r) => setTimeout(r, 5));
      if (failed !== undefined) throw failed;
    };
    let atStart: number;
    let taken: Awaited<ReturnType<typeof backup>>;
    try {
      await waitFor(20);
      atStart = written;
      // small steps on SQLite, so the writer's commits land between them (and restart the copy)
      taken = await backup(target, { dir, pagesPerStep: 8 });
      await waitFor(written + 10);
    } finally {
      stop = true;
      await writer.catch(() => undefined);
    }

    await restoreAlone(taken.file);
    const restoredCustomers = Number((await t.db('customers').where('name', 'like', 'writer %').count({ n: '*' }).first())?.n);
    const restoredCars = Number((await t.db('vehicles').where({ model: 'writer' }).count({ n: '*' }).first())?.n);
    const orphans = await t.db('customers').where('name', 'like', 'writer %')
      .whereNotExists(t.db('vehicles').whereRaw('vehicles.customer_id = customers.id').where({ model: 'writer' })).count({ n: '*' }).first();
    expect(restoredCustomers).toBeGreaterThanOrEqual(atStart);
    expect(restoredCustomers).toBeLessThan(written);
    expect(restoredCars).toBe(restoredCustomers);
    expect(Number(orphans?.n)).toBe(0);
    if (t.engine === 'sqlite') {
      expect(await t.db.raw('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await t.db.raw('PRAGMA foreign_key_check')).toEqual([]);
    }
  });

  it('when the backup file is truncated, corrupt or of the other engine, then restore refuses and nothing changes', async () => {
    const taken = await backup(target, { dir });
    const before = await tableDigest(t.db);
    const truncated = path.join(dir, 'truncated.bak');
    fs.writeFileSync(truncated, fs.readFileSync(taken.file).subarray(0, Math.floor(taken.bytes / 2)));
    const garbage = path.join(dir, 'garbage.bak');
    fs.writeFileSync(garbage, Buffer.alloc(64 * 1024, 7));
    const other = path.join(dir, 'other.bak');
    fs.writeFileSync(other, t.engine === 'sqlite' ? Buffer.from('PGDMP\x01\x0e\x00') : Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4080)]));

    await expect(planRestore(truncated, target)).rejects.toThrow(/damaged/);
    await expect(planRestore(garbage, target)).rejects.toThrow(/neither an SQLite database nor a pg_dump archive/);
    await expect(planRestore(other, target)).rejects.toThrow(t.engine === 'sqlite' ? /is a PostgreSQL .* needs a SQLite/ : /is a SQLite backup; .* needs a PostgreSQL/);
    // past the check, too: the restore itself reads the whole file before anything is committed
    await t.db.destroy();
    try {
      await expect(restore({ file: truncated, takenAt: new Date(), target })).rejects.toThrow(/damaged|nothing changed/);
    } finally {
      t.db.initialize();
    }
    expect(await tableDigest(t.db)).toEqual(before);

    const refused = await npmRun('restore', [truncated, '--database', t.url, ...(t.schema ? ['--schema', t.schema] : []), '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/^Restore failed: .*damaged/);
  });

  it('when --keep N is given, then only the newest N backups of that kind stay, and nothing else in the folder goes', () => {
    const keepDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-keep-'));
    try {
      const names = ['crm-20261101-080000.sqlite', 'crm-20261102-080000.sqlite', 'crm-20261102-080000-2.sqlite',
        'crm-20261103-080000.sqlite', 'crm-20261001-080000.dump', 'notes.txt', 'crm-20261104-080000.sqlite.partial'];
      for (const n of names) fs.writeFileSync(path.join(keepDir, n), n);
      const deleted = rotate(keepDir, 'sqlite', 2).map((f) => path.basename(f));
      expect(deleted.sort()).toEqual(['crm-20261101-080000.sqlite', 'crm-20261102-080000.sqlite']);
      expect(fs.readdirSync(keepDir).sort()).toEqual(['crm-20261001-080000.dump', 'crm-20261102-080000-2.sqlite', 'crm-20261103-080000.sqlite',
        'crm-20261104-080000.sqlite.partial', 'notes.txt']);
      // a second backup within the same second gets its own name
      const at = new Date(2026, 10, 3, 8, 0, 0);
      expect(path.basename(newBackupPath(keepDir, 'sqlite', at))).toBe('crm-20261103-080000-2.sqlite');
    } finally {
      fs.rmSync(keepDir, { recursive: true, force: true });
    }
  });
});
