import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { FieldType, ResourceDef, Row, RowChange } from '../../resources/types.js';
import { allFields, storedFields } from '../../resources/types.js';
import { serialize } from '../serialize.js';
import { forUpdate, selectList } from '../columns.js';
import { patchSql } from '../../domain/customFields/sql.js';
import { scopeQuery } from '../../auth/policy.js';
import { dialectOf } from '../../db/connect.js';
import { diff, type AuditAction, type AuditContext, type FieldChange } from '../../domain/audit.js';
import { AppError } from '../../errors.js';
import type { Headline, Reason } from '../reasons.js';

/**
 * The set-wise building blocks of bulk changes: rows are read, written and audited a chunk of ids at a
 * time (one statement per chunk, not per row), inside the caller's transaction.
 */

/** Ids per statement: well under SQLite's 32,766 bound parameters even with a dozen values per row. */
export const CHUNK = 500;

/** Rows per multi-row insert: knex writes one on SQLite as a compound SELECT, which SQLite caps at 500 terms. */
export const INSERT_CHUNK = 400;

export function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export const newBatchId = (): string => crypto.randomUUID();

/** A refusal caused by one row of a bulk request: answered with that row's id beside `{ message, errors }`. */
export class RowError extends AppError {
  constructor(status: number, headline: Headline, errors: Record<string, Reason>, readonly row: number) {
    super(status, headline, errors);
  }
}

/**
 * The columns a set-wise change of `changing` needs to read: every column when the resource's own rules,
 * hooks or value preparation look at whole records; else the id, the title (for the audit trail), the
 * fields it changes, the searchable ones when the search text must be rebuilt, and unique columns.
 */
export function columnsFor(def: ResourceDef, changing: readonly string[]): string[] | undefined {
  if (def.validate || def.prepare || def.afterWrite || (def.afterRows && !def.afterRowsFields)) return undefined;
  const searched = changing.some((f) => def.fields[f]?.searchable) ? Object.keys(def.fields).filter((f) => def.fields[f].searchable) : [];
  return [...new Set(['id', def.title, ...changing, ...searched, ...(def.unique ?? []).flat(), ...(def.afterRowsFields ?? [])])];
}

/**
 * Stored rows by id (as the API shows them; all columns unless `columns` names some), narrowed to the
 * actor's scope; locked against concurrent writers on PostgreSQL.
 */
export async function readRows(trx: Knex.Transaction, def: ResourceDef, ctx: AuditContext, ids: readonly number[], columns?: readonly string[]): Promise<Row[]> {
  const names = columns ?? Object.keys(storedFields(def));
  const qb = trx(def.table).whereIn(`${def.table}.id`, ids).select(selectList(trx, def, names));
  scopeQuery(trx, qb, def, ctx.actor);
  if (dialectOf(trx) === 'postgres') qb.forUpdate();
  const rows: Row[] = await qb.orderBy(`${def.table}.id`);
  return rows.map((r) => serialize(def, r));
}

export interface RowUpdate {
  id: number;
  /** columns to write (stored form) */
  set: Row;
}

const pgTypes: Record<FieldType, string> = {
  string: 'text', text: 'text', lookup: 'text', enum: 'text', integer: 'integer', reference: 'integer',
  money: 'numeric', number: 'numeric', boolean: 'boolean', date: 'date', datetime: 'timestamptz', json: 'jsonb',
};

/**
 * Writes each row's columns, stamps `updated_at` and moves `version` on. Rows that get the same columns are
 * written together: values shared by the whole chunk in one `UPDATE … WHERE id IN (…)`, values that differ
 * per row (tags, search text) joined from a `VALUES` list in that same statement.
 */
export async function updateRows(trx: Knex.Transaction, def: ResourceDef, rows: readonly RowUpdate[], stamp: string): Promise<void> {
  const groups = new Map<string, RowUpdate[]>();
  for (const r of rows) {
    const key = Object.keys(r.set).sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) for (const part of chunks(group)) await updateChunk(trx, def, part, stamp);
}

async function updateChunk(trx: Knex.Transaction, def: ResourceDef, rows: RowUpdate[], stamp: string): Promise<void> {
  const first = rows[0].set;
  const columns = Object.keys(first);
  const varying = columns.filter((c) => rows.some((r) => r.set[c] !== first[c]));
  const shared: Row = Object.fromEntries(columns.filter((c) => !varying.includes(c)).map((c) => [c, first[c]]));
  const stamped: Row = { ...shared, updated_at: stamp };
  if (!varying.length) {
    await trx(def.table).whereIn('id', rows.map((r) => r.id)).update(forUpdate(trx, { ...stamped, version: trx.raw('version + 1') }));
    return;
  }
  const dialect = dialectOf(trx);
  const pg = dialect === 'postgres';
  const fields = allFields(def);
  // custom values are a patch (JSON text) merged into the stored object
  const cast = (c: string) => (pg ? `::${c === 'custom' ? 'text' : fields[c] ? pgTypes[fields[c].type] : 'text'}` : '');
  const tuple = `(?${pg ? '::integer' : ''}, ${varying.map((c) => `?${cast(c)}`).join(', ')})`;
  const sets = [
    ...Object.keys(stamped).map((c) => (c === 'custom'
      ? { sql: `?? = ${patchSql(dialect)}`, bindings: [c, stamped[c]] }
      : { sql: '?? = ?', bindings: [c, stamped[c]] })),
    ...varying.map((c, i) => (c === 'custom'
      ? { sql: `?? = ${patchSql(dialect, `v.column${i + 2}`)}`, bindings: [c] }
      : { sql: `?? = v.column${i + 2}`, bindings: [c] })),
  ];
  const sql = `UPDATE ?? SET ${sets.map((s) => s.sql).join(', ')}, version = version + 1
    FROM (VALUES ${rows.map(() => tuple).join(', ')}) AS v WHERE ??.id = v.column1`;
  const bindings = [
    def.table, ...sets.flatMap((s) => s.bindings), ...rows.flatMap((r) => [r.id, ...varying.map((c) => r.set[c])]), def.table,
  ];
  await trx.raw(sql, bindings as Knex.RawBinding[]);
}

export interface AuditEntry {
  action: Extract<AuditAction, 'create' | 'update' | 'delete'>;
  /** the record as it is after the change (as it was, for a delete): its id and title */
  record: Row;
  changes: Record<string, FieldChange>;
}

/** The audit entry of one record's change; `fields` narrows the comparison to the fields a change can touch. */
export function entryOf(def: ResourceDef, action: AuditEntry['action'], before: Row | null, after: Row | null, written?: Row, fields?: readonly string[]): AuditEntry {
  const compared = fields ? { ...def, fields: Object.fromEntries(fields.map((f) => [f, def.fields[f]])) } : def;
  return { action, record: (after ?? before) as Row, changes: diff(compared, before, after, written) };
}

/** One audit row per changed record, all with the context's batch id; written as multi-row inserts. */
export async function writeAuditRows(trx: Knex.Transaction, ctx: AuditContext, def: ResourceDef, entries: readonly AuditEntry[]): Promise<void> {
  if (def.audited === false || !entries.length) return;
  const stamp = new Date().toISOString();
  const rows = entries.map(({ action, record, changes }) => {
    const title = record[def.title];
    return {
      created_at: stamp,
      updated_at: stamp,
      version: 1,
      user_id: ctx.actor.id,
      username: ctx.actor.username,
      action,
      resource: def.name,
      record_id: Number(record.id),
      record_title: title == null ? null : String(title).slice(0, 200),
      changes: JSON.stringify(changes),
      request_id: ctx.requestId?.slice(0, 64) ?? null,
      batch_id: ctx.batchId ?? null,
    };
  });
  for (const part of chunks(rows, INSERT_CHUNK)) await trx('audit_log').insert(part);
}

/**
 * Runs the resource's afterWrite hook (derived values on parent records) for the given versions of rows.
 * Hooks recompute a parent's value from the child table, so rows naming the same parents need one call.
 */
export async function runHooks(trx: Knex.Transaction, def: ResourceDef, records: readonly Row[], changes: readonly RowChange[], ctx: AuditContext): Promise<void> {
  if (def.afterWrite) await runWriteHooks(trx, def, def.afterWrite, records);
  if (def.afterRows && changes.length) await def.afterRows(trx, changes, ctx);
}

async function runWriteHooks(trx: Knex.Transaction, def: ResourceDef, hook: NonNullable<ResourceDef['afterWrite']>, records: readonly Row[]): Promise<void> {
  const parents = Object.entries(def.fields).filter(([, f]) => f.type === 'reference').map(([name]) => name);
  const seen = new Set<string>();
  for (const record of records) {
    const key = JSON.stringify(parents.map((p) => record[p] ?? null));
    if (seen.has(key)) continue;
    seen.add(key);
    await hook(trx, record);
  }
}
