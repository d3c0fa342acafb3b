import type { Knex } from 'knex';
import type { BatchInsert } from '../batchInsert.js';
import type { SqliteSource } from './source.js';
import type { TablePlan } from './tables.js';
import { rowToPostgres, toPostgres } from './values.js';

export interface TableProgress {
  table: string;
  rows: number;
  total: number;
}

/** knex puts the whole statement before the database's message: 500 rows of placeholders say nothing. */
function databaseMessage(e: Error): string {
  const lastPlaceholder = e.message.lastIndexOf('$');
  const cut = e.message.indexOf(' - ', Math.max(0, lastPlaceholder));
  const detail = (e as { detail?: string }).detail;
  return `${cut >= 0 ? e.message.slice(cut + 3) : e.message}${detail ? ` (${detail})` : ''}`;
}

/** Rows per UPDATE when the deferred columns are filled in. */
const UPDATE_ROWS = 1000;

/**
 * Copies one table's rows from the source into the target (the caller's transaction, through `writer`), `batch`
 * rows at a time, its deferred columns left empty; answers how many rows went in.
 */
export async function copyTable(source: SqliteSource, writer: BatchInsert, plan: TablePlan, options: {
  batch: number; total: number; onProgress?: (p: TableProgress) => void;
}): Promise<number> {
  const names = plan.columns.map((c) => c.name);
  const have = source.columns(plan.name);
  if (!have.length) throw new Error(`the source has no table ${plan.name}`);
  const missing = names.filter((c) => !have.includes(c));
  if (missing.length) throw new Error(`the source's table ${plan.name} has no column ${missing.join(', ')}`);
  let rows = 0;
  for (const batch of source.batches(plan.name, names, options.batch)) {
    try {
      await writer.insert(plan.name, batch.map((r) => rowToPostgres(r, plan.columns, plan.deferred)));
    } catch (e) {
      throw new Error(`copying ${plan.name} (rows ${rows + 1}–${rows + batch.length}): ${databaseMessage(e as Error)}`, { cause: e });
    }
    rows += batch.length;
    options.onProgress?.({ table: plan.name, rows, total: options.total });
  }
  return rows;
}

/** Writes the deferred columns (keys into the same table, or across a cycle) now that every row they name is in. */
export async function fillDeferred(source: SqliteSource, trx: Knex.Transaction, plan: TablePlan): Promise<void> {
  if (!plan.deferred.length) return;
  if (plan.primaryKey.length !== 1) throw new Error(`${plan.name}: deferred columns need a one-column primary key`);
  const [key] = plan.primaryKey;
  const columns = [key, ...plan.deferred].map((name) => plan.columns.find((c) => c.name === name)!);
  const rows = source.deferredValues(plan.name, key, plan.deferred);
  const tuple = `(${columns.map((c) => `?::${c.sqlType}`).join(', ')})`;
  const set = plan.deferred.map((c) => `"${c}" = v."${c}"`).join(', ');
  const alias = columns.map((c) => `"${c.name}"`).join(', ');
  for (let i = 0; i < rows.length; i += UPDATE_ROWS) {
    const chunk = rows.slice(i, i + UPDATE_ROWS);
    const bindings = chunk.flatMap((r) => columns.map((c) => toPostgres(r[c.name], c))) as Knex.Value[];
    await trx.raw(`UPDATE "${plan.name}" AS t SET ${set} FROM (VALUES ${chunk.map(() => tuple).join(', ')}) AS v(${alias})
      WHERE t."${key}" = v."${key}"`, bindings);
  }
}
