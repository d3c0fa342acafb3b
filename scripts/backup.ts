/**
 * `npm run backup`: a consistent copy of the database in a timestamped file, safe while the server runs.
 *   npm run backup -- [--database URL] [--schema S] [--dir backups] [--keep N]
 * SQLite: the online backup API → backups/crm-YYYYMMDD-HHMMSS.sqlite; PostgreSQL: pg_dump → backups/crm-….dump.
 * Default database: DATABASE_URL and DATABASE_SCHEMA (server/config.ts).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { backup, BackupError, describeTarget, targetOf } from '../server/db/backup/index.js';
import { formatBytes } from '../server/db/backup/files.js';

const USAGE = 'usage: npm run backup -- [--database sqlite://path | postgres://…] [--schema S] [--dir backups] [--keep N]';

function options() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string' },
      schema: { type: 'string' },
      dir: { type: 'string', default: 'backups' },
      keep: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const keep = values.keep === undefined ? undefined : Number(values.keep);
  if (keep !== undefined && (!Number.isSafeInteger(keep) || keep < 1)) throw new BackupError('--keep must be a whole number of at least 1');
  const config = values.database ? undefined : loadConfig();
  const url = values.database ?? (config as NonNullable<typeof config>).DATABASE_URL;
  const schema = values.schema ?? (values.database ? undefined : config?.DATABASE_SCHEMA);
  return { target: targetOf(url, schema), dir: values.dir, keep };
}

async function main(): Promise<number> {
  try {
    const opts = options();
    console.log(`Backing up ${describeTarget(opts.target)} …`);
    const r = await backup(opts.target, { dir: opts.dir, keep: opts.keep });
    console.log(`Backup written and checked: ${r.file}`);
    console.log(`  size ${formatBytes(r.bytes)}, ${r.tables} tables, ${r.customers.toLocaleString('en-US')} customers, ${(r.ms / 1000).toFixed(1)} s`);
    for (const f of r.deleted) console.log(`  deleted old backup ${f}`);
    return 0;
  } catch (e) {
    const message = e instanceof BackupError ? e.message : (e as Error).message.replace(/\n\s*/g, ' ');
    console.error(`Backup failed: ${message}`);
    return 1;
  }
}

process.exitCode = await main();
