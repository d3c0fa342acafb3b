import fs from 'node:fs';
import { BatchInsert } from '../batchInsert.js';
import { connect, ensureSchema } from '../connect.js';
import { migrateLatest } from '../migrate.js';
import { vacuumAfterLoad } from '../statistics.js';
import { withoutTriggers } from '../triggers.js';
import { copyTable, fillDeferred, type TableProgress } from './copyTable.js';
import { createFieldIndexes } from './fieldIndexes.js';
import { buildIndexes, setIndexesAside } from './indexes.js';
import { advanceSequences } from './sequences.js';
import { SqliteSource } from './source.js';
import { planTables } from './tables.js';
import { emptyTables, tablesWithData } from './target.js';
import { countBoth, differences, type TableCount } from './verify.js';

export interface CopyOptions {
  /** `sqlite://path` */
  from: string;
  /** `postgres://…` */
  to: string;
  /** the PostgreSQL schema to copy into (created when missing); unset: the connection's default */
  toSchema?: string;
  /** rows read and written at a time */
  batch?: number;
  /** empty a target that already holds data (in the copy's transaction) instead of refusing it */
  replace?: boolean;
  onStep?: (message: string) => void;
  onProgress?: (p: TableProgress) => void;
}

export interface CopyReport {
  counts: TableCount[];
  fieldIndexes: number;
  ms: number;
}

/** The copy cannot start as asked (nothing was written): the message says why, in one line. */
export class CopyRefused extends Error {}

/** The source's own tables that have no counterpart to copy into: SQLite's full-text indexes and bookkeeping. */
const engineOnly = (table: string) => /^sqlite_|^knex_migrations|_fts(_[a-z]+)?$/.test(table);

function sqliteFile(url: string): string {
  if (!url.startsWith('sqlite://')) throw new CopyRefused(`the source must be a SQLite database (sqlite://path), not ${url}`);
  const file = url.slice('sqlite://'.length);
  if (file === ':memory:' || !fs.existsSync(file)) throw new CopyRefused(`the source ${url} does not exist`);
  return file;
}

/**
 * Copies a SQLite database into PostgreSQL: both brought to the latest migration, then every table in
 * foreign-key order inside ONE PostgreSQL transaction (a failure leaves the target as it was), with the target's
 * triggers off (the derived columns and tables they keep, such as first purchase, visit months and duplicate keys,
 * are copied as the source's triggers made them) and its secondary indexes built once the rows are in; then the
 * custom fields' value indexes are made, the sequences moved past the copied ids and the row counts compared, all
 * before the transaction commits; then VACUUM ANALYZE.
 */
export async function copyDatabase(options: CopyOptions): Promise<CopyReport> {
  const started = Date.now();
  const step = options.onStep ?? (() => undefined);
  const file = sqliteFile(options.from);
  if (!/^postgres(ql)?:\/\//.test(options.to)) throw new CopyRefused(`the target must be a PostgreSQL database (postgres://…), not ${options.to}`);
  const batch = options.batch ?? 5000;

  step(`Bringing the source ${options.from} to the latest migration`);
  const from = connect(options.from);
  try {
    await migrateLatest(from);
  } finally {
    await from.destroy();
  }
  step(`Bringing the target to the latest migration${options.toSchema ? ` (schema ${options.toSchema})` : ''}`);
  if (options.toSchema) await ensureSchema(options.to, options.toSchema);
  const target = connect(options.to, { schema: options.toSchema });
  const source = new SqliteSource(file);
  try {
    await migrateLatest(target);
    const report = await target.transaction(async (trx) => {
      const plans = await planTables(trx);
      const names = plans.map((p) => p.name);
      const unmatched = source.tables().filter((t) => !engineOnly(t) && !names.includes(t));
      if (unmatched.length) throw new CopyRefused(`the target has no table ${unmatched.join(', ')}: are both on the same migrations?`);
      const held = await tablesWithData(trx, plans);
      if (held.length && !options.replace) {
        const what = held.slice(0, 3).map((h) => `${h.table} ${h.rows}`).join(', ');
        throw new CopyRefused(`the target already holds data (${what}${held.length > 3 ? ', …' : ''}); nothing copied. `
          + 'Add --replace to empty it first.');
      }
      await emptyTables(trx, plans);
      const indexes = await setIndexesAside(trx);
      const writer = await BatchInsert.open(trx);
      await withoutTriggers(trx, names, async () => {
        for (const plan of plans) {
          const total = source.count(plan.name);
          step(`  ${plan.name} (${total.toLocaleString('en-US')} rows)`);
          await copyTable(source, writer, plan, { batch, total, onProgress: options.onProgress });
        }
        for (const plan of plans) await fillDeferred(source, trx, plan);
      });
      step(`Building ${indexes.length} indexes`);
      await buildIndexes(trx, indexes);
      const fieldIndexes = await createFieldIndexes(trx);
      await advanceSequences(trx, plans);
      const counts = await countBoth(source, trx, plans);
      const wrong = differences(counts);
      if (wrong.length) {
        throw new Error(`row counts differ after the copy (${wrong.map((w) => `${w.table}: ${w.source} → ${w.target}`).join(', ')}); nothing kept`);
      }
      return { counts, fieldIndexes, ms: 0 };
    });
    // the planner's statistics and the visibility map for the new rows, as after a seed (outside any transaction)
    step('VACUUM ANALYZE');
    await vacuumAfterLoad(target);
    return { ...report, ms: Date.now() - started };
  } finally {
    source.close();
    await target.destroy();
  }
}
