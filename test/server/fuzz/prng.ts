/**
 * A small seeded generator (mulberry32), so a failing run can be replayed with FUZZ_SEED. Hand-written rather than
 * a dependency: four lines, and the test must not touch the shared package.json.
 */
export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** a float in [0, 1) */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[this.int(items.length)];
  }
}

/** The run's seed: FUZZ_SEED when given (to replay a failure), else a fresh one. */
export function seedOf(env: string | undefined): number {
  const given = env === undefined || env === '' ? NaN : Number(env);
  return Number.isSafeInteger(given) ? given >>> 0 : Math.floor(Math.random() * 2 ** 32);
}
