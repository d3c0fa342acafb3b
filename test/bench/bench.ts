/**
 * `npm run bench`: the speed targets (lists, search, bulk changes, export, import), measured on a realistic 100,000-customer data set.
 *   npm run bench -- [--customers 100000] [--database sqlite://./data/bench.sqlite] [--only lists|loyalty|care|analytics|custom|duplicates|heavy|cold|paint]
 *   npm run bench -- --only load [--seconds 60] [--seed n] [--postgres postgres://postgres@127.0.0.1:5432/bench]   (only when asked: about 6 minutes)
 * Server time is measured in the server (the time from request in to response out, from a middleware),
 * with the HTTP round trip on loopback printed beside it.
 */
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { connect } from '../../server/db/connect.js';
import { migrateLatest } from '../../server/db/migrate.js';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { ensureAdmin } from '../../server/auth/bootstrap.js';
import { createToken } from '../../server/auth/tokens.js';
import { ensureFixtures } from '../../seeds/fixtures.js';
import { seedDemo } from '../../seeds/demo.js';
import { line, timeRuns } from './stats.js';
import { measureColdStart } from './coldStart.js';
import { serverTimer } from './serverTimer.js';
import { benchBulk } from './bulk.js';
import { sampleRss, startServerProcess } from './serverProcess.js';
import { benchExport } from './export.js';
import { benchImport } from './import.js';
import { benchLoyalty } from './loyalty.js';
import { benchCare } from './care.js';
import { benchAnalytics } from './analytics.js';
import { measureFirstPaint } from './firstPaint.js';
import { benchCustomFields } from './customFields.js';
import { benchDuplicates } from './duplicates.js';
import { benchLoad } from './load.js';

const { values: args } = parseArgs({
  options: {
    customers: { type: 'string', default: '100000' },
    database: { type: 'string', default: 'sqlite://./data/bench.sqlite' },
    // run one part only: lists, loyalty, care, analytics, custom (custom fields), duplicates, heavy (bulk, export, import), cold, paint
    only: { type: 'string' },
    // the load test (--only load): seconds measured per phase, and the PostgreSQL database it also runs on
    seconds: { type: 'string', default: '60' },
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/bench' },
    seed: { type: 'string' }, // replays a load test's choices (it prints its seed)
  },
});
const wanted = Number(args.customers);

const db = connect(args.database);
await migrateLatest(db);
const have = Number((await db('customers').count({ n: '*' }).first())?.n ?? 0);
if (have < wanted) {
  if (have > 0) {
    console.error(`${args.database} has ${have} customers; run: npm run seed -- --customers ${wanted} --database ${args.database} --reset`);
    process.exit(1);
  }
  console.log(`Seeding ${wanted} customers into ${args.database} (once; reused by later runs)…`);
  const t = Date.now();
  await ensureFixtures(db);
  await seedDemo(db, { customers: wanted });
  console.log(`  seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
const total = Number((await db('customers').count({ n: '*' }).first())?.n);
console.log(`\nBenchmark on ${args.database.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'} with ${total} customers\n`);

// every request is signed in (a personal API token: one indexed lookup per request, as for a cookie session)
await ensureAdmin(db, 'bench-admin-password');
const userId = async (where: Record<string, string>) => Number((await db('users').where(where).first('id'))?.id);
const adminToken = (await createToken(db, await userId({ username: 'admin' }), 'bench', null)).token;
const salesId = await userId({ username: 'yang.fan' });
const salesToken = (await createToken(db, salesId, 'bench', null)).token;
const specialistToken = (await createToken(db, await userId({ username: 'li.na' }), 'bench', null)).token;

const timer = serverTimer();
const app = createApp(db, { beforeApi: timer.middleware, config: loadConfig({ ...process.env, LOG_LEVEL: 'warn' }) });
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
const get = async (path: string, query: Record<string, unknown> = {}, token = adminToken) => {
  const qs = new URLSearchParams(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)])));
  const res = await fetch(`${base}${path}?${qs}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
};

const tiers: { id: number }[] = await db('tiers').select('id');
const regions: { code: string }[] = await db('lookups').where({ type: 'region' }).select('code');
const maxId = Number((await db('customers').max({ m: 'id' }).first())?.m);
const sample: { name: string; phone: string | null }[] = await db('customers').whereNotNull('phone').orderBy('id').limit(50).offset(Math.floor(total / 2));
const sorts = [['name', 'ASC'], ['updated_at', 'DESC'], ['points_balance', 'DESC'], ['last_visit_date', 'DESC']];

async function measure(label: string, runs: number, target: number | undefined, step: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await step(i);
  timer.reset();
  const rtt = await timeRuns(runs, step, 0);
  const server = timer.figures();
  console.log(line(`${label} (server)`, server, target));
  console.log(line(`${label} (HTTP round trip)`, rtt));
}

const part = (name: string) => !args.only || args.only === name;
const send = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${base}${path}`, {
    method, headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
};

if (part('lists')) {
await measure('List page of 25 + total, filtered by tier & region, sorted', 200, 15, (i) =>
  get('/customers', {
    sort: sorts[i % sorts.length],
    range: [0, 24],
    filter: { tier_id: tiers[i % tiers.length].id, region: regions[i % regions.length].code },
  }),
);
await measure('List page 3 of 25 + total, no filter, sorted by name', 100, 15, () =>
  get('/customers', { sort: ['name', 'ASC'], range: [50, 74] }),
);
const queries = sample.flatMap((c) => [c.name, (c.phone ?? '').replace(/\D/g, '').slice(3, 8)]).filter(Boolean);
await measure('q search (names, 2–3 characters, and phone fragments)', 200, 30, (i) =>
  get('/customers', { sort: ['updated_at', 'DESC'], range: [0, 24], filter: { q: queries[i % queries.length] } }),
);
await measure('q search in pinyin (e.g. "zhang")', 100, 30, (i) =>
  get('/customers', { range: [0, 24], filter: { q: ['zhang', 'wangf', 'liu', 'chen', 'zhao'][i % 5] } }),
);
await measure('getOne customer', 500, 2, (i) => get(`/customers/${1 + ((i * 7919) % maxId)}`));
await measure('Sales consultant: own customers, page 2 + total, by last change', 200, 15, () =>
  get('/customers', { sort: ['updated_at', 'DESC'], range: [25, 49] }, salesToken),
);
await measure('Sales consultant: own customers, page 2 + total, by points', 100, 15, () =>
  get('/customers', { sort: ['points_balance', 'DESC'], range: [25, 49] }, salesToken),
);
await measure('Sales consultant: own customers\' follow-ups, page 2 + total', 200, 15, (i) =>
  get('/follow_ups', { sort: i % 2 ? ['due_date', 'ASC'] : ['id', 'DESC'], range: [25, 49] }, salesToken),
);
}

if (part('loyalty')) await benchLoyalty({ db, send, measure });
if (part('care')) await benchCare({ db, base, tokens: { specialist: specialistToken, sales: salesToken, admin: adminToken }, measure });
if (part('analytics')) await benchAnalytics({ db, base, tokens: { sales: salesToken }, measure });
if (part('custom')) await benchCustomFields({ db, send, get, measure });
if (part('duplicates')) await benchDuplicates({ db, base, tokens: { admin: adminToken, sales: salesToken }, measure });

server.close();

// the heavy jobs run against the real server in a process of its own, so its memory is measured alone
if (part('heavy')) {
console.log('\nBulk changes, export and import: the server in its own process (each run puts the data back as it was)\n');
const apart = await startServerProcess(args.database, 3398);
try {
  const sampler = sampleRss(apart.probe);
  await benchBulk({ base: apart.base, token: adminToken, db });
  await benchExport({ base: apart.base, token: adminToken, probe: apart.probe });
  await benchImport({ base: apart.base, token: adminToken, db, probe: apart.probe });
  const peak = sampler.stop();
  console.log(`${'Server peak RSS through all of the above'.padEnd(58)} ${peak.toFixed(0)} MB (at start ${sampler.before.toFixed(0)} MB)  ${peak < 300 ? '✓' : '✗'} target < 300 MB`);
} finally {
  await apart.stop();
}
}
await db.destroy();

// SQLite and PostgreSQL both, whichever --database names; run only when asked for
if (args.only === 'load') {
  const onPostgres = args.database.startsWith('postgres');
  await benchLoad({
    sqlite: onPostgres ? 'sqlite://./data/bench.sqlite' : args.database,
    postgres: onPostgres ? args.database : args.postgres,
    customers: wanted,
    seconds: Number(args.seconds),
    seed: args.seed === undefined ? undefined : Number(args.seed),
  });
}

if (!args.database.startsWith('postgres') && part('cold')) {
  const cold = await measureColdStart();
  console.log(`${'Cold start to first answer on the demo database'.padEnd(58)} ${cold.toFixed(0)} ms${cold < 5000 ? '  ✓ target < 5000 ms' : '  ✗ target < 5000 ms'}`);
}

// the dashboard in a real browser on the demo data (its own server and database, like the cold start)
if (!args.database.startsWith('postgres') && part('paint')) {
  console.log('\nThe dashboard in headless Chromium on the demo data (2,000 customers)\n');
  await measureFirstPaint();
}
