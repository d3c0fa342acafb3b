import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import type { Knex } from 'knex';
import { loadConfig, type Config } from './config.js';
import { connect, ensureSchema } from './db/connect.js';
import { duringStartup } from './db/startupLock.js';
import { logSlowQueries } from './db/slowQueries.js';
import { migrateLatest } from './db/migrate.js';
import { createApp } from './app.js';
import { Lifecycle } from './lifecycle.js';
import { ensureFixtures } from '../seeds/fixtures.js';
import { seedDemo } from '../seeds/demo.js';
import { ensureAdmin } from './auth/bootstrap.js';
import { createLogger } from './logger.js';
import { startScheduler } from './jobs/scheduler.js';
import { jobs } from './jobs/registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Running {
  server: Server;
  db: Knex;
  url: string;
  /** graceful: answers what is in flight first; resolves true when everything finished within the grace period */
  stop: (graceMs?: number) => Promise<boolean>;
}

/** Opens the database, brings the schema up to date, seeds an empty one, and serves API and client on one port. */
export async function startWebServer(config: Config, options: { schema?: string } = {}): Promise<Running> {
  const schema = options.schema ?? config.DATABASE_SCHEMA;
  const logger = createLogger(config.LOG_LEVEL);
  // one process at a time brings the database up to date: several may be started together on one database
  const db = await duringStartup(config.DATABASE_URL, schema, async () => {
    if (schema && config.DATABASE_URL.startsWith('postgres')) await ensureSchema(config.DATABASE_URL, schema);
    const pool = connect(config.DATABASE_URL, { schema });
    await migrateLatest(pool);
    const fresh = await ensureFixtures(pool);
    const admin = await ensureAdmin(pool, config.ADMIN_PASSWORD);
    if (admin?.generated) {
      // shown once: only its hash is kept
      console.log(`\nThe administrator account is ready.\n  user name: admin\n  password:  ${admin.password}\n` +
        'Write it down now: it is not shown again. (Set ADMIN_PASSWORD before the first start to choose it.)\n');
    }
    if (fresh && config.DEMO_DATA) {
      const t = Date.now();
      await seedDemo(pool, { customers: 2000 });
      console.log(`Demo data created in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    return pool;
  });
  logSlowQueries(db, logger, config.SLOW_QUERY_MS);
  const lifecycle = new Lifecycle();
  const app = createApp(db, { config, logger, lifecycle, clientDir: path.join(root, 'dist') });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
  });
  // a proxy keeps idle connections to the server open for up to a minute (nginx's keepalive_timeout is 60 s); the
  // server must not close one first, or a request the proxy sends on it just then is lost (ECONNRESET)
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  lifecycle.attach(server);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const stopJobs = config.JOBS ? startScheduler(db, jobs, logger) : async () => undefined;
  /** Finishes the requests and the job in flight (up to the grace period), then closes the pool; true when all finished. */
  const stop = async (graceMs = config.SHUTDOWN_GRACE_SECONDS * 1000): Promise<boolean> => {
    const deadline = new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs).unref());
    const [requests, job] = await Promise.all([lifecycle.drain(graceMs), Promise.race([stopJobs().then(() => true), deadline])]);
    // past the grace period the pool is not closed politely: that would wait for the cut-off work and let it commit
    // with nobody told; the process exits instead, and the database rolls the open transactions back
    if (requests && job) await db.destroy();
    return requests && job;
  };
  return { server, db, url: `http://localhost:${port}`, stop };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const config = loadConfig();
  const running = await startWebServer(config);
  const engine = config.DATABASE_URL.startsWith('postgres') ? 'PostgreSQL' : config.DATABASE_URL;
  console.log(`CRM back-office ready at ${running.url}  (database: ${engine}; ${Date.now() - started} ms)`);
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.log(`${signal} again: stopping now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: finishing the requests in flight (up to ${config.SHUTDOWN_GRACE_SECONDS} s), then stopping`);
    void running.stop().then((clean) => {
      console.log(clean ? 'Stopped.' : 'Stopped; some requests were cut off after the grace period.');
      process.exit(clean ? 0 : 1);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
