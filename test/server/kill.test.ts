import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../testDb.js';
import { ADMIN_PASSWORD, Session, spawnServer, untilWriting, watchedDemoDb, type Reply, type ServerChild, type WriteProbe } from '../processes.js';

const CUSTOMERS = 2000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A server process killed outright (SIGKILL: no shutdown, no rollback of its own) in the middle of a bulk edit,
 * an import and a tier recalculation: after a restart each of them is there whole or not at all, and the
 * restarted server serves the data. "In the middle" is observed, not guessed: the kill comes while the
 * server's write transaction is open (PostgreSQL: its backend has written, `backend_xid` is set; SQLite: it
 * holds the database's write lock).
 */
describe('a server killed in the middle of a write', () => {
  let t: TestDb;
  let probe: WriteProbe;
  let close: () => Promise<void>;
  const appName = `kill_${process.pid}_${Date.now()}`;

  beforeAll(async () => {
    ({ t, probe, close } = await watchedDemoDb(appName, CUSTOMERS));
  }, 300_000);
  afterAll(async () => close?.());

  const start = () => spawnServer(t, { PGAPPNAME: appName });

  /** Starts the request, waits until its transaction has begun writing, waits `delayMs` more, and kills the server. */
  async function killDuring(server: ServerChild, send: () => Promise<Reply>, delayMs: number): Promise<{ midway: boolean }> {
    let answered = false;
    const pending = send().then(() => { answered = true; }, () => undefined); // a killed server resets the connection
    await untilWriting(probe, () => answered);
    if (delayMs) await Promise.race([sleep(delayMs), pending]);
    const midway = !answered && (await probe.writing());
    server.child.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
    await pending;
    return { midway };
  }

  /**
   * A server on the database as the last kill left it (a restart): it must start, sign in and list; SQLite's file
   * must be sound.
   */
  async function restarted(): Promise<{ server: ServerChild; admin: Session }> {
    if (t.engine === 'sqlite') {
      // checked as the restarted server sees the file: through a connection opened after the kill
      const fresh = new Database(t.url.replace(/^sqlite:\/\//, ''), { readonly: true });
      try {
        expect(fresh.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      } finally {
        fresh.close();
      }
    }
    const server = await start();
    const admin = await Session.signIn(server.api, 'admin', ADMIN_PASSWORD);
    const list = await admin.call<unknown[]>(server.api, 'GET', '/customers?range=[0,9]');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(10);
    return { server, admin };
  }

  /**
   * Rounds of kill-and-restart at several delays into the write (the last one long enough for the write to finish
   * first, so both outcomes are checked); logs the outcome of each round.
   */
  async function rounds(delays: number[], round: (server: ServerChild, admin: Session, delayMs: number, index: number) => Promise<{ midway: boolean; outcome: string }>) {
    const outcomes: string[] = [];
    let midway = false;
    for (const [index, delayMs] of delays.entries()) {
      const { server, admin } = await restarted();
      const r = await round(server, admin, delayMs, index);
      midway ||= r.midway;
      outcomes.push(`${delayMs} ms: ${r.midway ? 'killed mid-transaction' : 'killed after it'}, ${r.outcome}`);
    }
    const { server } = await restarted();
    await server.stop();
    console.log(`[kill ${t.engine}] ${outcomes.join('; ')}`);
    expect(midway, 'at least one kill came while the transaction was open').toBe(true);
  }

  const count = async (q: Promise<{ n: unknown }[]>) => Number((await q)[0].n);
  const lastId = async (table: string) => Number((await t.db(table).max({ id: 'id' }))[0].id ?? 0);

  it('when killed during a bulk edit of every customer, then after a restart all of them changed or none did, with an audit row each', async () => {
    await rounds([0, 150, 60_000], async (server, admin, delayMs, index) => {
      const auditBefore = await lastId('audit_log');
      const versionsBefore = await count(t.db('customers').sum({ n: 'version' }));
      const company = `断电测试${index}`;
      const { midway } = await killDuring(server, () => admin.call(server.api, 'PATCH', '/customers', { filter: {}, data: { company } }), delayMs);
      const changed = await count(t.db('customers').where({ company }).count({ n: '*' }));
      const audited = await count(t.db('audit_log').where('id', '>', auditBefore).where({ resource: 'customers', action: 'update' }).count({ n: '*' }));
      const versions = await count(t.db('customers').sum({ n: 'version' }));
      expect([0, CUSTOMERS]).toContain(changed);
      expect(audited).toBe(changed);
      expect(versions - versionsBefore).toBe(changed);
      return { midway, outcome: `${changed} changed` };
    });
  }, 180_000);

  it('when killed during an import, then after a restart the file\'s customers are all there or none are', async () => {
    await rounds([0, 250, 60_000], async (server, admin, delayMs, index) => {
      const phones = Array.from({ length: 2000 }, (_, i) => `1370${index}${String(i).padStart(6, '0')}`);
      const content = ['姓名,联系电话,区县', ...phones.map((p, i) => `导入中断${index}-${i},${p},朝阳区`)].join('\n');
      const auditBefore = await lastId('audit_log');
      const { midway } = await killDuring(server, () => admin.upload(server.api, '/customers/import', { name: 'big.csv', content }, { dryRun: 'false', duplicates: 'skip' }), delayMs);
      const imported = await count(t.db('customers').whereIn('phone', phones).count({ n: '*' }));
      const audited = await count(t.db('audit_log').where('id', '>', auditBefore).where({ resource: 'customers', action: 'create' }).count({ n: '*' }));
      expect([0, phones.length]).toContain(imported);
      expect(audited).toBe(imported);
      return { midway, outcome: `${imported} imported` };
    });
  }, 180_000);

  it('when killed during a tier recalculation, then after a restart every move is there with its history row, or none is', async () => {
    const lowest = Number((await t.db('tiers').orderBy('rank').first('id')).id);
    await rounds([0, 120, 60_000], async (server, admin, delayMs) => {
      // everyone back to the lowest tier: the recalculation has thousands of members to promote
      await t.db('customers').update({ tier_id: lowest, tier_below_since: null });
      const { version } = (await admin.call<{ version: number }>(server.api, 'GET', '/loyalty/rules')).body;
      const changesBefore = await lastId('tier_changes');
      const { midway } = await killDuring(server, () => admin.call(server.api, 'POST', '/loyalty/apply', { mode: 'now', version }), delayMs);
      const moves: { customer_id: number; to_tier_id: number }[] = await t.db('tier_changes').where('id', '>', changesBefore).select('customer_id', 'to_tier_id');
      const promoted = await count(t.db('customers').whereNot('tier_id', lowest).count({ n: '*' }));
      expect(moves.length).toBe(promoted);
      if (moves.length) {
        // whole: each moved member's tier is the one its history row names
        const sample = moves.slice(0, 500);
        const tiers = new Map((await t.db('customers').whereIn('id', sample.map((m) => m.customer_id)).select('id', 'tier_id')).map((r) => [Number(r.id), Number(r.tier_id)]));
        expect(sample.filter((m) => tiers.get(Number(m.customer_id)) !== Number(m.to_tier_id))).toEqual([]);
      }
      return { midway, outcome: `${moves.length} moved` };
    });
  }, 180_000);
});
