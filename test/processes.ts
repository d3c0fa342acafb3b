import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { freshDb, type TestDb } from './testDb.js';
import { seedDemo } from '../seeds/demo.js';

const root = path.resolve(import.meta.dirname, '..');

export const ADMIN_PASSWORD = 'admin-test-pass';

export interface ServerChild {
  /** http://127.0.0.1:PORT/api */
  api: string;
  port: number;
  child: ChildProcess;
  /** everything the process printed so far (stdout and stderr) */
  output: () => string;
  /** resolves with how the process ended */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM and wait (graceful stop) */
  stop: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The real server (`server/main.ts`) in a process of its own on the test's database, as production runs it:
 * what dies with it (SIGKILL) is only that process. Answers once /api/health is ok.
 */
export async function spawnServer(t: Pick<TestDb, 'url' | 'schema'>, env: Record<string, string | undefined> = {}, port = 0): Promise<ServerChild> {
  const merged: Record<string, string | undefined> = {
    ...process.env, DATABASE_URL: t.url, ...(t.schema ? { DATABASE_SCHEMA: t.schema } : {}), PORT: String(port), HOST: '127.0.0.1',
    DEMO_DATA: 'false', JOBS: 'false', LOG_LEVEL: 'warn', ADMIN_PASSWORD, ...env,
  };
  // a variable given as undefined is left out (e.g. no ADMIN_PASSWORD: the server generates one)
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'main.ts')], {
    cwd: root,
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const started = Date.now();
  let actualPort = port;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited at start:\n${out}`);
    if (Date.now() - started > 90_000) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start within 90 s:\n${out}`);
    }
    const m = /ready at http:\/\/localhost:(\d+)/.exec(out);
    if (m) {
      actualPort = Number(m[1]);
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    api: `http://127.0.0.1:${actualPort}/api`, port: actualPort, child, output: () => out, exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** The answer's status, headers and body (parsed when it is JSON). */
async function replyOf<T>(res: Response): Promise<Reply<T>> {
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** A signed-in browser session (cookie and CSRF token) that may talk to any of the processes. */
export class Session {
  private constructor(private cookie: string, readonly csrf: string) {}

  static async signIn(api: string, username: string, password: string): Promise<Session> {
    const res = await fetch(`${api}/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
    const profile = (await res.json()) as { csrfToken: string };
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    return new Session(cookie, profile.csrfToken);
  }

  async call<T = unknown>(api: string, method: string, route: string, body?: unknown): Promise<Reply<T>> {
    const res = await fetch(`${api}${route}`, {
      method,
      headers: { Cookie: this.cookie, 'X-CSRF-Token': this.csrf, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return replyOf<T>(res);
  }

  /** A multipart upload (the import wizard's request): one file and some form fields. */
  async upload<T = unknown>(api: string, route: string, file: { name: string; content: string }, fields: Record<string, string>): Promise<Reply<T>> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([file.content], { type: 'text/csv' }), file.name);
    const res = await fetch(`${api}${route}`, { method: 'POST', headers: { Cookie: this.cookie, 'X-CSRF-Token': this.csrf }, body: form });
    return replyOf<T>(res);
  }
}

export interface WriteProbe {
  /** true while a server process has a write transaction open */
  writing: () => Promise<boolean>;
  close: () => void;
}

/**
 * Sees from outside whether a server is in the middle of a write. PostgreSQL: a backend of the server's (by its
 * application name, set with PGAPPNAME) has written in its open transaction (`backend_xid` is set). SQLite: some
 * connection holds the database's write lock (the server takes it when a transaction begins).
 */
export function writeProbe(t: TestDb, appName: string): WriteProbe {
  if (t.engine === 'postgres') {
    return {
      writing: async () => {
        const rows = await t.db.raw('select 1 from pg_stat_activity where application_name = ? and backend_xid is not null', [appName]);
        return (rows as { rows: unknown[] }).rows.length > 0;
      },
      close: () => undefined,
    };
  }
  const probe = new Database(t.url.replace(/^sqlite:\/\//, ''));
  probe.pragma('busy_timeout = 0');
  return {
    writing: async () => {
      try {
        probe.exec('BEGIN IMMEDIATE');
      } catch {
        return true;
      }
      probe.exec('ROLLBACK');
      return false;
    },
    close: () => probe.close(),
  };
}

/** Waits until the server's write transaction has begun, or the request was answered first. */
export async function untilWriting(probe: WriteProbe, answered: () => boolean, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!answered() && !(await probe.writing())) {
    if (Date.now() > until) throw new Error('the write never began');
    await new Promise((r) => setTimeout(r, 2));
  }
}

/**
 * A fresh database with `customers` demo customers, and a probe that sees when a server started with
 * `PGAPPNAME=appName` is in the middle of a write; `close` drops both.
 */
export async function watchedDemoDb(appName: string, customers: number): Promise<{ t: TestDb; probe: WriteProbe; close: () => Promise<void> }> {
  const t = await freshDb();
  await seedDemo(t.db, { customers });
  const probe = writeProbe(t, appName);
  return {
    t, probe,
    close: async () => {
      probe.close();
      await t.drop();
    },
  };
}
