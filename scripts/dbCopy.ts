/**
 * `npm run db:copy`: copies a SQLite database into PostgreSQL (server/db/copy/), in one transaction.
 *   npm run db:copy -- --to postgres://user@host/db [--to-schema crm] [--from sqlite://./data/crm.sqlite] [--batch 5000] [--replace]
 * Default source: DATABASE_URL (server/config.ts). Refuses a target that holds anything beyond the lookup lists
 * and tiers every install has, unless --replace is given (its tables are then emptied in the same transaction).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { copyDatabase, CopyRefused, type CopyReport } from '../server/db/copy/copyDatabase.js';
import type { TableProgress } from '../server/db/copy/copyTable.js';

const USAGE = 'usage: npm run db:copy -- --to postgres://user@host/db [--to-schema S] [--from sqlite://./data/crm.sqlite] '
  + '[--batch 5000] [--replace]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        to: { type: 'string' },
        'to-schema': { type: 'string' },
        from: { type: 'string' },
        batch: { type: 'string', default: '5000' },
        replace: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (!values.to) fail(`--to is required\n${USAGE}`);
    const batch = Number(values.batch);
    if (!Number.isSafeInteger(batch) || batch < 1) fail(`--batch must be a positive whole number\n${USAGE}`);
    const schema = values['to-schema'];
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) fail(`--to-schema must be a lower-case SQL identifier\n${USAGE}`);
    return { to: values.to, toSchema: schema, from: values.from ?? loadConfig().DATABASE_URL, batch, replace: values.replace };
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`);
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** One line per batch of a table too big for one batch. */
function progress(batch: number, started: number): (p: TableProgress) => void {
  return (p) => {
    if (p.total <= batch) return;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`    ${p.table} ${fmt(p.rows).padStart(11)}/${fmt(p.total)}  (${seconds} s)`);
  };
}

function printReport(report: CopyReport): void {
  const width = Math.max(...report.counts.map((c) => c.table.length), 5);
  console.log(`\n  ${'table'.padEnd(width)} ${'source'.padStart(11)} ${'target'.padStart(11)}`);
  for (const c of report.counts) console.log(`  ${c.table.padEnd(width)} ${fmt(c.source).padStart(11)} ${fmt(c.target).padStart(11)}`);
  const total = report.counts.reduce((s, c) => s + c.target, 0);
  console.log(`  ${'total'.padEnd(width)} ${''.padStart(11)} ${fmt(total).padStart(11)}`);
  console.log(`\nCopied ${fmt(total)} rows in ${report.counts.length} tables (${report.fieldIndexes} custom field indexes) `
    + `in ${(report.ms / 1000).toFixed(1)} s; row counts equal.`);
}

async function main(): Promise<number> {
  const opts = options();
  const started = Date.now();
  try {
    const report = await copyDatabase({ ...opts, onStep: (m) => console.log(m), onProgress: progress(opts.batch, started) });
    printReport(report);
    return 0;
  } catch (e) {
    if (e instanceof CopyRefused) {
      console.error(`db:copy: ${e.message}`);
      return 1;
    }
    console.error(`db:copy failed (no rows written to the target): ${(e as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
