/** Timing helpers for the benchmark: run a step many times, report median and p95 in milliseconds. */
export interface Figures {
  median: number;
  p95: number;
  runs: number;
}

export async function timeRuns(runs: number, step: (i: number) => Promise<unknown>, warmups = 5): Promise<Figures> {
  for (let i = 0; i < Math.min(warmups, runs); i++) await step(i); // warm the caches first
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await step(i);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], runs };
}

export function line(label: string, f: Figures, target?: number): string {
  const verdict = target === undefined ? '' : f.median <= target ? `  ✓ target < ${target} ms` : `  ✗ target < ${target} ms`;
  return `${label.padEnd(58)} median ${f.median.toFixed(2).padStart(7)} ms   p95 ${f.p95.toFixed(2).padStart(7)} ms  (${f.runs} runs)${verdict}`;
}
