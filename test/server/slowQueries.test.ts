import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { connect } from '../../server/db/connect.js';
import { logSlowQueries } from '../../server/db/slowQueries.js';

/** SLOW_QUERY_MS: a slow query is logged with its time and SQL, never with its bound values; quick ones are not. */
describe('slow query log', () => {
  it('when a query takes longer than the threshold, then one warning names its SQL and time, without the values', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write(chunk: Buffer, _enc, done) { lines.push(JSON.parse(chunk.toString())); done(); } });
    const db = connect('sqlite://:memory:');
    try {
      logSlowQueries(db, pino({ level: 'warn' }, sink), 30);
      await db.raw('select ? as secret', ['13800001111']);
      const slow = 'with recursive n(i) as (select 1 union all select i + 1 from n where i < ?) select count(*) as c from n';
      await db.raw(slow, [2_000_000]);
      await new Promise((r) => setImmediate(r));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ msg: 'slow query', failed: false, sql: slow });
      expect(Number(lines[0].ms)).toBeGreaterThanOrEqual(30);
      expect(JSON.stringify(lines)).not.toContain('2000000');
    } finally {
      await db.destroy();
    }
  });
});
