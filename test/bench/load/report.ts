import os from 'node:os';
import { KINDS } from './recorder.js';
import type { PhaseResult } from './phase.js';

/** The list target of issue 10: under the load, list p99 under 100 ms. */
export const LIST_P99_TARGET_MS = 100;
/** Two processes on PostgreSQL give at least 1.6× the throughput of one. */
export const SCALE_TARGET = 1.6;

const ms = (v: number) => (Number.isNaN(v) ? '     –' : v.toFixed(1).padStart(6));
const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function machineLine(): string {
  const [one, five, fifteen] = os.loadavg();
  return `Machine: ${os.cpus().length} cores, load average ${one.toFixed(2)} ${five.toFixed(2)} ${fifteen.toFixed(2)} (1/5/15 min)`;
}

/** One phase's figures, with the list target checked; answers whether the phase met its targets (no error; list p99). */
export function printPhase(title: string, r: PhaseResult, checkTarget: boolean): boolean {
  const f = r.figures;
  const listOk = f.latency.list.p99 < LIST_P99_TARGET_MS;
  console.log(`\n${title}`);
  console.log(`  ${f.seconds.toFixed(0)} s measured: ${f.requests} requests, ${f.throughput.toFixed(1)} req/s; `
    + `errors ${f.errors} ${mark(f.errors === 0)}; 409 stale-version answers ${f.conflicts} (of ${f.edits + f.conflicts} saves); `
    + `${f.batches.length} bulk edits${f.retried ? `; ${f.retried} sent again after a reset of an idle kept-alive socket` : ''}`);
  for (const e of f.errorSamples) console.log(`    error: ${e}`);
  console.log(`  ${'kind'.padEnd(7)} ${'count'.padStart(6)}    p50 ms    p95 ms    p99 ms    max ms`);
  for (const k of KINDS) {
    const l = f.latency[k];
    const verdict = k === 'list' && checkTarget ? `  ${mark(listOk)} target p99 < ${LIST_P99_TARGET_MS} ms` : '';
    console.log(`  ${k.padEnd(7)} ${String(l.count).padStart(6)}    ${ms(l.p50)}    ${ms(l.p95)}    ${ms(l.p99)}    ${ms(l.max)}${verdict}`);
  }
  const lists = Object.entries(f.byRequest).filter(([, l]) => l.kind === 'list').sort(([, a], [, b]) => b.p99 - a.p99);
  console.log(`  list p99 by request: ${lists.map(([label, l]) => `${label} ${l.p99.toFixed(0)} ms (${l.count})`).join(', ')}`);
  const parts = Object.entries(r.cpu.parts).map(([k, v]) => `${k} ${v.toFixed(0)}%`).join(', ');
  console.log(`  CPU, % of one core: ${parts}; whole machine ${r.cpu.machine.toFixed(0)}% of ${r.cpu.cores} cores (others' work included)`);
  const perRequest = Object.entries(r.cpu.parts).map(([k, v]) => [k, (v * 10) / f.throughput] as const);
  const cost = perRequest.reduce((sum, [, v]) => sum + v, 0);
  console.log(`  CPU per request: ${perRequest.map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', ')}: ${cost.toFixed(1)} ms in all, `
    + `so ${r.cpu.cores} idle cores could serve at most ${((r.cpu.cores * 1000) / cost).toFixed(0)} req/s of this mix`);
  return f.errors === 0 && (!checkTarget || listOk);
}

export function printScaling(one: PhaseResult, two: PhaseResult): boolean {
  const ratio = two.figures.throughput / one.figures.throughput;
  const ok = ratio >= SCALE_TARGET;
  console.log(`\nSaturation throughput on PostgreSQL: one process ${one.figures.throughput.toFixed(1)} req/s, two processes `
    + `${two.figures.throughput.toFixed(1)} req/s: ${ratio.toFixed(2)}×  ${mark(ok)} target ≥ ${SCALE_TARGET}×`);
  return ok;
}
