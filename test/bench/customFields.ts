import type { Knex } from 'knex';
import { dialectOf } from '../../server/db/connect.js';

interface CustomFieldsBench {
  db: Knex;
  send: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  get: (path: string, query?: Record<string, unknown>) => Promise<unknown>;
  measure: (label: string, runs: number, target: number | undefined, step: (i: number) => Promise<unknown>) => Promise<void>;
}

const LIST_TARGET_MS = 15;
const RISKS = ['low', 'medium', 'high'];

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await work();
  return [out, performance.now() - t];
}

/**
 * Custom fields on 100,000 customers: adding and deleting a field (its index, a required field's default filled
 * into every record, the values erased), and the list filtered and sorted by custom values kept in the JSON column.
 */
export async function benchCustomFields({ db, send, get, measure }: CustomFieldsBench): Promise<void> {
  console.log('');
  const existing: { id: number; key: string }[] = await db('custom_fields').where({ resource: 'customers' }).whereIn('key', ['bench_risk', 'bench_area', 'bench_wechat', 'bench_checked']).select('id', 'key');
  for (const f of existing) await send('DELETE', `/custom_fields/${f.id}?confirm=${f.key}`);
  const stamp = new Date().toISOString();
  await db('lookups').where({ type: 'bench_risk' }).delete();
  const [, addChoice] = await timed(() => send('POST', '/custom_fields', { resource: 'customers', key: 'bench_risk', label_zh: '风险等级', label_en: 'Risk level', type: 'choice', lookup: 'bench_risk' }));
  await db('lookups').insert(RISKS.map((code, i) => ({ type: 'bench_risk', code, label_zh: code, label_en: code, sort_order: i, active: true, created_at: stamp, updated_at: stamp, version: 1 })));
  await send('POST', '/custom_fields', { resource: 'customers', key: 'bench_area', label_zh: '房屋面积', label_en: 'House area', type: 'number' });
  await send('POST', '/custom_fields', { resource: 'customers', key: 'bench_wechat', label_zh: '微信号', label_en: 'WeChat ID', type: 'text' });

  const [, addRequired] = await timed(() => send('POST', '/custom_fields', { resource: 'customers', key: 'bench_checked', label_zh: '已核实', label_en: 'Checked', type: 'boolean', required: true, default_value: 'false' }));
  const checked = await db('custom_fields').where({ key: 'bench_checked' }).first('id');
  const [, remove] = await timed(() => send('DELETE', `/custom_fields/${checked.id}?confirm=bench_checked`));
  // then the values lists are read by, and the table vacuumed as autovacuum would after such rewrites
  // values for every customer (a third each risk, areas 30.5–229.5 m², a WeChat ID on one in five)
  const pg = dialectOf(db) === 'postgres';
  const [, fill] = await timed(() => db.raw(pg
    ? `UPDATE customers SET custom = jsonb_strip_nulls(jsonb_build_object('bench_risk', (ARRAY['low','medium','high'])[id % 3 + 1], 'bench_area', (id % 200) + 30.5, 'bench_wechat', CASE WHEN id % 5 = 0 THEN 'wx_' || id END))`
    : `UPDATE customers SET custom = json_object('bench_risk', CASE id % 3 WHEN 0 THEN 'low' WHEN 1 THEN 'medium' ELSE 'high' END, 'bench_area', (id % 200) + 30.5, 'bench_wechat', CASE WHEN id % 5 = 0 THEN 'wx_' || id END)`));
  if (pg) await db.raw('VACUUM ANALYZE customers');
  else await db.raw('ANALYZE customers');
  const row = (label: string, ms: number) => console.log(`${label.padEnd(58)} ${ms.toFixed(0)} ms`);
  row('Add a single-choice field to 100,000 customers (its index)', addChoice);
  row('Fill three custom values into every customer (one SQL statement)', fill);
  row('Add a required yes/no field with a default (fills every record)', addRequired);
  row('Delete that field (erases its values in every record)', remove);

  const tiers: { id: number }[] = await db('tiers').select('id');
  await measure('List page of 25 + total, filtered by a custom choice, by name', 100, LIST_TARGET_MS, (i) =>
    get('/customers', { sort: ['name', 'ASC'], range: [0, 24], filter: { bench_risk: RISKS[i % 3] } }));
  await measure('List page 3 of 25 + total, sorted by a custom number', 100, LIST_TARGET_MS, (i) =>
    get('/customers', { sort: ['bench_area', i % 2 ? 'ASC' : 'DESC'], range: [50, 74] }));
  await measure('List page of 25 + total, custom choice & tier, by custom number', 100, LIST_TARGET_MS, (i) =>
    get('/customers', { sort: ['bench_area', 'DESC'], range: [0, 24], filter: { bench_risk: RISKS[i % 3], tier_id: tiers[i % tiers.length].id } }));
  await measure('List page of 25 + total, custom number range', 100, LIST_TARGET_MS, (i) =>
    get('/customers', { sort: ['updated_at', 'DESC'], range: [0, 24], filter: { bench_area_gte: 100 + (i % 50), bench_area_lte: 120 + (i % 50) } }));
  await measure('getOne customer with custom values', 300, 2, (i) => get(`/customers/${1 + ((i * 7919) % 90_000)}`));
}
