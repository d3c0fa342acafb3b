import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../testDb.js';
import { jobStatuses, runJob } from '../../server/jobs/runner.js';
import type { Job } from '../../server/jobs/types.js';
import { loyaltyWorld, type World } from './loyalty.js';

const HOUR = 3_600_000;

/** The periodic jobs' runner: due or not, one runner at a time across processes (the lease), outcomes recorded. */
describe('periodic jobs', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb({ fixtures: false });
  });
  afterAll(async () => t.drop());

  const counting = (name: string, work: () => Promise<void> = async () => undefined) => {
    const job: Job & { calls: number } = {
      name, everyMs: HOUR, calls: 0,
      run: async () => {
        job.calls += 1;
        await work();
        return { made: job.calls };
      },
    };
    return job;
  };

  it('when a job is due, then it runs once and is not due again until its interval has passed', async () => {
    const job = counting('daily-thing');
    const t0 = new Date('2026-11-23T01:00:00Z');
    expect(await runJob(t.db, job, { now: t0 })).toEqual({ ran: true, result: { made: 1 } });
    expect((await runJob(t.db, job, { now: new Date(t0.getTime() + HOUR / 2) })).ran).toBe(false);
    expect((await runJob(t.db, job, { now: new Date(t0.getTime() + HOUR) })).ran).toBe(true);
    expect(job.calls).toBe(2);
    const [status] = await jobStatuses(t.db, [job]);
    expect(status).toMatchObject({ name: 'daily-thing', runs: 2, last_result: { made: 2 }, last_error: null, running: false });
  });

  it('when two processes reach for the same job at once, then only one runs it', async () => {
    let release: () => void = () => undefined;
    const job = counting('contended', () => new Promise<void>((resolve) => { release = resolve; }));
    const first = runJob(t.db, job, { force: true });
    await new Promise((r) => setTimeout(r, 50));
    const second = await runJob(t.db, job, { force: true });
    expect(second.ran).toBe(false);
    release();
    expect((await first).ran).toBe(true);
    expect(job.calls).toBe(1);
  });

  it('when a job throws, then the error is recorded, the lease freed and the next run may go ahead', async () => {
    const job: Job = { name: 'broken', everyMs: HOUR, run: async () => { throw new Error('gateway down'); } };
    expect(await runJob(t.db, job, { force: true })).toEqual({ ran: true, error: 'gateway down' });
    const [status] = await jobStatuses(t.db, [job]);
    expect(status).toMatchObject({ last_error: 'gateway down', running: false, runs: 1 });
    expect((await runJob(t.db, job, { force: true })).ran).toBe(true);
  });
});

describe('the jobs endpoint', () => {
  let w: World;
  beforeAll(async () => {
    w = await loyaltyWorld();
  });
  afterAll(async () => w.t.drop());

  it('when a manager asks, then every registered job is listed; other roles are refused; an unknown job is 404', async () => {
    expect(Array.isArray((await w.manager.get('/api/care/jobs').expect(200)).body)).toBe(true);
    await w.specialist.get('/api/care/jobs').expect(403);
    await w.manager.post('/api/care/jobs/no-such-job/run').expect(404);
  });
});
