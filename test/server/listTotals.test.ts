import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { connect } from '../../server/db/connect.js';
import { ListTotals } from '../../server/rest/listTotals.js';

/** A list's total: exact for short lists, a large one reused for a few seconds (it is the costliest part of a page). */
describe('list totals', () => {
  let db: Knex;
  beforeAll(async () => {
    db = connect('sqlite://:memory:');
    await db.schema.createTable('items', (t) => {
      t.increments('id');
      t.string('kind');
    });
    const rows = Array.from({ length: 12_000 }, (_, i) => ({ kind: i < 50 ? 'rare' : 'common' }));
    for (let i = 0; i < rows.length; i += 500) await db('items').insert(rows.slice(i, i + 500));
  });
  afterAll(async () => db.destroy());

  const common = () => db('items').where({ kind: 'common' }).count({ n: '*' });
  const rare = () => db('items').where({ kind: 'rare' }).count({ n: '*' });

  it('when a short list changes, then its total follows at once', async () => {
    const totals = new ListTotals();
    expect(await totals.count(rare(), 1_000)).toBe(50);
    await db('items').insert({ kind: 'rare' });
    expect(await totals.count(rare(), 1_001)).toBe(51);
  });

  it('when a large list changes, then its total is reused for five seconds and counted afresh after', async () => {
    const totals = new ListTotals();
    expect(await totals.count(common(), 10_000)).toBe(11_950);
    await db('items').insert({ kind: 'common' });
    expect(await totals.count(common(), 14_999)).toBe(11_950);
    expect(await totals.count(common(), 15_000)).toBe(11_951);
    // a different filter is a different total
    expect(await totals.count(db('items').where('id', '>', 6_000).count({ n: '*' }), 15_001)).toBe(6_002);
  });
});
