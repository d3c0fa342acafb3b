/**
 * `npm run bench -- --only load [--seconds 60]`: the load test of issue 10. Twenty people at work at once on
 * 100,000 customers — listing, searching, opening, editing and bulk-editing, each with a session of their own
 * and a pause of 100–500 ms between actions — against the real server (the bundle, in processes of their
 * own, JOBS=false) on 127.0.0.1 only: SQLite with one process; PostgreSQL with one and with two processes.
 * Then the same mix with no pauses (saturation) on PostgreSQL with one and two processes, for the throughput
 * ratio. Targets: no error; list p99 < 100 ms; two processes ≥ 1.6× one.
 */
import type { Knex } from 'knex';
import { freePort, selfProbe, startServerProcess, type ServerProcess } from './serverProcess.js';
import { openBenchDatabase } from './load/benchDatabase.js';
import { loadWorld } from './load/world.js';
import { targetOf } from './load/http.js';
import { runPhase, signInTeam, TEAM, type PhaseResult } from './load/phase.js';
import { machineLine, printPhase, printScaling } from './load/report.js';
import { auditMark, checkRun } from './load/sanity.js';
import { postgresBackends, type CpuClock } from './load/cpu.js';

export interface LoadOptions {
  sqlite: string;
  postgres: string;
  customers: number;
  /** measured seconds of each phase with pauses (60 for the real figures); saturation phases take half */
  seconds: number;
  /**
   * the virtual users' choices follow from it; by default a new one each run, since the same bulk edits
   * repeated on the same data would change nothing the second time (and cost less than real ones)
   */
  seed?: number;
}

const THINK: [number, number] = [100, 500];

interface Configuration {
  title: string;
  url: string;
  processes: number;
  saturation: boolean;
}

/** Runs one configuration: its servers started, the team signed in, its phases run, the data checked afterwards. */
async function runConfiguration(db: Knex, c: Configuration, o: LoadOptions, seed: number) {
  const world = await loadWorld(db, TEAM.find((t) => t.persona === 'sales')!.username);
  const since = await auditMark(db);
  const servers: ServerProcess[] = [];
  try {
    for (let i = 0; i < c.processes; i++) {
      servers.push(await startServerProcess(c.url, await freePort(), { env: { JOBS: 'false' }, keepStderr: true }));
    }
    const users = await signInTeam(servers.map((s) => targetOf(s.port)));
    const clocks: Record<string, CpuClock> = Object.fromEntries(servers.map((s, i) => [
      c.processes > 1 ? `server ${i + 1}` : 'server', () => s.probe.cpuMs(),
    ]));
    if (c.url.startsWith('postgres')) clocks['PostgreSQL backends'] = postgresBackends(new URL(c.url).pathname.slice(1));
    clocks['load generator'] = () => selfProbe.cpuMs();
    const warmup = Math.min(5, Math.max(1, Math.round(o.seconds / 6)));
    const steady = await runPhase({ users, world, seconds: o.seconds, warmup, think: THINK, seed, clocks });
    let saturated: PhaseResult | null = null;
    if (c.saturation) {
      saturated = await runPhase({ users, world, seconds: Math.max(5, Math.round(o.seconds / 2)), warmup, think: null, seed: seed + 1, clocks });
    }
    const distribution = c.processes > 1 ? `, users spread over the ${c.processes} processes as a sticky proxy would (no proxy in between: one in Node would eat the CPU measured)` : '';
    let ok = printPhase(`${c.title}: 20 users, pauses ${THINK[0]}–${THINK[1]} ms${distribution}`, steady, true);
    if (saturated) ok = printPhase(`${c.title}, saturation: the same 20 users with no pauses`, saturated, false) && ok;
    const problems = await checkRun(db, since, saturated ? [steady.figures, saturated.figures] : [steady.figures], servers.map((s) => s.stderr()));
    for (const p of problems) console.log(`    ✗ ${p}`);
    return { steady, saturated, ok: ok && !problems.length };
  } finally {
    for (const s of servers) await s.stop();
  }
}

/** The whole load test; answers whether every target was met. */
export async function benchLoad(o: LoadOptions): Promise<boolean> {
  const seed = o.seed ?? Date.now() % 1_000_000;
  console.log(`\nLoad test: ${TEAM.map((t) => `${t.count} × ${t.username}`).join(', ')}, each with a session of its own; `
    + `${o.seconds} s per phase; seed ${seed}`);
  console.log(`Server processes: the bundle on plain node, JOBS=false, LOG_LEVEL=warn, on 127.0.0.1. ${machineLine()}`);
  const configurations: Configuration[] = [
    { title: 'SQLite, one process', url: o.sqlite, processes: 1, saturation: false },
    { title: 'PostgreSQL, one process', url: o.postgres, processes: 1, saturation: true },
    { title: 'PostgreSQL, two processes on the same database', url: o.postgres, processes: 2, saturation: true },
  ];
  let ok = true;
  const saturation: PhaseResult[] = [];
  const databases = new Map<string, Knex>();
  try {
    for (const [i, c] of configurations.entries()) {
      if (!databases.has(c.url)) databases.set(c.url, await openBenchDatabase(c.url, o.customers));
      const r = await runConfiguration(databases.get(c.url)!, c, o, seed + 10 * i);
      ok = r.ok && ok;
      if (r.saturated) saturation.push(r.saturated);
    }
  } finally {
    for (const db of databases.values()) await db.destroy();
  }
  if (saturation.length === 2) ok = printScaling(saturation[0], saturation[1]) && ok;
  console.log(`After the load test: ${machineLine()}`);
  return ok;
}
