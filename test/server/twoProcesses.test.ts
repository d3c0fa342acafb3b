import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../testDb.js';
import { seedDemo } from '../../seeds/demo.js';
import { ADMIN_PASSWORD, Session, spawnServer, type ServerChild } from '../processes.js';
import { jobs } from '../../server/jobs/registry.js';
import { connect } from '../../server/db/connect.js';

interface Customer {
  id: number;
  name: string;
  version: number;
  region: string | null;
  [key: string]: unknown;
}

/**
 * Two server processes on one database, as behind a proxy: whatever one process knows (sessions, versions,
 * bulk changes, custom fields, job leases, whole-table locks) the other knows too, because it lives in the
 * database, not in a process.
 */
describe('two server processes on one database', () => {
  let t: TestDb;
  let a: ServerChild;
  let b: ServerChild;
  let admin: Session;

  beforeAll(async () => {
    t = await freshDb();
    await seedDemo(t.db, { customers: 60 });
    // both start together, both with the scheduler on, so both reach for the same jobs at the same moment
    [a, b] = await Promise.all([spawnServer(t, { JOBS: 'true', LOG_LEVEL: 'debug' }), spawnServer(t, { JOBS: 'true', LOG_LEVEL: 'debug' })]);
    admin = await Session.signIn(a.api, 'admin', ADMIN_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.drop();
  });

  it('when a user signs in on one process, then the other serves the same session, and signing out on either ends it on both', async () => {
    const session = await Session.signIn(a.api, 'li.na', 'specialist-demo');
    expect((await session.call(b.api, 'GET', '/auth/me')).body).toMatchObject({ user: { username: 'li.na' } });
    expect((await session.call(b.api, 'GET', '/customers?range=[0,4]')).status).toBe(200);
    expect((await session.call(b.api, 'POST', '/auth/logout')).status).toBeLessThan(300);
    expect((await session.call(a.api, 'GET', '/customers?range=[0,4]')).status).toBe(401);
  });

  it('when two users edit one record through different processes, then the later save is refused with 409 naming the first', async () => {
    const manager = await Session.signIn(b.api, 'wang.fang', 'manager-demo');
    const { body: opened } = await admin.call<Customer>(a.api, 'GET', '/customers/5');
    const { body: alsoOpened } = await manager.call<Customer>(b.api, 'GET', '/customers/5');
    expect(alsoOpened.version).toBe(opened.version);
    const first = await manager.call<Customer>(b.api, 'PUT', '/customers/5', { region: 'haidian', version: alsoOpened.version });
    expect(first.status).toBe(200);
    const second = await admin.call<{ errors: { version: string } }>(a.api, 'PUT', '/customers/5', { region: 'chaoyang', version: opened.version });
    expect(second.status).toBe(409);
    expect(second.body.errors.version).toMatch(/wang\.fang|王芳/);
    expect((await t.db('customers').where({ id: 5 }).first('region')).region).toBe('haidian');
  });

  it('when a bulk edit is made on one process, then the other lists the new values and can undo it', async () => {
    const ids = [11, 12, 13, 14];
    const before = await t.db('customers').whereIn('id', ids).orderBy('id').select('id', 'company');
    const done = await admin.call<{ batchId: string; count: number }>(a.api, 'PATCH', '/customers', { ids, data: { company: '两进程测试有限公司' } });
    expect(done.body.count).toBe(4);
    const listed = await admin.call<Customer[]>(b.api, 'GET', `/customers?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}`);
    expect(listed.body.map((c) => c.company)).toEqual(['两进程测试有限公司', '两进程测试有限公司', '两进程测试有限公司', '两进程测试有限公司']);
    const undone = await admin.call<{ count: number }>(b.api, 'POST', '/customers/bulk/undo', { batchId: done.body.batchId });
    expect(undone.body.count).toBe(4);
    const back = await admin.call<Customer[]>(a.api, 'GET', `/customers?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}&sort=["id","ASC"]`);
    expect(back.body.map((c) => c.company)).toEqual(before.map((r) => r.company));
  });

  it('when an admin adds a custom field on one process, then the other serves it within a second or two', async () => {
    const made = await admin.call(a.api, 'POST', '/custom_fields', {
      resource: 'customers', key: 'wechat_id', label_zh: '微信号', label_en: 'WeChat ID', type: 'text',
    });
    expect(made.status).toBe(201);
    let seen = false;
    for (let i = 0; i < 40 && !seen; i += 1) {
      const meta = await admin.call<{ resources: Record<string, { fields: Record<string, unknown> }> }>(b.api, 'GET', '/meta');
      seen = 'wechat_id' in meta.body.resources.customers.fields;
      if (!seen) await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toBe(true);
    expect((await admin.call(b.api, 'PUT', '/customers/7', { wechat_id: 'two_procs' })).status).toBe(200);
    expect((await admin.call<Customer>(a.api, 'GET', '/customers/7')).body.wechat_id).toBe('two_procs');
  });

  it('when both processes are asked to recalculate the tiers at the same moment, then the members move once', async () => {
    const lowest = (await t.db('tiers').orderBy('rank').first('id')).id as number;
    // several rounds: each puts a dozen members back to the lowest tier, and both processes recalculate at once
    for (let round = 0; round < 4; round += 1) {
      const placed = await t.db('customers').whereNot('tier_id', lowest).orderBy('id').limit(12).select('id');
      await t.db('customers').whereIn('id', placed.map((r) => Number(r.id))).update({ tier_id: lowest, tier_below_since: null });
      const lastChange = Number((await t.db('tier_changes').max({ id: 'id' }))[0].id ?? 0);
      const { version } = (await admin.call<{ version: number }>(a.api, 'GET', '/loyalty/rules')).body;
      const [fromA, fromB] = await Promise.all([
        admin.call<{ up: number; down: number }>(a.api, 'POST', '/loyalty/apply', { mode: 'now', version }),
        admin.call<{ up: number; down: number }>(b.api, 'POST', '/loyalty/apply', { mode: 'now', version }),
      ]);
      expect([fromA.status, fromB.status]).toEqual([200, 200]);
      const movedA = fromA.body.up + fromA.body.down;
      const movedB = fromB.body.up + fromB.body.down;
      expect(movedA + movedB).toBeGreaterThanOrEqual(placed.length);
      // one of the two did the work; the other, having waited for it, found nothing left to move
      expect(Math.min(movedA, movedB)).toBe(0);
      const perCustomer = await t.db('tier_changes').where('id', '>', lastChange).groupBy('customer_id').select('customer_id').count({ n: '*' });
      expect(perCustomer.length).toBe(movedA + movedB);
      expect(perCustomer.filter((r) => Number(r.n) !== 1)).toEqual([]);
    }
  });

  it('when one file is imported through both processes at once, then its customers are created once', async () => {
    const phones = Array.from({ length: 300 }, (_, i) => `1390000${String(i).padStart(4, '0')}`);
    const content = ['姓名,联系电话', ...phones.map((p, i) => `并发导入${i},${p}`)].join('\n');
    const send = (api: string) => admin.upload<{ created: number; skipped: number }>(api, '/customers/import', { name: 'twice.csv', content }, { dryRun: 'false', duplicates: 'skip' });
    const [fromA, fromB] = await Promise.all([send(a.api), send(b.api)]);
    expect([fromA.status, fromB.status]).toEqual([200, 200]);
    expect(fromA.body.created + fromB.body.created).toBe(300);
    expect(fromA.body.skipped + fromB.body.skipped).toBe(300);
    const stored = await t.db('customers').whereIn('phone', phones).count({ n: '*' });
    expect(Number(stored[0].n)).toBe(300);
  });

  it('when both schedulers reach for the same periodic jobs, then each job runs once', async () => {
    // the schedulers' first look is 5 s after start; wait until every job has run and both have looked
    const deadline = Date.now() + 60_000;
    const tried = (out: string, name: string) => out.includes(`"job":"${name}"`);
    for (;;) {
      const rows = await t.db('job_runs').select('name', 'runs', 'lease_until');
      const finished = jobs.every((j) => rows.some((r) => r.name === j.name && Number(r.runs) >= 1 && r.lease_until == null));
      const bothTried = jobs.every((j) => tried(a.output(), j.name) && tried(b.output(), j.name));
      if (finished && bothTried) break;
      if (Date.now() > deadline) throw new Error(`jobs did not all run within 60 s:\n${JSON.stringify(rows)}\nA:\n${a.output().slice(-2000)}\nB:\n${b.output().slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const rows = await t.db('job_runs').whereIn('name', jobs.map((j) => j.name)).select('name', 'runs');
    expect(rows.map((r) => [r.name, Number(r.runs)]).sort()).toEqual(jobs.map((j) => [j.name, 1]).sort());
    const ran = (out: string, name: string) => out.split('\n').filter((l) => l.includes(`"job":"${name}"`) && l.includes('"msg":"job ran"')).length;
    for (const j of jobs) expect(ran(a.output(), j.name) + ran(b.output(), j.name), j.name).toBe(1);
  }, 90_000);
});

/** Two processes started together on an empty database: one migrates and seeds, the other waits, then both serve. */
describe('two server processes started together on an empty database', () => {
  const name = `t_start_${crypto.randomBytes(5).toString('hex')}`;
  const target = process.env.TEST_DATABASE_URL
    ? { url: process.env.TEST_DATABASE_URL, schema: name }
    : { url: `sqlite://${path.join(os.tmpdir(), `${name}.sqlite`)}`, schema: undefined };
  let servers: ServerChild[] = [];

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    if (target.schema) {
      const db = connect(target.url);
      await db.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [target.schema]);
      await db.destroy();
    } else {
      const file = target.url.replace(/^sqlite:\/\//, '');
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    }
  });

  it('when both start at once with demo data on, then the schema is made and the demo data seeded once, and both serve it', async () => {
    // no ADMIN_PASSWORD: the generated one is printed by whichever process creates the account, once
    servers = await Promise.all([0, 1].map(() => spawnServer(target, { DEMO_DATA: 'true', ADMIN_PASSWORD: undefined })));
    const printed = servers.map((s) => s.output());
    expect(printed.filter((o) => o.includes('Demo data created')).length).toBe(1);
    expect(printed.filter((o) => o.includes('The administrator account is ready')).length).toBe(1);
    const manager = await Session.signIn(servers[1].api, 'wang.fang', 'manager-demo');
    for (const s of servers) {
      const list = await manager.call<unknown[]>(s.api, 'GET', '/customers?range=[0,0]');
      expect(list.status).toBe(200);
      expect(list.headers.get('content-range')).toMatch(/\/2000$/);
    }
  }, 240_000);
});
