import { Rng } from '../../../seeds/demo/random.js';

/** A seeded generator (the demo seeder's mulberry32): the same seed gives every virtual user the same sequence of choices, run after run. */
export interface Random {
  /** in [0, 1) */
  next(): number;
  /** a whole number in [min, max] */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** a key chosen with the probability of its weight among all weights */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}

export function seeded(seed: number): Random {
  const rng = new Rng(seed);
  const next = () => rng.next();
  const int = (min: number, max: number) => rng.int(min, max);
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => {
      if (!list.length) throw new Error('pick from an empty list');
      return rng.pick(list);
    },
    weighted: <K extends string>(weights: Readonly<Record<K, number>>): K => {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [key, w] of entries) {
        x -= w;
        if (x < 0 && w > 0) return key;
      }
      return entries.filter(([, w]) => w > 0).at(-1)![0];
    },
  };
}
