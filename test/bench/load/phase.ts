import { seeded } from './random.js';
import { recorder, type PhaseFigures } from './recorder.js';
import { signIn, type Session } from './session.js';
import { runUser, type Persona } from './user.js';
import type { Target } from './http.js';
import type { World } from './world.js';
import { cpuMeter, type CpuClock, type CpuShares } from './cpu.js';

/** The demo accounts of the bench database (seeds/demo/staff.ts) and how many people of each kind the load test plays. */
export const TEAM: readonly { persona: Persona; username: string; password: string; count: number }[] = [
  { persona: 'manager', username: 'wang.fang', password: 'manager-demo', count: 3 },
  { persona: 'specialist', username: 'li.na', password: 'specialist-demo', count: 9 },
  { persona: 'sales', username: 'yang.fan', password: 'sales-demo', count: 8 },
];

export interface VirtualUser {
  persona: Persona;
  session: Session;
}

/**
 * Signs every virtual user in with a session of its own, user i on server i mod n: each person stays on one
 * process, as behind a sticky load balancer (no proxy here: one in Node would take the CPU being measured).
 */
export async function signInTeam(targets: readonly Target[]): Promise<VirtualUser[]> {
  const people = TEAM.flatMap((t) => Array.from({ length: t.count }, () => t));
  const users: VirtualUser[] = [];
  for (const [i, p] of people.entries()) {
    users.push({ persona: p.persona, session: await signIn(targets[i % targets.length], p.username, p.password) });
  }
  return users;
}

export interface PhasePlan {
  users: readonly VirtualUser[];
  world: World;
  /** measured seconds, after `warmup` seconds not counted */
  seconds: number;
  warmup: number;
  /** pause between actions: [min, max] ms, or none (saturation) */
  think: [number, number] | null;
  seed: number;
  clocks: Record<string, CpuClock>;
}

export interface PhaseResult {
  figures: PhaseFigures;
  cpu: CpuShares;
}

export async function runPhase(plan: PhasePlan): Promise<PhaseResult> {
  const rec = recorder();
  const until = performance.now() + (plan.warmup + plan.seconds) * 1000;
  let meter: ReturnType<typeof cpuMeter> | null = null;
  const warm = setTimeout(() => {
    rec.measure();
    meter = cpuMeter(plan.clocks);
  }, plan.warmup * 1000);
  const done = Promise.all(plan.users.map((u, i) => {
    const rnd = seeded(plan.seed * 1000 + i);
    const think = plan.think ? (([lo, hi]) => () => rnd.int(lo, hi))(plan.think) : () => 0;
    return runUser({ session: u.session, persona: u.persona, world: plan.world, rnd, rec, think, until });
  }));
  // the window closes at the deadline; answers still on their way after it are not counted
  await new Promise((r) => setTimeout(r, (plan.warmup + plan.seconds) * 1000));
  rec.stop();
  const cpu = (meter as ReturnType<typeof cpuMeter> | null)?.stop();
  await done;
  clearTimeout(warm);
  if (!cpu) throw new Error('the phase ended before its warm-up did');
  return { figures: rec.figures(), cpu };
}
