import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { dialectOf } from '../../../server/db/connect.js';

/**
 * Tables the server writes on requests that change no record, each for a reason of its own:
 * - sessions: every signed-in request may slide the session's last_seen_at / expires_at forward;
 * - login_attempts: a failed sign-in is counted (the rate limit), and old attempts are pruned.
 */
export const WRITTEN_ON_ANY_REQUEST: Readonly<Record<string, string>> = {
  sessions: 'a signed-in request slides last_seen_at and expires_at',
  login_attempts: 'a failed sign-in is recorded for the rate limit',
};

/** Tables a route writes by design on a request that changes no record (route template → table → why). */
export const WRITTEN_BY_ROUTE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'GET /api/:resource/export': { audit_log: 'every export is audited (who took which records out)' },
  'POST /api/loyalty/preview': { tier_previews: 'a preview is kept (and older ones pruned) so that apply can name it' },
};

async function tableNames(db: Knex): Promise<string[]> {
  if (dialectOf(db) === 'postgres') {
    const rows: { table_name: string }[] = await db('information_schema.tables')
      .whereRaw('table_schema = current_schema()').andWhere('table_type', 'BASE TABLE').select('table_name');
    return rows.map((r) => r.table_name).sort();
  }
  const rows: { name: string }[] = await db('sqlite_master')
    .where('type', 'table').andWhereNot('name', 'like', 'sqlite_%').select('name');
  return rows.map((r) => r.name).sort();
}

const stable = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return v.toString();
  if (Buffer.isBuffer(v)) return v.toString('base64');
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return v;
});

/**
 * A hash of every row of every table (but those in `except`), by table. Rows are hashed in a sorted order of
 * their serialised form, which for tables with a primary key is as good as ordering by it, and needs no key.
 */
export async function tableDigest(db: Knex, except: readonly string[] = Object.keys(WRITTEN_ON_ANY_REQUEST)): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const table of await tableNames(db)) {
    if (except.includes(table)) continue;
    const rows: unknown[] = await db(table).select('*');
    const lines = rows.map(stable).sort();
    out.set(table, `${rows.length}:${crypto.createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`);
  }
  return out;
}

/** The tables whose digest differs between two snapshots (a table added or gone counts). */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}
