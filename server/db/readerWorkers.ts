import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * A few worker threads, each with its own read-only SQLite connection to one database file, that run SELECT
 * statements. better-sqlite3 runs a statement on the thread that asks, so on the app's one connection a report's
 * queries ran one after another and held up every other request meanwhile; here they run side by side on the
 * machine's cores (WAL lets readers run beside the writer) while the app's thread stays free.
 */

// CommonJS, run with `eval`: no file to find next to the compiled server, the same code under tsx and node
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -64000');
db.pragma('temp_store = MEMORY');
const statements = new Map();
parentPort.on('message', (m) => {
  try {
    let st = statements.get(m.sql);
    if (!st) {
      st = db.prepare(m.sql);
      if (statements.size >= 200) statements.clear();
      statements.set(m.sql, st);
    }
    if (!st.reader) throw new Error('the report reader runs only statements that return rows');
    parentPort.postMessage({ id: m.id, rows: st.all(m.bindings) });
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: { message: String(e && e.message), code: e && e.code } });
  }
});
`;

type Row = Record<string, unknown>;
interface Answer { id: number; rows?: Row[]; error?: { message: string; code?: string } }
interface Pending { resolve: (rows: Row[]) => void; reject: (e: Error) => void }
interface Slot { worker: Worker; pending: Map<number, Pending> }

/** Threads shut down after this long without work (and never keep the process alive while idle). */
const IDLE_MS = 60_000;

const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');

export class ReaderWorkers {
  private slots: Slot[] = [];
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly size: number;

  constructor(private readonly file: string, size = Math.min(2, os.availableParallelism())) {
    this.size = Math.max(1, size);
  }

  /** The rows of one SELECT, read on the least busy thread. */
  run(sql: string, bindings: readonly unknown[]): Promise<Row[]> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const slot = this.leastBusy();
    const id = this.nextId++;
    return new Promise<Row[]>((resolve, reject) => {
      if (slot.pending.size === 0) slot.worker.ref();
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, sql, bindings });
    });
  }

  /** Stops every thread; a later `run` starts them again. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const slots = this.slots;
    this.slots = [];
    for (const slot of slots) this.fail(slot, new Error('the report reader was closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private leastBusy(): Slot {
    if (this.slots.length < this.size && this.slots.every((s) => s.pending.size > 0)) return this.start();
    return this.slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
  }

  private start(): Slot {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.file, driver: driverPath } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (m: Answer) => this.answer(slot, m));
    worker.on('error', (e) => this.drop(slot, e));
    worker.on('exit', (code) => this.drop(slot, new Error(`a report reader thread stopped (exit ${code})`)));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private answer(slot: Slot, m: Answer): void {
    const p = slot.pending.get(m.id);
    if (!p) return;
    slot.pending.delete(m.id);
    if (m.error) p.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
    else p.resolve(m.rows ?? []);
    if (slot.pending.size === 0) slot.worker.unref();
    if (this.slots.every((s) => s.pending.size === 0)) this.idleTimer = setTimeout(() => void this.close(), IDLE_MS).unref();
  }

  private drop(slot: Slot, e: Error): void {
    this.slots = this.slots.filter((s) => s !== slot);
    this.fail(slot, e);
  }

  private fail(slot: Slot, e: Error): void {
    for (const p of slot.pending.values()) p.reject(e);
    slot.pending.clear();
  }
}
