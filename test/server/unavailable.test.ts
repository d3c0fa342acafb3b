import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../server/db/unavailable.js';

/** Which driver errors answer 503 "try again" (nothing changed; the database is busy, restarting or gone) and which do not. */
describe('database unavailable', () => {
  const error = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? 'x')), fields);

  it('when the database is unreachable, restarting, busy or chose this transaction to give way, then it is "try again"', () => {
    for (const e of [
      error({ code: 'ECONNREFUSED' }), error({ code: 'ECONNRESET' }), error({ code: '57P01' }), error({ code: '57P03' }),
      error({ code: '08006' }), error({ code: '53300' }), error({ code: '40P01' }), error({ code: '40001' }), error({ code: '55P03' }),
      error({ code: 'SQLITE_BUSY' }), error({ code: 'SQLITE_BUSY_SNAPSHOT' }), error({ name: 'KnexTimeoutError', message: 'Knex: Timeout acquiring a connection.' }),
      error({ message: 'Connection terminated unexpectedly' }),
      Object.assign(new AggregateError([error({ code: 'ECONNREFUSED' })]), {}), error({ message: 'wrapped', cause: error({ code: '57P01' }) }),
    ]) expect(isDatabaseUnavailable(e), String((e as { code?: string }).code ?? e.message)).toBe(true);
  });

  it('when the request itself is at fault, then it is not', () => {
    for (const e of [error({ code: '23505' }), error({ code: '22P02' }), error({ code: 'SQLITE_CONSTRAINT_UNIQUE' }), new TypeError('x is undefined'), null, 'text']) {
      expect(isDatabaseUnavailable(e)).toBe(false);
    }
  });
});
