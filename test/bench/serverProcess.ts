import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { builtServer } from './builtServer.js';

/** Memory and CPU of the process that serves the requests: this one, or a server started apart. */
export interface Probe {
  /** resident set size now, bytes */
  rss(): number;
  /** CPU time used so far, ms */
  cpuMs(): number;
}

export const selfProbe: Probe = {
  rss: () => process.memoryUsage().rss,
  cpuMs: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
};

const TICKS_PER_SECOND = 100;

/** Reads another process's RSS (VmRSS) and CPU time (utime + stime) from /proc (Linux). */
export function procProbe(pid: number): Probe {
  return {
    rss: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) * 1024 : 0;
    },
    cpuMs: () => {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      // after "pid (comm) ": state is field 3, utime 14 and stime 15 → indexes 11 and 12 here
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    },
  };
}

export interface ServerProcess {
  base: string;
  probe: Probe;
  stop: () => Promise<void>;
}

/**
 * The real server (`tsx server/main.ts`) on `databaseUrl`, in its own process, so its memory is measured
 * without the benchmark's own (downloads, request bodies) mixed in.
 */
export async function startServerProcess(databaseUrl: string, port: number): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [builtServer()], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/api`;
  const started = Date.now();
  for (;;) {
    if (Date.now() - started > 60_000) throw new Error('the server process did not answer within 60 s');
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    probe: procProbe(child.pid ?? 0),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** Samples a probe's RSS every 50 ms until stopped; answers the peak in MB. */
export function sampleRss(probe: Probe): { before: number; stop: () => number } {
  const before = probe.rss();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, probe.rss());
  }, 50);
  return { before: before / 2 ** 20, stop: () => { clearInterval(timer); return Math.max(peak, probe.rss()) / 2 ** 20; } };
}
