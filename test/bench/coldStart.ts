import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { builtServer } from './builtServer.js';
import os from 'node:os';
import path from 'node:path';

/**
 * Starts the real server as `npm start` runs it (the bundle, on plain node) on a fresh demo database and times until /api/health answers;
 * then again on the same, now existing, database (the everyday cold start). Returns the everyday figure.
 */
export async function measureColdStart(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-cold-'));
  const url = `sqlite://${path.join(dir, 'demo.sqlite')}`;
  try {
    const server = builtServer();
    const first = await startOnce(url, 3311, server);
    console.log(`${'First start (migrate + demo data) to first answer'.padEnd(58)} ${first.toFixed(0)} ms`);
    return await startOnce(url, 3312, server);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function startOnce(url: string, port: number, server: string): Promise<number> {
  const t = performance.now();
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (performance.now() - t > 60_000) throw new Error('server did not answer within 60 s');
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.ok) return performance.now() - t;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
