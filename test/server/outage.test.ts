import net from 'node:net';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../testDb.js';
import { seedDemo } from '../../seeds/demo.js';
import { ADMIN_PASSWORD, Session, spawnServer, type Reply, type ServerChild } from '../processes.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

interface Customer {
  id: number;
  version: number;
  company: string | null;
}

/**
 * The network path to PostgreSQL, which the test can cut and restore: a TCP relay between the server and the
 * database. Cutting it does to the server what a PostgreSQL restart or a network outage does: its open
 * connections die, and new ones are refused, until the relay listens again. The shared PostgreSQL itself is
 * never restarted, so the test files running beside this one are not disturbed.
 */
class Relay {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server?.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

/** Times a request; a network failure of the request itself would throw (the server must always answer). */
async function timed<T>(request: () => Promise<Reply<T>>): Promise<Reply<T> & { ms: number }> {
  const started = Date.now();
  const reply = await request();
  return { ...reply, ms: Date.now() - started };
}

describe('the database lost and back', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb();
    await seedDemo(t.db, { customers: 40 });
  }, 180_000);
  afterAll(async () => t?.drop());

  if (onPostgres) {
    let relay: Relay;
    let server: ServerChild;
    let admin: Session;
    const appName = `outage_${process.pid}_${Date.now()}`;

    beforeAll(async () => {
      const url = new URL(t.url);
      relay = new Relay({ host: url.hostname, port: Number(url.port || 5432) });
      await relay.open();
      url.port = String(relay.port);
      server = await spawnServer({ url: url.toString(), schema: t.schema }, { PGAPPNAME: appName });
      admin = await Session.signIn(server.api, 'admin', ADMIN_PASSWORD);
    }, 120_000);
    afterAll(async () => {
      await server?.stop();
      await relay?.cut();
    });

    it('when PostgreSQL goes away, then requests fail cleanly with 503 within seconds and change nothing; when it is back, the server recovers by itself', async () => {
      const before = (await admin.call<Customer>(server.api, 'GET', '/customers/3')).body;
      expect((await admin.call(server.api, 'GET', '/health')).status).toBe(200);

      await relay.cut();
      const list = await timed(() => admin.call<{ message: string }>(server.api, 'GET', '/customers?range=[0,9]'));
      expect(list.status).toBe(503);
      expect(list.headers.get('retry-after')).toBe('5');
      expect(list.body.message).toMatch(/数据库暂时不可用|database is unavailable/);
      expect(list.ms).toBeLessThan(12_000);
      const write = await timed(() => admin.call(server.api, 'PUT', '/customers/3', { company: '断网时的修改', version: before.version }));
      expect(write.status).toBe(503);
      const health = await admin.call<{ message: string }>(server.api, 'GET', '/health');
      expect(health.status).toBe(503);
      expect((await t.db('customers').where({ id: 3 }).first('company', 'version'))).toEqual({ company: before.company, version: before.version });

      await relay.open(); // the same port: PostgreSQL is back
      const backAt = Date.now();
      let status = 0;
      while (status !== 200 && Date.now() - backAt < 15_000) {
        status = (await admin.call(server.api, 'GET', '/customers?range=[0,9]')).status;
        if (status !== 200) {
          expect(status).toBe(503);
          await sleep(200);
        }
      }
      expect(status).toBe(200);
      const saved = await admin.call<Customer>(server.api, 'PUT', '/customers/3', { company: '恢复后的修改', version: before.version });
      expect(saved.status).toBe(200);
      expect((await t.db('customers').where({ id: 3 }).first('company')).company).toBe('恢复后的修改');
      expect(server.output()).not.toMatch(/unexpected error/);
    }, 90_000);

    it('when PostgreSQL ends the server\'s connections (as a restart does), then no request fails with a 500 and service continues', async () => {
      expect((await admin.call(server.api, 'GET', '/customers?range=[0,4]')).status).toBe(200);
      const ended = await t.db.raw('select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?', [appName]);
      expect((ended as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
      await sleep(100);
      const statuses: number[] = [];
      for (let i = 0; i < 10; i += 1) statuses.push((await admin.call(server.api, 'GET', '/customers?range=[0,4]')).status);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      expect(statuses.slice(-5)).toEqual([200, 200, 200, 200, 200]);
      expect(server.child.exitCode).toBeNull();
    }, 60_000);
  } else {
    let server: ServerChild;
    let admin: Session;
    beforeAll(async () => {
      server = await spawnServer(t);
      admin = await Session.signIn(server.api, 'admin', ADMIN_PASSWORD);
    }, 120_000);
    afterAll(async () => server?.stop());

    it('when another process holds SQLite\'s write lock past the busy timeout, then a save fails cleanly with 503, reads go on, and saving works once the lock is gone', async () => {
      const before = (await admin.call<Customer>(server.api, 'GET', '/customers/3')).body;
      const holder = new Database(t.url.replace(/^sqlite:\/\//, ''));
      holder.exec('BEGIN IMMEDIATE');
      try {
        const write = await timed(() => admin.call<{ message: string }>(server.api, 'PUT', '/customers/3', { company: '锁住时的修改', version: before.version }));
        expect(write.status).toBe(503);
        expect(write.headers.get('retry-after')).toBe('5');
        expect(write.ms).toBeGreaterThanOrEqual(4_500); // it waited the busy timeout first
        // readers are not blocked by a writer in WAL mode
        expect((await admin.call(server.api, 'GET', '/customers?range=[0,9]')).status).toBe(200);
      } finally {
        holder.exec('ROLLBACK');
        holder.close();
      }
      expect((await t.db('customers').where({ id: 3 }).first('company')).company).toBe(before.company);
      const saved = await admin.call(server.api, 'PUT', '/customers/3', { company: '解锁后的修改', version: before.version });
      expect(saved.status).toBe(200);
      expect(server.output()).not.toMatch(/unexpected error/);
    }, 60_000);
  }
});
