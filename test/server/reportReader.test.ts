import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportReader } from '../../server/db/reportReader.js';
import { freshDb, type TestDb } from '../testDb.js';

/**
 * The reports' reader (server/db/reportReader.ts): on an SQLite file, SELECTs run on worker threads with their
 * own read-only connections and answer exactly what the app's connection answers; anything else is refused.
 * On PostgreSQL the reports read through the app's own pool.
 */
describe('report reader', () => {
  let t: TestDb;
  const stamp = '2026-01-01T00:00:00.000Z';

  beforeAll(async () => {
    t = await freshDb();
    const rows = Array.from({ length: 40 }, (_, i) => ({
      name: `读者${i}`, phone: `1380000${String(i).padStart(4, '0')}`, customer_type: i % 2 ? 'owner' : 'prospect',
      created_at: stamp, updated_at: stamp,
    }));
    await t.db.batchInsert('customers', rows, 20);
  });
  afterAll(async () => {
    const reader = reportReader(t.db);
    if (reader !== t.db) await reader.destroy();
    await t.drop();
  });

  it('reads what the app reads, many statements at once', async () => {
    const reader = reportReader(t.db);
    const query = (type: string) => (db: typeof reader) => db('customers').where({ customer_type: type }).orderBy('id').select('id', 'name');
    const [owners, prospects] = await Promise.all([query('owner')(t.db), query('prospect')(t.db)]);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => query(i % 2 ? 'owner' : 'prospect')(reader)));
    answers.forEach((rows, i) => expect(rows).toEqual(i % 2 ? owners : prospects));
    const counted = await reader('customers').where('name', 'like', '读者%').count({ n: '*' }).first();
    expect(Number(counted?.n)).toBe(40);
  });

  it('sees a write as soon as the app has committed it', async () => {
    const reader = reportReader(t.db);
    const before = Number((await reader('customers').count({ n: '*' }).first())?.n);
    await t.db('customers').insert({ name: '新来的', phone: '13900000001', customer_type: 'owner', created_at: stamp, updated_at: stamp });
    expect(Number((await reader('customers').count({ n: '*' }).first())?.n)).toBe(before + 1);
  });

  it('refuses to write, on SQLite', async () => {
    const reader = reportReader(t.db);
    if (t.engine === 'postgres') {
      expect(reader).toBe(t.db);
      return;
    }
    expect(reader).not.toBe(t.db);
    const before = Number((await t.db('customers').count({ n: '*' }).first())?.n);
    await expect(reader('customers').insert({ name: '不该写', phone: '13900000002', customer_type: 'owner', created_at: stamp, updated_at: stamp }))
      .rejects.toThrow(/only statements that return rows|readonly/i);
    await expect(reader('customers').where({ customer_type: 'owner' }).update({ name: '改' })).rejects.toThrow();
    expect(Number((await t.db('customers').count({ n: '*' }).first())?.n)).toBe(before);
    await expect(reader.raw('SELECT * FROM no_such_table')).rejects.toThrow(/no such table/);
  });
});
