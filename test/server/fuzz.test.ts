import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { ensureAdmin } from '../../server/auth/bootstrap.js';
import { loadConfig } from '../../server/config.js';
import { resources } from '../../server/resources/index.js';
import { seedDemo } from '../../seeds/demo.js';
import { freshDb, type TestDb } from '../testDb.js';
import { closeConnections, send } from './fuzz/http.js';
import { UNDECODABLE_IDS } from './fuzz/values.js';
import { seedOf } from './fuzz/prng.js';
import type { Known } from './fuzz/requests.js';
import { routesOf, targetsOf, type RouteTemplate, type Target } from './fuzz/routes.js';
import { describe as describeFinding, fuzz, type Sessions, type Tally } from './fuzz/run.js';
import { WRITTEN_ON_ANY_REQUEST } from './fuzz/digest.js';

const ADMIN_PASSWORD = 'fuzz-admin-password';
const SEED = seedOf(process.env.FUZZ_SEED);
/** requests per target: a route of one resource gets this many, a route of its own several times as many */
const PER_TARGET = Number(process.env.FUZZ_PER_TARGET ?? 4);
/** an export reads every row of its resource: fewer of them keep the run within CI's time on PostgreSQL */
const perTarget = (x: Target) => (x.template === '/api/:resource/export' ? Math.ceil(PER_TARGET / 2) : x.resource ? PER_TARGET : PER_TARGET * 6);

/** Issue 10: thousands of malformed and hostile requests to every route; no 5xx, the error contract, no row changed. */
describe('fuzzing every route', () => {
  let t: TestDb;
  let app: Express;
  let server: Server;
  let base: URL;
  let templates: RouteTemplate[];
  let tally: Tally;
  let sessions: Sessions;

  const signIn = async (username: string, password: string) => {
    const res = await send(base, 'POST', '/api/auth/login', { 'content-type': 'application/json' }, Buffer.from(JSON.stringify({ username, password })));
    expect(res.status, res.text).toBe(200);
    const cookie = /crm_session=([^;]+)/.exec(String(res.headers['set-cookie']))?.[1];
    return { cookie: String(cookie), csrf: String((JSON.parse(res.text) as { csrfToken: string }).csrfToken) };
  };

  beforeAll(async () => {
    console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    t = await freshDb();
    await seedDemo(t.db, { customers: 50 });
    await ensureAdmin(t.db, ADMIN_PASSWORD);
    app = createApp(t.db, { config: loadConfig({ LOG_LEVEL: 'silent' }) });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    templates = routesOf(app);
  }, 120_000);

  afterAll(async () => {
    closeConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.drop();
  });

  it('when the routes are read from the app and the registry, then every kind of route is there', () => {
    const paths = new Set(templates.map((r) => `${r.method} ${r.path}`));
    expect(templates.length).toBeGreaterThan(70);
    for (const p of ['GET /api/:resource', 'POST /api/:resource', 'PUT /api/:resource/:id', 'DELETE /api/:resource/:id',
      'PATCH /api/:resource', 'DELETE /api/:resource', 'POST /api/:resource/bulk/undo', 'POST /api/:resource/import',
      'GET /api/:resource/export', 'POST /api/auth/login', 'POST /api/loyalty/apply', 'GET /api/loyalty/customers/:id',
      'POST /api/duplicates/merge', 'GET /api/analytics/dashboard']) expect(paths).toContain(p);
    const targets = targetsOf(templates);
    for (const name of Object.keys(resources)) expect(targets.some((x) => x.path === `/api/${name}/:id` && x.method === 'PUT')).toBe(true);
  });

  it('when thousands of hostile requests reach every route, then none gets a 5xx, every 4xx keeps the error contract and no row changes', async () => {
    sessions = { admin: await signIn('admin', ADMIN_PASSWORD), sales: await signIn('yang.fan', 'sales-demo') };
    const known: Known = { ids: {} };
    for (const def of Object.values(resources)) {
      known.ids[def.name] = (await t.db(def.table).orderBy('id').limit(5).select('id')).map((r: { id: number }) => Number(r.id));
    }
    const started = Date.now();
    tally = await fuzz({
      db: t.db, base, sessions, known, seed: SEED, width: 4, targets: targetsOf(templates),
      perTarget,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`fuzz (${t.engine}, seed ${SEED}): ${tally.sent} requests in ${seconds} s to ${tally.routes.size} routes ` +
      `(${templates.length} templates); by status: ${Object.entries(tally.byClass).sort().map(([k, v]) => `${k} ${v}`).join(', ')}; ` +
      `digests ${(tally.digestMs / 1000).toFixed(1)} s; tables allowed to change: ${Object.keys(WRITTEN_ON_ANY_REQUEST).join(', ')}`);

    const slowest = [...tally.groupMs].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`slowest routes: ${slowest.map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join('; ')}`);
    expect(tally.sent).toBeGreaterThan(2000);
    const problems = tally.findings.map(describeFinding);
    expect(problems.slice(0, 30), `${problems.length} problems (seed ${SEED})`).toEqual([]);
    expect(Object.fromEntries(tally.changed), `rows changed (seed ${SEED})`).toEqual({});
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
  }, 600_000);

  // Two refusals that come from Express itself, not the app: an error carrying a 4xx `status` but no body-parser
  // `type` (the router's decode error, a body that does not inflate) answered 500 before the error handler knew them.
  it('when a path parameter is no valid percent-encoding, then the answer is a 400 with the error contract', async () => {
    for (const bad of UNDECODABLE_IDS) {
      const res = await send(base, 'GET', `/api/customers/${bad}`, { cookie: `crm_session=${sessions.admin.cookie}` });
      expect(res.status, `${bad}: ${res.text}`).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ errors: { id: expect.any(String) } });
    }
  });

  it('when a gzip or deflate body does not inflate, then the answer is a 400 with the error contract', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const res = await send(base, 'POST', '/api/customers', {
        cookie: `crm_session=${sessions.admin.cookie}`, 'x-csrf-token': sessions.admin.csrf,
        'content-type': 'application/json', 'content-encoding': encoding,
      }, Buffer.from('\x1f\x8bnot compressed', 'latin1'));
      expect(res.status, `${encoding}: ${res.text}`).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ errors: { body: expect.any(String) } });
    }
  });

  it('when an upload is cut off inside a part the import does not keep, then the answer is a 400 and nothing is left unhandled', async () => {
    // a second file part (only the first `file` is kept) whose form never ends: busboy fails the drained part too
    const boundary = 'fuzzcut';
    const body = Buffer.from([
      `--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="a.csv"', 'Content-Type: text/csv', '', '姓名,联系电话', '张三,13800000000',
      `--${boundary}`, 'Content-Disposition: form-data; name="extra"; filename="b.csv"', 'Content-Type: text/csv', '', 'half a line',
    ].join('\r\n'));
    const res = await send(base, 'POST', '/api/customers/import', {
      cookie: `crm_session=${sessions.admin.cookie}`, 'x-csrf-token': sessions.admin.csrf,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    }, body);
    expect(res.status, res.text).toBe(400);
    expect(JSON.parse(res.text)).toMatchObject({ errors: { file: expect.any(String) } });
  });

  it('when a bulk undo names a batch with characters no batch id has (a NUL), then the answer is a 400 on batchId', async () => {
    const res = await send(base, 'POST', '/api/tier_changes/bulk/undo', {
      cookie: `crm_session=${sessions.admin.cookie}`, 'x-csrf-token': sessions.admin.csrf, 'content-type': 'application/json',
    }, Buffer.from(JSON.stringify({ batchId: 'a\u0000b' })));
    expect(res.status, res.text).toBe(400);
    expect(JSON.parse(res.text)).toMatchObject({ errors: { batchId: expect.any(String) } });
  });

  it('when the fuzzing is over, then the server is healthy and still answers a signed-in list', async () => {
    expect((await send(base, 'GET', '/api/health', {})).status).toBe(200);
    // the sign-in from before: the fuzzed sign-ins have locked the address out by now (the rate limit at work)
    const admin = sessions.admin;
    const list = await send(base, 'GET', '/api/customers?range=%5B0%2C4%5D', { cookie: `crm_session=${admin.cookie}` });
    expect(list.status).toBe(200);
    expect((JSON.parse(list.text) as unknown[]).length).toBe(5);
  });
});
