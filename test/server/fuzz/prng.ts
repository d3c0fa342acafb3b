import { Rng as SeededRng } from '../../../seeds/demo/random.js';

/** The demo seeder's generator (mulberry32), so a failing run can be replayed with FUZZ_SEED. */
export class Rng extends SeededRng {
  /** a whole number in [0, n) */
  below(n: number): number {
    return this.int(0, n - 1);
  }

  override pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return super.pick(items);
  }
}

/** The run's seed: FUZZ_SEED when given (to replay a failure), else a fresh one. */
export function seedOf(env: string | undefined): number {
  const given = env === undefined || env === '' ? NaN : Number(env);
  return Number.isSafeInteger(given) ? given >>> 0 : Math.floor(Math.random() * 2 ** 32);
}
