import type { Knex } from 'knex';
import { BatchInsert } from '../../server/db/batchInsert.js';
import type { ApplyResult, PreviewResult, RulesDocument } from '../../server/domain/loyalty/types.js';
import { line, timeRuns } from './stats.js';

/**
 * The loyalty programme's speed targets on 100,000 customers and 1,000,000 ledger entries: a what-if under
 * 1 s, a recalculation moving 10,000 customers under 3 s, a balance read under 2 ms. The ledger is topped up
 * to a million entries once (service earnings spread over three years); every run puts the tiers back.
 */
export const LEDGER_ENTRIES = 1_000_000;

type Send = <T>(method: string, path: string, body?: unknown) => Promise<T>;

interface LoyaltyBench {
  db: Knex;
  send: Send;
  /** times the server side of the requests made by `step` */
  measure: (label: string, runs: number, target: number | undefined, step: (i: number) => Promise<unknown>) => Promise<void>;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function topUpLedger(db: Knex): Promise<void> {
  const have = Number((await db('point_entries').count({ n: '*' }).first())?.n ?? 0);
  if (have >= LEDGER_ENTRIES) return;
  const started = Date.now();
  const maxId = Number((await db('customers').max({ m: 'id' }).first())?.m);
  const random = rng(42);
  const now = Date.now();
  await db.transaction(async (trx) => {
    const writer = await BatchInsert.open(trx, { cacheKiB: 256_000 });
    try {
      for (let left = LEDGER_ENTRIES - have; left > 0; left -= 10_000) {
        const rows = Array.from({ length: Math.min(10_000, left) }, () => {
          const points = 50 + Math.floor(random() * 1500);
          const at = new Date(now - Math.floor(random() * 3 * 365 * 86_400_000)).toISOString();
          return {
            customer_id: 1 + Math.floor(random() * maxId), points, qualifying_points: points, reason: 'service', source_type: null,
            source_id: null, note: '历史进站积分（基准测试补录）', author_id: null, batch_id: 'bench-ledger', reverses_id: null,
            created_at: at, updated_at: at, version: 1,
          };
        });
        await writer.insert('point_entries', rows);
      }
    } finally {
      writer.release();
    }
    await trx.raw('UPDATE customers SET points_balance = (SELECT coalesce(sum(points), 0) FROM point_entries WHERE point_entries.customer_id = customers.id)');
  });
  console.log(`  ledger topped up from ${have} to ${LEDGER_ENTRIES} entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // the synchronous writes held this process's event loop for half a minute: the server closed our idle keep-alive
  // connections meanwhile, and fetch would reuse one (ECONNRESET) unless it first hears of the close
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** The silver threshold that promotes about `wanted` regular members (qualifying points, lifetime). */
async function thresholdMoving(db: Knex, rules: RulesDocument, wanted: number): Promise<number> {
  const regular = rules.tiers.reduce((a, b) => (a.rank < b.rank ? a : b));
  const silver = rules.tiers.filter((t) => t.rank > regular.rank).reduce((a, b) => (a.rank < b.rank ? a : b));
  const rows = (await db('customers').where('customers.tier_id', regular.id)
    .leftJoin('point_entries', 'point_entries.customer_id', 'customers.id')
    .groupBy('customers.id').select(db.raw('coalesce(sum(point_entries.qualifying_points), 0) as q'))) as { q: number | string }[];
  const points = rows.map((r) => Number(r.q)).filter((q) => q < silver.threshold_points).sort((a, b) => b - a);
  return Math.max(1, points[Math.min(wanted, points.length) - 1] ?? 1);
}

export async function benchLoyalty({ db, send, measure }: LoyaltyBench): Promise<void> {
  await topUpLedger(db);
  const entries = Number((await db('point_entries').count({ n: '*' }).first())?.n ?? 0);
  console.log(`\nLoyalty: ${entries} ledger entries\n`);
  let rules = await send<RulesDocument>('GET', '/loyalty/rules');
  // start from the tiers the rules in force give (earlier runs and the top-up may have moved members)
  await send<ApplyResult>('POST', '/loyalty/apply', { version: rules.version, mode: 'review' });
  rules = await send<RulesDocument>('GET', '/loyalty/rules');
  const silver = rules.tiers.filter((t) => t.rank > Math.min(...rules.tiers.map((x) => x.rank))).reduce((a, b) => (a.rank < b.rank ? a : b));
  const lowered = await thresholdMoving(db, rules, 10_000);

  let preview: PreviewResult | undefined;
  await measure('What-if preview: silver threshold lowered, all members', 5, 1000, async () => {
    preview = await send<PreviewResult>('POST', '/loyalty/preview', { tiers: [{ id: silver.id, threshold_points: lowered }] });
  });
  console.log(`  (the what-if moves ${preview?.up} up, ${preview?.down} down, ${preview?.held} held; reported ${preview?.took_ms} ms)`);

  const applied: number[] = [];
  const times: number[] = [];
  const figures = await timeRuns(3, async () => {
    const current = await send<RulesDocument>('GET', '/loyalty/rules');
    const t = process.hrtime.bigint();
    const result = await send<ApplyResult>('POST', '/loyalty/apply', { version: current.version, mode: 'now', tiers: [{ id: silver.id, threshold_points: lowered }] });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    applied.push(result.up + result.down);
    const back = await send<RulesDocument>('GET', '/loyalty/rules');
    await send<ApplyResult>('POST', '/loyalty/apply', { version: back.version, mode: 'review', tiers: [{ id: silver.id, threshold_points: silver.threshold_points }] });
  }, 0);
  times.sort((a, b) => a - b);
  console.log(line('Apply a recalculation (HTTP round trip)', { ...figures, median: times[1], p95: times[2] }, 3000));
  console.log(`  (each run moved ${applied.join(', ')} customers, wrote their history, audit rows and greetings; then put back)`);

  const maxId = Number((await db('customers').max({ m: 'id' }).first())?.m);
  await measure('Balance read: GET /customers/:id (points_balance)', 300, 2, (i) => send('GET', `/customers/${1 + ((i * 7919) % maxId)}`));
  await measure('Points summary: GET /loyalty/customers/:id', 300, undefined, (i) => send('GET', `/loyalty/customers/${1 + ((i * 104_729) % maxId)}`));
}
