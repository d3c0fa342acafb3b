import { defineConfig } from 'vitest/config';

// Vitest 5's reporter calls Map.groupBy (Node 21+); on Node 20 it would crash while reporting a failure.
type GroupBy = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => Map<K, V[]>;
const MapWithGroupBy = Map as unknown as { groupBy?: GroupBy };
if (!MapWithGroupBy.groupBy) {
  MapWithGroupBy.groupBy = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => {
    const groups = new Map<K, V[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'client/**/*.test.ts', 'client/**/*.test.tsx', 'server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['test/globalSetup.ts'],
    // request logs would drown the test output; errors still reach the console through the tests' assertions
    env: { LOG_LEVEL: 'silent' },
  },
});
