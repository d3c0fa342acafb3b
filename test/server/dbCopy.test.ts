import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import request from 'supertest';
import { pinyin } from 'pinyin-pro';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { connect } from '../../server/db/connect.js';
import { migrateLatest } from '../../server/db/migrate.js';
import { withoutTriggers } from '../../server/db/triggers.js';
import { copyDatabase, CopyRefused, type CopyReport } from '../../server/db/copy/copyDatabase.js';
import type { TableProgress } from '../../server/db/copy/copyTable.js';
import { planTables, type TablePlan } from '../../server/db/copy/tables.js';
import { ensureFixtures } from '../../seeds/fixtures.js';
import { seedDemo } from '../../seeds/demo.js';
import { fillMatchKeys } from '../../server/domain/duplicates/matchKeys.js';
import { agentOf } from './actors.js';

/**
 * `npm run db:copy` (issue 10): a SQLite database with demo data, sign-ins, an audit trail and custom field values
 * is copied into PostgreSQL, and the app then runs there as if nothing happened. This test always needs
 * PostgreSQL (TEST_DATABASE_URL, or the CI server's default address in the SQLite pass); it works in schemas of
 * its own, dropped afterwards.
 */
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);
const config = loadConfig({ LOG_LEVEL: 'silent', JOBS: 'false' });

type Row = Record<string, unknown>;

/** A stored value as both engines mean it: SQLite's 0/1, JSON text and ISO text against PostgreSQL's types. */
function normalise(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'boolean') return value === true || value === 1;
  if (type.startsWith('timestamp')) return new Date(value as string | number | Date).getTime();
  if (type === 'json' || type === 'jsonb') return typeof value === 'string' ? JSON.parse(value) : value;
  if (['integer', 'bigint', 'smallint', 'numeric', 'real', 'double precision'].includes(type)) return Number(value);
  return value;
}

/** A table's rows, normalised, sorted by primary key (by the whole row where it has none) in one order for both. */
async function rowsOf(db: Knex, plan: TablePlan): Promise<Row[]> {
  const rows = (await db(plan.name).select(plan.columns.map((c) => c.name))) as Row[];
  const out = rows.map((r) => Object.fromEntries(plan.columns.map((c) => [c.name, normalise(r[c.name], c.type)])));
  const keyOf = (r: Row) => JSON.stringify(plan.primaryKey.length ? plan.primaryKey.map((k) => r[k]) : r);
  return out.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

async function indexNames(db: Knex, schema: string): Promise<string[]> {
  const { rows } = await db.raw('SELECT indexname FROM pg_indexes WHERE schemaname = ? ORDER BY indexname', [schema]);
  return (rows as { indexname: string }[]).map((r) => r.indexname);
}

const schemaName = () => `copy_${crypto.randomBytes(5).toString('hex')}`;

async function countAll(db: Knex, plans: readonly TablePlan[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const p of plans) out[p.name] = Number((await db(p.name).count({ n: '*' }).first())?.n ?? 0);
  return out;
}

describe('db:copy from SQLite into PostgreSQL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbcopy-'));
  const sourceUrl = `sqlite://${path.join(dir, 'crm.sqlite')}`;
  const schemas = [schemaName(), schemaName(), schemaName()];
  const [schema, failingSchema, cliSchema] = schemas;
  let source: Knex;
  let target: Knex;
  let plans: TablePlan[];
  let report: CopyReport;
  const progress: TableProgress[] = [];
  /** the indexes of a freshly migrated schema */
  let migratedIndexes: string[] = [];
  /** customers given a custom field value on the source: id → value */
  const wechat = new Map<number, string>();

  beforeAll(async () => {
    // pg_trgm lives where it was first created: made in one of these schemas, dropping it would take the search
    // indexes of every other test file's schema with it
    const pgAdmin = connect(PG_URL);
    await pgAdmin.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
    await pgAdmin.destroy();
    source = connect(sourceUrl);
    await migrateLatest(source);
    await ensureFixtures(source);
    await seedDemo(source, { customers: 80 });
    const app = createApp(source, { config });
    const admin = await agentOf(app, source);
    await admin.post('/api/custom_fields').send({
      resource: 'customers', key: 'wechat_id', label_zh: '微信号', label_en: 'WeChat ID', type: 'text',
    }).expect(201);
    await admin.post('/api/custom_fields').send({
      resource: 'customers', key: 'house_area', label_zh: '房屋面积', label_en: 'House area', type: 'number',
    }).expect(201);
    for (const id of [3, 17, 42]) {
      await admin.put(`/api/customers/${id}`).send({ wechat_id: `wx_${id}`, house_area: id * 10 }).expect(200);
      wechat.set(id, `wx_${id}`);
    }
    // a sign-in: a session, a login attempt trail and audit entries come across too
    await request(app).post('/api/auth/login').send({ username: 'wang.fang', password: 'manager-demo' }).expect(200);
    // a customer referred by one written after them: the key into the same table waits for its row
    await source('customers').where({ id: 5 }).update({ referred_by_id: 70 });
    // two customers sharing a phone: a duplicate group, kept by SQLite's triggers
    const first = await source('customers').where({ id: 1 }).first('phone');
    await source('customers').where({ id: 2 }).update({ phone: first.phone });

    report = await copyDatabase({ from: sourceUrl, to: PG_URL, toSchema: schema, batch: 50, onProgress: (p) => progress.push(p) });
    target = connect(PG_URL, { schema });
    plans = await planTables(target);
  }, 120_000);

  afterAll(async () => {
    await target?.destroy();
    await source?.destroy();
    const admin = connect(PG_URL);
    for (const s of schemas) await admin.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [s]);
    await admin.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('when copied, then every table holds the same rows as the source, row by row, and the counts are reported', async () => {
    expect(plans.map((p) => p.name)).not.toContain('knex_migrations');
    expect(plans.map((p) => p.name)).toEqual(expect.arrayContaining(['customers', 'users', 'sessions', 'audit_log', 'point_entries',
      'custom_fields', 'customer_match_keys', 'customer_value_snapshots']));
    for (const plan of plans) {
      const [from, to] = [await rowsOf(source, plan), await rowsOf(target, plan)];
      expect(to, plan.name).toEqual(from);
    }
    const counted = Object.fromEntries(report.counts.map((c) => [c.table, c.target]));
    expect(counted).toEqual(await countAll(source, plans));
    for (const t of ['customers', 'users', 'sessions', 'audit_log', 'point_entries', 'custom_fields', 'customer_match_keys']) {
      expect(counted[t], t).toBeGreaterThan(0);
    }
    expect(await target('customers').where({ id: 5 }).first('referred_by_id')).toEqual({ referred_by_id: 70 });
    expect(await target('customer_match_groups').where({ kind: 'phone' }).pluck('ids')).toContain('1,2');
    // big tables report their progress batch by batch
    expect(progress.filter((p) => p.table === 'point_entries').map((p) => p.rows).slice(0, 2)).toEqual([50, 100]);
    expect(report.fieldIndexes).toBe(2);
    const indexes = await target.raw("SELECT indexname FROM pg_indexes WHERE schemaname = ? AND indexname LIKE 'customers_cf_%'", [schema]);
    expect((indexes.rows as { indexname: string }[]).map((r) => r.indexname).sort()).toEqual(['customers_cf_house_area_index', 'customers_cf_wechat_id_index']);
  });

  it('when the duplicate keys are worked out again by PostgreSQL itself, then they equal the copied ones', async () => {
    const plan = (name: string) => plans.find((p) => p.name === name) as TablePlan;
    const sortedIds = (rows: Row[]) => rows.map((r) => ({ ...r, ids: r.ids == null ? null : String(r.ids).split(',').map(Number).sort((a, b) => a - b) }));
    const copied = { keys: await rowsOf(target, plan('customer_match_keys')), groups: sortedIds(await rowsOf(target, plan('customer_match_groups'))) };
    expect(copied.groups.length).toBeGreaterThan(0);
    const trx = await target.transaction();
    try {
      // set-wise, as the migration fills them (the per-row count triggers off, as there)
      await withoutTriggers(trx, ['customer_match_keys'], () => fillMatchKeys(trx));
      expect(await rowsOf(trx, plan('customer_match_keys'))).toEqual(copied.keys);
      expect(sortedIds(await rowsOf(trx, plan('customer_match_groups')))).toEqual(copied.groups);
    } finally {
      await trx.rollback();
    }
  });

  it('when the app runs on the copy, then a copied user signs in with their copied password, finds a customer by pinyin and reads its custom field', async () => {
    const app = createApp(target, { config });
    const agent = request.agent(app);
    await agent.post('/api/auth/login').send({ username: 'wang.fang', password: 'manager-demo' }).expect(200);
    await agent.post('/api/auth/login').send({ username: 'wang.fang', password: 'wrong-password' }).expect(401);
    const customer = await source('customers').where({ id: 17 }).first('id', 'name');
    const q = pinyin(String(customer.name), { toneType: 'none', type: 'array' }).join('');
    const found = await agent.get('/api/customers').query({ filter: JSON.stringify({ q }), range: '[0,99]' }).expect(200);
    expect((found.body as Row[]).map((r) => r.id)).toContain(17);
    const record = await agent.get('/api/customers/17').expect(200);
    expect(record.body.wechat_id).toBe(wechat.get(17));
    expect(record.body.house_area).toBe(170);
    const filtered = await agent.get('/api/customers').query({ filter: JSON.stringify({ wechat_id: 'wx_42' }) }).expect(200);
    expect((filtered.body as Row[]).map((r) => r.id)).toEqual([42]);
  });

  it('when the app adds records to the copy, then their ids follow the copied ones and nothing clashes', async () => {
    const app = createApp(target, { config });
    const admin = await agentOf(app, target);
    const maxId = Number((await source('customers').max({ m: 'id' }).first())?.m);
    const created = await admin.post('/api/customers').send({ name: '复制后新客户', customer_type: 'prospect' }).expect(201);
    expect(created.body.id).toBe(maxId + 1);
    const visit = await admin.post('/api/service_visits').send({ customer_id: created.body.id, visit_date: '2026-11-20', visit_type: 'maintenance' }).expect(201);
    expect(visit.body.id).toBe(Number((await source('service_visits').max({ m: 'id' }).first())?.m) + 1);
    // the triggers are back on: the new visit set the customer's visit months
    const months = await target('customers').where({ id: created.body.id }).first('visit_months_anchor');
    expect(months.visit_months_anchor).toBe(2026 * 12 + 10);
    for (const plan of plans.filter((p) => p.serial.length)) {
      const { rows } = await target.raw(`SELECT nextval(pg_get_serial_sequence(?, 'id')) AS next, (SELECT MAX(id) FROM ??) AS max`, [plan.name, plan.name]);
      expect(Number(rows[0].next), plan.name).toBeGreaterThan(Number(rows[0].max ?? 0));
    }
  });

  it('when the target already holds data, then a copy without --replace is refused and changes nothing', async () => {
    const before = await countAll(target, plans);
    await expect(copyDatabase({ from: sourceUrl, to: PG_URL, toSchema: schema })).rejects.toThrow(CopyRefused);
    await expect(copyDatabase({ from: sourceUrl, to: PG_URL, toSchema: schema })).rejects.toThrow(/already holds data \(customers 81, users \d+/);
    expect(await countAll(target, plans)).toEqual(before);
    expect(await target('customers').where({ name: '复制后新客户' }).count({ n: '*' }).first()).toEqual({ n: 1 });
  });

  it('when a row is rejected half-way, then the target is left as it was: empty, its triggers on', async () => {
    const failing = connect(PG_URL, { schema: failingSchema });
    try {
      await failing.raw('CREATE SCHEMA ??', [failingSchema]);
      await migrateLatest(failing);
      const visit = Number((await source('service_visits').max({ m: 'id' }).first())?.m);
      await failing.raw(`ALTER TABLE service_visits ADD CONSTRAINT copy_rejects_one CHECK (id <> ${visit})`);
      migratedIndexes = await indexNames(failing, failingSchema);
      await expect(copyDatabase({ from: sourceUrl, to: PG_URL, toSchema: failingSchema, batch: 50 }))
        .rejects.toThrow(/copying service_visits .*copy_rejects_one/);
      const counts = await countAll(failing, await planTables(failing));
      expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([]);
      const { rows } = await failing.raw(`SELECT count(*) AS off FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relnamespace = ?::regnamespace AND NOT t.tgisinternal AND t.tgenabled = 'D'`, [failingSchema]);
      expect(Number(rows[0].off)).toBe(0);
      // the indexes set aside for the load are back
      expect(await indexNames(failing, failingSchema)).toEqual(migratedIndexes);
      expect(migratedIndexes).toContain('customers_search_trgm');
    } finally {
      await failing.destroy();
    }
  });

  it('when run as npm run db:copy, then it copies, prints the counts, refuses a second copy in one line and replaces with --replace', async () => {
    const args = (...more: string[]) => ['run', '--silent', 'db:copy', '--', '--from', sourceUrl, '--to', PG_URL, '--to-schema', cliSchema, ...more];
    const first = await run('npm', args('--batch', '40'), { cwd: root });
    expect(first.stdout).toMatch(/\n\s+customers\s+80\s+80\n/);
    expect(first.stdout).toMatch(/point_entries\s+40\/\d+/);
    expect(first.stdout).toMatch(/row counts equal/);
    const again = await run('npm', args(), { cwd: root }).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(again?.code).toBe(1);
    expect(again?.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'))).toEqual([
      expect.stringMatching(/^db:copy: the target already holds data \(customers 80, users \d+, .*--replace/),
    ]);
    const replaced = await run('npm', args('--replace'), { cwd: root });
    expect(replaced.stdout).toMatch(/customers\s+80\s+80/);
    // every index the migrations make, built again after the load, and the custom fields' own
    const check = connect(PG_URL);
    try {
      expect(await indexNames(check, cliSchema)).toEqual([...migratedIndexes, 'customers_cf_house_area_index', 'customers_cf_wechat_id_index'].sort());
    } finally {
      await check.destroy();
    }
  }, 180_000);
});
