import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { dialectOf } from '../server/db/connect.js';

/** One table's fingerprint: its row count and a SHA-256 over every row, in primary-key order. */
export interface TableFingerprint {
  rows: number;
  sha256: string;
}

export type Digest = Record<string, TableFingerprint>;

const CHUNK = 5000;

/** The tables of the connection's schema (PostgreSQL: the first on its search path), SQLite's own left out. */
export async function tablesOf(db: Knex): Promise<string[]> {
  if (dialectOf(db) === 'sqlite') {
    const rows = await db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name") as { name: string }[];
    return rows.map((r) => r.name);
  }
  const { rows } = await db.raw(`SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`) as { rows: { name: string }[] };
  return rows.map((r) => r.name);
}

/** The primary key's columns in key order; a table without one is ordered by all its columns. */
async function orderColumns(db: Knex, table: string): Promise<string[]> {
  if (dialectOf(db) === 'sqlite') {
    const info = await db.raw('SELECT name, pk FROM pragma_table_info(?)', [table]) as { name: string; pk: number }[];
    const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    return pk.length ? pk : info.map((c) => c.name);
  }
  const { rows: pk } = await db.raw(`SELECT a.attname AS name FROM pg_index i
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
    WHERE i.indrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass AND i.indisprimary
    ORDER BY array_position(i.indkey::int2[], a.attnum)`, [table]) as { rows: { name: string }[] };
  if (pk.length) return pk.map((r) => r.name);
  const { rows: all } = await db.raw(`SELECT column_name AS name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`, [table]) as { rows: { name: string }[] };
  return all.map((r) => r.name);
}

/** A value as text that is the same for the same stored value: dates as ISO, bytes as hex, keys sorted. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `hex:${value.toString('hex')}`;
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, normalise((value as Record<string, unknown>)[k])]));
  }
  return value;
}

export async function tableFingerprint(db: Knex, table: string): Promise<TableFingerprint> {
  const order = await orderColumns(db, table);
  const hash = crypto.createHash('sha256');
  let rows = 0;
  for (;;) {
    const chunk = await db(table).select('*').orderBy(order.map((column) => ({ column }))).limit(CHUNK).offset(rows) as Record<string, unknown>[];
    for (const row of chunk) hash.update(`${JSON.stringify(normalise(row))}\n`);
    rows += chunk.length;
    if (chunk.length < CHUNK) break;
  }
  return { rows, sha256: hash.digest('hex') };
}

/**
 * Every table of the database, every row: two digests are equal when the data is. For round trips (backup and
 * restore, copies between databases) compare whole digests; `expect(a).toEqual(b)` names the tables that differ.
 */
export async function tableDigest(db: Knex): Promise<Digest> {
  const digest: Digest = {};
  for (const table of await tablesOf(db)) digest[table] = await tableFingerprint(db, table);
  return digest;
}
