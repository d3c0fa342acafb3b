import { spawn, type ChildProcess } from 'node:child_process';
import { BackupError } from './target.js';

/** The PostgreSQL client programs, from PATH (Debian: apt-get install postgresql-client-15). */
export type PgTool = 'pg_dump' | 'pg_restore' | 'psql';

/** The first line the tool wrote to stderr, without its `pg_dump: error:` prefix: what the admin needs to see. */
export function firstErrorLine(tool: string, stderr: string): string {
  const line = stderr.split('\n').map((l) => l.trim()).find((l) => l && !/^(pg_dump|pg_restore|psql): (warning|detail|hint):/i.test(l));
  return (line ?? `${tool} failed`).replace(/^(pg_dump|pg_restore|psql): (error: )?/, '').replace(/^psql:[^:]*:\d+: (ERROR: {2})?/, '');
}

/** Starts a tool; callers turn its ENOENT error into `missingTool(tool)`. */
export function startTool(tool: PgTool, args: string[], stdio: ('pipe' | 'ignore')[]): ChildProcess {
  return spawn(tool, args, { stdio, env: { ...process.env, PGAPPNAME: 'crm-backup' } });
}

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function missingTool(tool: PgTool): BackupError {
  return new BackupError(`${tool} not found: install the PostgreSQL client tools (Debian: apt-get install postgresql-client-15) or put them on PATH`);
}

/** Runs a tool to its end, collecting its output. */
export function runTool(tool: PgTool, args: string[]): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = startTool(tool, args, ['ignore', 'pipe', 'pipe']);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? missingTool(tool) : e));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}
