import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const WAIT_STEP_MS = 200;
/** the longest a start may wait for another process's start (a first start seeds demo data: seconds) */
const WAIT_LIMIT_MS = 10 * 60_000;

/**
 * Runs a process's start-up work (create the schema, migrate, fixtures, the admin account, demo data) while no
 * other process starting on the same database does, so two processes started together neither trip over the
 * migrations' own lock nor both seed an empty database. PostgreSQL: a session advisory lock, released by the
 * database if this process dies. SQLite: a lock file beside the database naming this process; a lock left by a
 * process that no longer runs is taken over.
 */
export async function duringStartup<T>(url: string, schema: string | undefined, work: () => Promise<T>): Promise<T> {
  return url.startsWith('postgres') ? withAdvisoryLock(url, `crm:startup:${schema ?? 'public'}`, work) : withLockFile(url.replace(/^sqlite:\/\//, ''), work);
}

async function withAdvisoryLock<T>(url: string, key: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [key]);
    return await work();
  } finally {
    await client.end(); // ends the session, and the lock with it
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function withLockFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  if (file === ':memory:') return work();
  const lock = `${path.resolve(file)}.startup-lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(fs.readFileSync(lock, 'utf8').trim());
      if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
        fs.rmSync(lock, { force: true }); // left by a process that died while starting
        continue;
      }
      if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`another process (pid ${holder}) has been starting on ${file} for 10 minutes; remove ${lock} if it is gone`);
      await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
