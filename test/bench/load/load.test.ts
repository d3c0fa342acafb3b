import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../server/app.js';
import { seedDemo } from '../../../seeds/demo.js';
import { freshDb, type TestDb } from '../../testDb.js';
import { targetOf } from './http.js';
import { runPhase, signInTeam, type VirtualUser } from './phase.js';
import { recorder } from './recorder.js';
import { seeded } from './random.js';
import { latencyOf } from './percentiles.js';
import { auditMark, checkRun } from './sanity.js';
import { loadWorld, type World } from './world.js';

/** The load test's machinery on a small demo database, in-process: the team signs in, works, and leaves a sane audit trail. */
describe('load test', () => {
  let t: TestDb;
  let server: Server;
  let users: VirtualUser[];
  let world: World;

  beforeAll(async () => {
    t = await freshDb();
    await seedDemo(t.db, { customers: 400 });
    server = createApp(t.db).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    users = await signInTeam([targetOf((server.address() as AddressInfo).port)]);
    world = await loadWorld(t.db, 'yang.fan');
  }, 120_000);
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t.drop();
  });

  it('When the team works for two seconds, then every kind of request is made, none fails, and each bulk edit and save is in the audit trail', async () => {
    const since = await auditMark(t.db);
    const { figures } = await runPhase({ users, world, seconds: 2, warmup: 1, think: [0, 20], seed: 1, clocks: {} });
    expect(figures.errorSamples).toEqual([]);
    expect(figures.errors).toBe(0);
    for (const kind of ['list', 'search', 'get', 'edit', 'bulk'] as const) expect(figures.latency[kind].count).toBeGreaterThan(0);
    expect(figures.batches.length).toBeGreaterThan(0);
    expect(await checkRun(t.db, since, [figures], [''])).toEqual([]);
    // the sales consultants edited, and only their own customers (others' would have answered 403/404: errors)
    const salesEdits: number[] = (await t.db('audit_log').where('id', '>', since)
      .where({ username: 'yang.fan', action: 'update', resource: 'customers' }).pluck('record_id')).map(Number);
    expect(salesEdits.length).toBeGreaterThan(0);
    expect(salesEdits.filter((id) => !world.ownIds.includes(id))).toEqual([]);
  }, 60_000);

  it('When a server writes to stderr or an edit is not audited, then the check afterwards names it', async () => {
    const fake = recorder();
    fake.answer('edit', 'PUT', { status: 200, headers: {}, body: '{}', ms: 1, retried: false });
    const problems = await checkRun(t.db, await auditMark(t.db), [fake.figures()], ['Error: boom']);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/1 edits were saved but 0 audit rows/);
    expect(problems.join('\n')).toMatch(/stderr: Error: boom/);
  });
});

describe('load test figures', () => {
  it('When an edit answers 409, then it is counted as a stale version, not an error; any other non-2xx is an error', () => {
    const r = recorder();
    r.measure();
    const answer = (status: number) => ({ status, headers: {}, body: '', ms: 5, retried: false });
    expect(r.answer('edit', 'PUT', answer(409), true)).toBe(false);
    expect(r.answer('list', 'GET', answer(409))).toBe(false);
    expect(r.answer('get', 'GET', answer(500))).toBe(false);
    expect(r.answer('get', 'GET', answer(200))).toBe(true);
    r.network('GET', new Error('ECONNRESET'));
    r.stop();
    const f = r.figures();
    expect(f.conflicts).toBe(1);
    expect(f.errors).toBe(3);
    expect(f.errorSamples[2]).toMatch(/ECONNRESET/);
    expect(f.latency.get.count).toBe(2);
  });

  it('When latencies are summed up, then p50/p99/max are nearest-rank figures', () => {
    const l = latencyOf(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect([l.p50, l.p95, l.p99, l.max, l.count]).toEqual([50, 95, 99, 100, 100]);
  });

  it('When two users get the same seed, then they make the same choices; weights are kept', () => {
    const a = seeded(7);
    const b = seeded(7);
    expect(Array.from({ length: 5 }, () => a.int(1, 1000))).toEqual(Array.from({ length: 5 }, () => b.int(1, 1000)));
    const r = seeded(3);
    const counts = { x: 0, y: 0, z: 0 };
    for (let i = 0; i < 10_000; i++) counts[r.weighted({ x: 60, y: 40, z: 0 })]++;
    expect(counts.z).toBe(0);
    expect(counts.x / 10_000).toBeGreaterThan(0.57);
    expect(counts.x / 10_000).toBeLessThan(0.63);
  });
});
