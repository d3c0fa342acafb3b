import type { Answer } from './http.js';
import { latencyOf, type Latency } from './percentiles.js';

export const KINDS = ['list', 'search', 'get', 'edit', 'bulk'] as const;
export type Kind = (typeof KINDS)[number];

/** A bulk change the load made: its batch and how many customers it changed (checked against the audit trail afterwards). */
export interface BulkBatch {
  batchId: string;
  count: number;
}

export interface PhaseFigures {
  seconds: number;
  requests: number;
  /** non-2xx answers other than the counted 409s, and network errors; the whole run, warm-up included */
  errors: number;
  /** 409 to a PUT carrying a version someone else moved on in the meantime: the protocol, not an error */
  conflicts: number;
  throughput: number;
  /** requests sent twice because the kept-alive socket was closed under them (not errors: they never reached the server) */
  retried: number;
  latency: Record<Kind, Latency>;
  /** per request (e.g. "GET /follow_ups"), to tell which one makes a kind slow */
  byRequest: Record<string, Latency & { kind: Kind }>;
  /** the first few errors, to say what went wrong */
  errorSamples: string[];
  edits: number;
  batches: BulkBatch[];
}

/**
 * Counts and times every request of a phase. Latencies and throughput count only the measured window
 * (after the warm-up); errors, edits and bulk batches count from the first request on.
 */
export function recorder() {
  const times: Record<Kind, number[]> = { list: [], search: [], get: [], edit: [], bulk: [] };
  const byRequest = new Map<string, { kind: Kind; times: number[] }>();
  const errorSamples: string[] = [];
  const batches: BulkBatch[] = [];
  let measuring = false;
  let startedAt = 0;
  let stoppedAt = 0;
  let errors = 0;
  let conflicts = 0;
  let edits = 0;
  let retried = 0;

  const error = (what: string) => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(what);
  };
  const time = (kind: Kind, label: string, ms: number) => {
    if (!measuring) return;
    times[kind].push(ms);
    const mine = byRequest.get(label) ?? { kind, times: [] };
    mine.times.push(ms);
    byRequest.set(label, mine);
  };

  return {
    measure(): void {
      measuring = true;
      startedAt = performance.now();
    },
    stop(): void {
      measuring = false;
      stoppedAt = performance.now();
    },
    /** Records an answer; true when it succeeded. `conflictAllowed`: a 409 is a stale version, counted apart. */
    answer(kind: Kind, label: string, a: Answer, conflictAllowed = false): boolean {
      time(kind, label, a.ms);
      if (a.retried) retried++;
      if (a.status >= 200 && a.status < 300) {
        if (kind === 'edit') edits++;
        return true;
      }
      if (a.status === 409 && conflictAllowed) conflicts++;
      else error(`${label} → ${a.status} ${a.body.slice(0, 200)}`);
      return false;
    },
    network(label: string, e: unknown): void {
      error(`${label} → ${(e as Error).message}`);
    },
    bulk(batch: BulkBatch): void {
      batches.push(batch);
    },
    figures(): PhaseFigures {
      const seconds = ((stoppedAt || performance.now()) - startedAt) / 1000;
      const requests = Object.values(times).reduce((s, t) => s + t.length, 0);
      const latency = Object.fromEntries(KINDS.map((k) => [k, latencyOf(times[k])])) as Record<Kind, Latency>;
      const perRequest = Object.fromEntries([...byRequest].map(([label, r]) => [label, { kind: r.kind, ...latencyOf(r.times) }]));
      return { seconds, requests, errors, conflicts, throughput: requests / seconds, retried, latency, byRequest: perRequest, errorSamples, edits, batches };
    },
  };
}

export type Recorder = ReturnType<typeof recorder>;
