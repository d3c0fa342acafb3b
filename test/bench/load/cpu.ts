import fs from 'node:fs';
import os from 'node:os';

/** CPU time used so far by one part of the system (a server process, the database's backends, this process), ms. */
export type CpuClock = () => number;

/** Busy and total jiffies of the whole machine, from the first line of /proc/stat (Linux). */
function machineTicks(): { busy: number; total: number } {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = fields.map(Number);
  const idle = n[3] + (n[4] ?? 0); // idle + iowait
  const total = n.reduce((s, v) => s + v, 0);
  return { busy: total - idle, total };
}

export interface CpuShares {
  /** per part: CPU used over the phase, in % of one core */
  parts: Record<string, number>;
  /** the whole machine's busy share, % of all cores (other people's work included) */
  machine: number;
  cores: number;
}

/**
 * Who used the CPU during a phase: each part's CPU time over the wall time (100% = one core busy), and the
 * whole machine's, so a figure read on a shared machine says how much of the CPU was someone else's.
 */
export function cpuMeter(clocks: Record<string, CpuClock>): { stop: () => CpuShares } {
  const t0 = performance.now();
  const m0 = machineTicks();
  const start = Object.fromEntries(Object.entries(clocks).map(([k, c]) => [k, c()]));
  return {
    stop: () => {
      const wall = performance.now() - t0;
      const m1 = machineTicks();
      const parts = Object.fromEntries(Object.entries(clocks).map(([k, c]) => [k, ((c() - start[k]) / wall) * 100]));
      const total = m1.total - m0.total;
      return { parts, machine: total > 0 ? ((m1.busy - m0.busy) / total) * 100 : NaN, cores: os.cpus().length };
    },
  };
}

/** Reads one process's CPU time (utime + stime) from /proc, ms; 0 once it has ended. */
function processCpuMs(pid: string): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/**
 * The PostgreSQL backends serving `database` (their process titles read "postgres: 15/main: user database host …").
 * The pools keep their connections through a phase, so summing the backends alive at each reading is fair.
 */
export function postgresBackends(database: string): CpuClock {
  return () => {
    let ms = 0;
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let title: string;
      try {
        title = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (title.startsWith('postgres: ') && title.includes(` ${database} `)) ms += processCpuMs(pid);
    }
    return ms;
  };
}
