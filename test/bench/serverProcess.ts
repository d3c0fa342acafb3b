import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
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
  port: number;
  pid: number;
  probe: Probe;
  /** what the server wrote to stderr so far (kept only with `keepStderr`; else it goes to this process's stderr) */
  stderr: () => string;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** more environment for the server (e.g. JOBS=false) */
  env?: Record<string, string>;
  /** keep the server's stderr to read afterwards, and pass it on as well */
  keepStderr?: boolean;
}

/** A TCP port nobody listens on right now (the system's choice), on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real server (`tsx server/main.ts`) on `databaseUrl`, in its own process, so its memory is measured
 * without the benchmark's own (downloads, request bodies) mixed in.
 */
export async function startServerProcess(databaseUrl: string, port: number, options: ServerOptions = {}): Promise<ServerProcess> {
  // BENCH_SERVER_NODE_ARGS: extra node flags for the servers (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile them)
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, builtServer()], {
    env: {
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'warn', ...options.env,
    },
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'pipe' : 'ignore', options.keepStderr ? 'pipe' : 'inherit'],
  });
  // BENCH_SERVER_LOG=file: the servers' log lines (e.g. SLOW_QUERY_MS warnings) appended to that file
  const log = process.env.BENCH_SERVER_LOG;
  if (log) child.stdout?.on('data', (chunk: Buffer) => fs.appendFileSync(log, chunk));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    process.stderr.write(chunk);
  });
  const base = `http://127.0.0.1:${port}/api`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server process ended (${child.exitCode}) before answering: ${stderr}`);
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
    port,
    pid: child.pid ?? 0,
    probe: procProbe(child.pid ?? 0),
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null) return;
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
