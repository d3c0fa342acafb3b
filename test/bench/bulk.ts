/**
 * Bulk changes on the 100,000-customer bench database: one PATCH over 10,000 customers chosen by a filter
 * (target < 1 s), and 1,000 customers in one PATCH against the stock client's 1,000 sequential PUTs.
 * Every change is put back afterwards (undo, or the old values), so reruns measure the same work.
 */
import type { Knex } from 'knex';
import { line, type Figures } from './stats.js';

interface Options {
  /** e.g. http://127.0.0.1:port/api */
  base: string;
  /** a bearer token of a user with the bulk rights (an admin) */
  token: string;
  db: Knex;
}

function figuresOf(times: number[]): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)], runs: sorted.length };
}

async function timed<T>(step: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t = process.hrtime.bigint();
  const result = await step();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, result };
}

export async function benchBulk({ base, token, db }: Options): Promise<void> {
  const call = async (method: string, path: string, body: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return res.json() as Promise<{ batchId: string; count: number; ids: number[] } & Record<string, unknown>>;
  };
  const undo = (batchId: string) => call('POST', '/customers/bulk/undo', { batchId });

  // 10,000 customers by an id range in the middle of the table (any filter works; this one is exact)
  const ids: { id: number }[] = await db('customers').orderBy('id').offset(40_000).limit(10_000).select('id');
  const filter = { id_gte: ids[0].id, id_lte: ids[ids.length - 1].id };
  const runs = 5;
  // one run first to warm the page cache and the JIT, as the other measurements do
  await undo((await call('PATCH', '/customers', { filter, data: { notes: 'bulk bench warm-up' } })).batchId);
  const plain: number[] = [];
  const tagged: number[] = [];
  const undos: number[] = [];
  for (let i = 0; i < runs; i++) {
    const set = await timed(() => call('PATCH', '/customers', { filter, data: { notes: `bulk bench ${i}`, lifecycle_stage: 'mature' } }));
    if (set.result.count !== ids.length) throw new Error(`bulk update changed ${set.result.count} customers, not ${ids.length}`);
    plain.push(set.ms);
    undos.push((await timed(() => undo(set.result.batchId))).ms);
    const tags = await timed(() => call('PATCH', '/customers', { filter, add: { tags: [`bench-${i}`] } }));
    tagged.push(tags.ms);
    await undo(tags.result.batchId);
  }
  console.log(line('Bulk update of 10,000 customers by filter, one PATCH', figuresOf(plain), 1000));
  console.log(line('Bulk update of 10,000 customers: add a tag (per-row values)', figuresOf(tagged)));
  console.log(line('Undo of that bulk update (10,000 customers)', figuresOf(undos)));

  // 1,000 customers: one bulk PATCH against the stock client's one PUT per row
  const thousand = ids.slice(0, 1000).map((r) => r.id);
  const old: { id: number; notes: string | null }[] = await db('customers').whereIn('id', thousand).select('id', 'notes');
  const bulk = await timed(() => call('PATCH', '/customers', { ids: thousand, data: { notes: 'bulk bench: one request' } }));
  await undo(bulk.result.batchId);
  const puts = await timed(async () => {
    for (const id of thousand) await call('PUT', `/customers/${id}`, { notes: 'bulk bench: one request per row' });
  });
  await db.transaction(async (trx) => {
    for (const r of old) await trx('customers').where({ id: r.id }).update({ notes: r.notes });
  });
  console.log(line('1,000 customers in one bulk PATCH', figuresOf([bulk.ms])));
  console.log(line('1,000 customers as 1,000 sequential PUTs (stock client)', figuresOf([puts.ms])));
  console.log(`${'Bulk PATCH vs one PUT per row'.padEnd(58)} ${(puts.ms / bulk.ms).toFixed(1)}× faster`);
}
